import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    // components/ holds only the DOM helpers' tests, which say their environment (happy-dom) in their first line.
    include: ['lib/**/*.test.ts', 'test/**/*.test.ts', 'components/**/*.test.ts'],
    alias: { 'server-only': fileURLToPath(new URL('./test/server-only-stub.ts', import.meta.url)) },
    environment: 'node',
    server: { deps: { inline: ['next-intl'] } },
    // The content tests parse the whole glossary (yaml + zod); on the shared 2-core machine under load that alone
    // can pass the 5 s default.
    testTimeout: 30_000,
  },
});
