import createMiddleware from 'next-intl/middleware';
import { routing } from '@/lib/i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Only paths without a locale prefix: `/` (redirected by cookie, then Accept-Language) and stray paths such as
  // `/articles/x`, `/fr/x` or `/x/y.yaml`, which get the prefix and so the localized 404. Prefixed pages are
  // static and skip the proxy entirely, as do the API, Next's assets, the maps' outline sprites (`/map/`) and the
  // root files (sitemap, robots, icon).
  matcher: ['/', '/((?!api(?:/|$)|_next/|map/|_vercel|(?:ar|en)(?:/|$)|(?:sitemap\\.xml|robots\\.txt|favicon\\.ico|icon\\.svg)$).*)'],
};
