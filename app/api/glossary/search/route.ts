import { hasLocale } from 'next-intl';
import type { NextRequest } from 'next/server';
import { jsonError } from '@/lib/api/json';
import { MAX_QUERY_LENGTH, search } from '@/lib/content/search';
import { CATEGORIES } from '@/lib/content/schema';
import { routing } from '@/lib/i18n/routing';

/**
 * GET /api/glossary/search?q=…&category=…&locale=ar|en → {results: [...]}. An empty q lists every entry (of the
 * category). Bad parameters get a 400 that says which one and why.
 */
export function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  for (const name of ['q', 'category', 'locale']) {
    if (params.getAll(name).length > 1) return jsonError(400, 'repeated_parameter', `Give "${name}" once.`);
  }
  const q = params.get('q') ?? '';
  const category = params.get('category') || undefined;
  const locale = params.get('locale') ?? routing.defaultLocale;
  if (q.length > MAX_QUERY_LENGTH) return jsonError(400, 'query_too_long', `The query is longer than ${MAX_QUERY_LENGTH} characters.`);
  if (category && !(CATEGORIES as readonly string[]).includes(category)) {
    return jsonError(400, 'unknown_category', `No category called "${category.slice(0, 50)}". Known: ${CATEGORIES.join(', ')}.`);
  }
  if (!hasLocale(routing.locales, locale)) return jsonError(400, 'unknown_locale', `Locale must be one of: ${routing.locales.join(', ')}.`);
  const results = search(q, category, locale);
  return Response.json({ query: q, category: category ?? null, total: results.length, results });
}

const notAllowed = () => jsonError(405, 'method_not_allowed', 'Use GET with ?q=…', { Allow: 'GET, HEAD, OPTIONS' });
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
