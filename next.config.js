// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');
const { securityHeaders: securityHeadersFor } = require('./lib/http/security-headers');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const securityHeaders = securityHeadersFor(process.env.NODE_ENV === 'development');

// Cache headers are not set here: `headers()` rules cannot see a response's status, and would list every slug.
// The standalone server sets them by status (lib/http/server-guard.js): a page's or an export's 200 is cacheable
// by shared caches, every other answer `no-store`.

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A self-contained server in .next/standalone (see README, Deployment).
  output: 'standalone',
  // bench:scale builds synthetic corpora side by side (.next-scale/N) without touching the app's own build.
  distDir: process.env.MIZAN_DIST_DIR || '.next',
  // No images to optimise: the optimiser endpoint answers 404 instead of fetching whatever a URL names.
  images: { unoptimized: true },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
