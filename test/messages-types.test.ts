import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

// next-intl's AppConfig augmentation (global.d.ts) types every message key against messages/en.json and every
// locale against lib/i18n/locales.ts. The fixture test/types/misspelt-key.tsx (outside the main tsconfig) has a
// misspelt key, namespace and locale, each on a line marked "error expected": tsc must reject exactly those lines.
const FIXTURE = 'test/types/misspelt-key.tsx';

test('tsc rejects a misspelt message key, namespace and locale, and nothing else in the fixture', { timeout: 240_000 }, async () => {
  const expected = readFileSync(FIXTURE, 'utf8')
    .split('\n')
    .flatMap((line, i) => (line.includes('// error expected') ? [i + 1] : []));
  expect(expected).toHaveLength(4);
  const output = await promisify(execFile)('node_modules/.bin/tsc', ['-p', 'test/types/tsconfig.json', '--pretty', 'false'], { maxBuffer: 1 << 24 }).then(
    () => '',
    (e: { stdout: string }) => e.stdout,
  );
  const lines = [...output.matchAll(/^test\/types\/misspelt-key\.tsx\((\d+),\d+\): error TS\d+/gm)].map((m) => Number(m[1]));
  expect(lines).toEqual(expected);
  expect(output).toContain(`Argument of type '"titel"' is not assignable`);
  expect(output).toContain(`Argument of type '"Glosary"' is not assignable`);
  expect(output).toContain(`Argument of type '"hom"' is not assignable`);
  expect(output).toContain(`Type '"fr"' is not assignable to type '"ar" | "en"'`);
});
