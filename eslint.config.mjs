import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  // next.config.js is CommonJS, as the design asks for, and so is the content loader it shares with the app.
  { files: ['next.config.js', 'lib/content/files.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  { ignores: ['.next/**', '.next-scale/**', 'node_modules/**', 'next-env.d.ts', 'playwright-report/**', 'test-results/**'] },
];

export default config;
