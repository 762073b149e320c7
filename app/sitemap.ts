import type { MetadataRoute } from 'next';
import { articleSlugs } from '@/lib/content';
import { routing } from '@/lib/i18n/routing';
import { SITE_URL, alternates, localePath } from '@/lib/seo';

/** Every prerendered page in each language, with its alternates. New page types add their paths here. */
export default function sitemap(): MetadataRoute.Sitemap {
  const paths = ['', '/glossary', '/read', ...articleSlugs().map((slug) => `/articles/${slug}`)];
  const absolute = (path: string) => `${SITE_URL}${path}`;
  return paths.flatMap((path) =>
    routing.locales.map((locale) => ({
      url: absolute(localePath(locale, path)),
      alternates: { languages: Object.fromEntries(Object.entries(alternates(path)).map(([l, p]) => [l, absolute(p)])) },
    })),
  );
}
