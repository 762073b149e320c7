// The Arabic face split in two by unicode-range, so a page downloads only what its text uses (run by hand when
// @fontsource-variable/noto-naskh-arabic changes: `node scripts/subset-fonts.mjs`; the files are committed).
// Fontsource's "arabic" file (94 KB) covers the Arabic block and, beside it, the Supplement and Extended blocks,
// the presentation forms, Rumi numerals and Arabic mathematical letters. Split:
// - core (30 KB, preloaded): U+0600–0671, every letter, harakah, digit and sign of Arabic text, with the
//   punctuation the subset had (ZWNJ, ZWJ, LRM, hyphens);
// - rest: the rest of the Arabic block, U+0672–06FF (letters of Persian, Urdu, Kurdish, Pashto… پ چ ژ ڤ گ ی,
//   their digits and Quranic marks, which the articles and the interface do not use) and the rest of
//   Fontsource's range. One file, not two: a page that needs any of it is rare, and one face is one next/font call.
// Nothing is lost: a page fetches the rest file only when it has one of its characters. The variable
// weight axis (400–700) and the shaping tables reachable from each file's characters stay (HarfBuzz's subsetter).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'node_modules/@fontsource-variable/noto-naskh-arabic';
export const SOURCE = `${PACKAGE}/files/noto-naskh-arabic-arabic-wght-normal.woff2`;
export const OUT = {
  core: 'components/layout/fonts/naskh-arabic-core.woff2',
  rest: 'components/layout/fonts/naskh-arabic-rest.woff2',
};

/** Fontsource's unicode-range of its "arabic" face, as [from, to] code point pairs. */
export function sourceRanges(css = readFileSync(`${PACKAGE}/index.css`, 'utf8')) {
  const face = /\/\* noto-naskh-arabic-arabic-wght-normal \*\/[^}]*unicode-range:\s*([^;]+);/.exec(css);
  if (!face) throw new Error(`${PACKAGE}/index.css: no unicode-range for the arabic face`);
  return face[1].split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to, 16)];
  });
}

const CORE_END = 0x0671;
const inBlock = ([from, to]) => from >= 0x0600 && to <= 0x06ff;
const isPunctuation = ([from, to]) => from >= 0x2000 && to <= 0x2e7f;
const clip = (list, lo, hi) => list.flatMap(([a, b]) => (a > hi || b < lo ? [] : [[Math.max(a, lo), Math.min(b, hi)]]));

/** The two ranges, as CSS unicode-range values. */
export function splitRanges(ranges = sourceRanges()) {
  const css = (list) => list.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(',');
  const block = ranges.filter(inBlock);
  return {
    core: css([...clip(block, 0x0600, CORE_END), ...ranges.filter(isPunctuation)]),
    rest: css([...clip(block, CORE_END + 1, 0x06ff), ...ranges.filter((r) => !inBlock(r) && !isPunctuation(r))]),
  };
}
const hex = (n) => n.toString(16).toUpperCase().padStart(4, '0');

/** Every code point of a CSS unicode-range value, as a string. */
export function textOf(range) {
  let text = '';
  for (const part of range.split(',')) {
    const [from, to = from] = part.replace(/^U\+/, '').split('-').map((h) => parseInt(h, 16));
    for (let c = from; c <= to; c++) text += String.fromCodePoint(c);
  }
  return text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { default: subsetFont } = await import('subset-font');
  const source = readFileSync(SOURCE);
  const ranges = splitRanges();
  for (const part of /** @type {const} */ (['core', 'rest'])) {
    const out = await subsetFont(source, textOf(ranges[part]), { targetFormat: 'woff2' });
    writeFileSync(OUT[part], out);
    console.log(`${OUT[part]}: ${out.length} bytes (${ranges[part]})`);
  }
  console.log(`from ${SOURCE}: ${source.length} bytes`);
}
