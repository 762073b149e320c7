import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  // next.config.js is CommonJS, as the design asks for, and so is the content loader it shares with the app.
  // The standalone server's wrapper and guard are CommonJS too: they run next to Next's generated server.js.
  { files: ['next.config.js', 'lib/content/files.js', 'lib/http/server-guard.js', 'lib/http/prerendered.js', 'lib/http/static-assets.js', 'lib/http/negotiation.js', 'scripts/server.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  { ignores: ['.next/**', '.next-scale/**', 'node_modules/**', 'next-env.d.ts', 'playwright-report/**', 'test-results/**'] },
];

export default config;
