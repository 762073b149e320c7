// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');
const { securityHeaders: securityHeadersFor } = require('./lib/http/security-headers');
const { articleSlugs, termIds } = require('./lib/content/files');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const securityHeaders = securityHeadersFor(process.env.NODE_ENV === 'development');

// Prerendered pages change only with a deployment: a CDN may keep them an hour and serve a stale copy for a day
// while it revalidates (ETag, 304). Browsers always revalidate. The sources list the real pages only, so a 404
// keeps Next's `no-store`. Article slugs and term ids come from the loader the app uses (lib/content/files.js), read
// at build time (a new article or term is a new build).
const slugs = articleSlugs();
/** Names joined with | in groups short enough for one header rule (Next refuses a source over 4,096 characters). */
function alternations(names) {
  const groups = [[]];
  let length = 0;
  for (const name of names) {
    if (length + name.length + 1 > 3500) {
      groups.push([]);
      length = 0;
    }
    groups[groups.length - 1].push(name);
    length += name.length + 1;
  }
  return groups.filter((g) => g.length).map((g) => g.join('|'));
}
const pageCache = 'public, max-age=0, s-maxage=3600, stale-while-revalidate=86400';
const locale = ':locale(ar|en)';
const staticPages = [
  `/${locale}`,
  `/${locale}/glossary`,
  `/${locale}/glossary/qa`,
  `/${locale}/glossary/candidates`,
  // A long concordance, page by page: rendered on demand, a pure function of the URL and the build.
  `/${locale}/glossary/:termId/occurrences`,
  `/${locale}/read`,
  `/${locale}/words`,
  // The article index's searches and pages: rendered on demand, but a pure function of the URL and the build.
  `/${locale}/articles`,
  ...alternations(slugs).map((group) => `/${locale}/articles/:slug(${group})`),
  ...alternations(termIds()).map((group) => `/${locale}/glossary/:termId(${group})`),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The scale benchmark builds into its own folder (MIZAN_DIST_DIR) so it leaves the working build alone.
  distDir: process.env.MIZAN_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // A self-contained server in .next/standalone (see README, Deployment).
  output: 'standalone',
  // No images to optimise: the optimiser endpoint answers 404 instead of fetching whatever a URL names.
  images: { unoptimized: true },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      ...staticPages.map((source) => ({ source, headers: [{ key: 'Cache-Control', value: pageCache }] })),
    ];
  },
};

module.exports = withNextIntl(nextConfig);
