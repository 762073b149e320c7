import createMiddleware from 'next-intl/middleware';
import { routing } from '@/lib/i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Only paths without a locale prefix: `/` (redirected by cookie, then Accept-Language) and stray paths such as
  // `/articles/x` or `/fr/x`, which get the prefix. Prefixed pages are static and skip the proxy entirely.
  matcher: ['/', '/((?!api|_next|_vercel|(?:ar|en)(?:/|$)|.*\\..*).*)'],
};
