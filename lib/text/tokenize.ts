/** A written word and where it stands in the text (UTF-16 offsets, end exclusive). */
export type Token = { start: number; end: number; text: string };

// A word: letters, marks and digits, with format characters (ZWNJ, bidi marks) and apostrophes allowed inside
// it. JavaScript's \b does not see Arabic letters as word characters, so words are found by class, not by \b.
// A dotted abbreviation (U.S., F.B.I., D.C.) is one word, its full stops included, and so is its possessive
// (F.B.I.'s): single Latin letters joined by full stops, not inside a longer word or a dotted name (www.x.y).
const ABBREVIATION = String.raw`(?<![\p{L}\p{M}\p{N}.])\p{Script=Latin}(?:\.\p{Script=Latin})+(?![\p{L}\p{M}\p{N}])\.?(?:['’]s(?![\p{L}\p{M}\p{N}]))?`;
const PLAIN = String.raw`[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}]|\p{Cf}+(?=[\p{L}\p{M}\p{N}])|['’](?=[\p{L}\p{N}]))*`;
const WORD = new RegExp(`${ABBREVIATION}|${PLAIN}`, 'gu');

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return tokens;
}

// What may stand between two words of one term: spaces of any kind, line breaks, hyphens and dashes,
// invisible controls. Anything else (a comma, a quote, a full stop) ends the term.
const GAP = /^[\s\u00A0\u061C\u200B-\u200F\u2066-\u2069\u2010-\u2015-]+$/u;

export function isTermGap(s: string): boolean {
  return GAP.test(s);
}
