// The Arabic font split (scripts/subset-fonts.mjs, components/layout/fonts.ts): the committed files cover exactly
// their unicode-range of Fontsource's Arabic file, together all of it (nothing lost), keep the weight axis, and the
// ranges written out in fonts.ts (next/font takes literals only) are the script's.
import { readFileSync } from 'node:fs';
import { convert } from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { OUT, SOURCE, sourceRanges, splitRanges, textOf } from '../scripts/subset-fonts.mjs';

const face = async (path: string) => new Face(new Blob(await convert(readFileSync(path), 'sfnt')));
const codePoints = (text: string) => new Set([...text].map((c) => c.codePointAt(0)!));
const parts = ['core', 'rest'] as const;
const ranges = splitRanges() as Record<(typeof parts)[number], string>;
// Fontsource's own unicode-range of its Arabic face, not the split's: a range the split dropped shows as lost.
const inRange = new Set((sourceRanges() as [number, number][]).flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i)));

describe('Arabic font subsets', () => {
  it('cover exactly their ranges of the source font, and all of it together', async () => {
    const source = new Set((await face(SOURCE)).collectUnicodes());
    const covered = new Set<number>();
    for (const part of parts) {
      const own = [...(await face(OUT[part])).collectUnicodes()];
      const wanted = [...codePoints(textOf(ranges[part]))].filter((c) => source.has(c));
      expect(own.sort((a, b) => a - b), part).toEqual(wanted.sort((a, b) => a - b));
      for (const c of own) covered.add(c);
    }
    // Fontsource's face serves only its unicode-range (the cmap also maps a few Latin spaces it never draws).
    const served = [...source].filter((c) => inRange.has(c));
    expect(served.length).toBeGreaterThan(500);
    expect(served.filter((c) => !covered.has(c))).toEqual([]);
  });

  it('keep the weight axis (400–700)', async () => {
    for (const part of parts) {
      const { wght } = (await face(OUT[part])).getAxisInfos();
      expect([wght?.min, wght?.max], part).toEqual([400, 700]);
    }
  });

  it('core holds every Arabic letter, harakah and digit of the text', () => {
    const core = codePoints(textOf(ranges.core));
    for (const c of 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةىًٌٍَُِّْٰٱ٠١٢٣٤٥٦٧٨٩،؛؟ـ') expect(core.has(c.codePointAt(0)!), c).toBe(true);
  });

  it('components/layout/fonts.ts declares the same unicode-range for each file', () => {
    const source = readFileSync('components/layout/fonts.ts', 'utf8');
    for (const part of parts) {
      const call = new RegExp(`src: '\\./fonts/naskh-arabic-${part}\\.woff2'[\\s\\S]*?value:\\s*'([^']+)'`).exec(source);
      expect(call?.[1], part).toBe(ranges[part]);
    }
  });
});
