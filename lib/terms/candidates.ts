import { readings } from '@/lib/text/clitics';
import { normalizeArabic } from '@/lib/text/normalize';
import { tokenize } from '@/lib/text/tokenize';
import { englishWordKey } from '@/lib/text/fulltext';
import { englishNgrams } from './english';
import { ARABIC_STOP } from './stopwords';

/**
 * Bilingual term candidates from aligned units, in the manner of classic term-pair extraction: English candidates
 * (recurring names and noun phrases) × Arabic n-grams (normalised, proclitics stripped) that occur in the same
 * aligned units, each English candidate paired with the Arabic n-gram of highest Dice coefficient (the longer one
 * on a tie: "تيريزا ماي" over "تيريزا"), the pairs ranked by log-likelihood (Dunning's G²), which rewards pairs that
 * are both strongly associated and frequent. Pure: units in, candidates out.
 */
export type AlignedUnit = { doc: string; id: string; ar: string; en: string };
export type Candidate = {
  en: string;
  ar: string;
  /** Aligned units holding both. */
  freq: number;
  docs: number;
  dice: number;
  g2: number;
  examples: { doc: string; id: string; ar: string; en: string }[];
};
export type CandidateOptions = {
  /** Normalised keys of what the glossary already has, in each language: such pairs are left out. */
  known?: { ar: Set<string>; en: Set<string> };
  minFreq?: number;
  maxArabicN?: number;
  examples?: number;
};

/**
 * The key of an Arabic word for mining: normalised, and read without proclitics when that reading is more frequent
 * in the corpus than the word as written (وترامب → ترامب, but فورد stays فورد rather than ف + ورد).
 */
export function arabicMiningKey(word: string, lexicon: Map<string, number>): string {
  const key = normalizeArabic(word);
  let best = key;
  let bestCount = lexicon.get(key) ?? 0;
  for (const r of readings(key).slice(1)) {
    const n = lexicon.get(r.key) ?? 0;
    if (n > bestCount) [best, bestCount] = [r.key, n];
  }
  return best;
}

/** The Arabic n-grams of a text (1 to maxN words, no stop word at either edge), as mining keys. */
export function arabicNgrams(text: string, lexicon: Map<string, number>, maxN = 3, keys = new Map<string, string>()): Set<string> {
  const words = tokenize(text).map((t) => keys.get(t.text) ?? keys.set(t.text, arabicMiningKey(t.text, lexicon)).get(t.text)!);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= maxN && i + n <= words.length; n++) {
      const gram = words.slice(i, i + n);
      if (ARABIC_STOP.has(gram[0]) || ARABIC_STOP.has(gram[n - 1])) continue;
      if (gram.some((w) => w.length < 2 || /^\d+$/.test(w))) break;
      out.add(gram.join(' '));
    }
  }
  return out;
}

const xlogx = (x: number) => (x > 0 ? x * Math.log(x) : 0);

/** Dunning's log-likelihood ratio for a 2×2 table: both, only a, only b, neither. */
export function logLikelihood(both: number, a: number, b: number, total: number): number {
  const k = [both, a - both, b - both, total - a - b + both];
  if (k.some((x) => x < 0)) return 0;
  const rows = [a, total - a];
  const cols = [b, total - b];
  return 2 * (k.reduce((s, x) => s + xlogx(x), 0) - rows.reduce((s, x) => s + xlogx(x), 0) - cols.reduce((s, x) => s + xlogx(x), 0) + xlogx(total));
}

export function mineCandidates(units: AlignedUnit[], options: CandidateOptions = {}): Candidate[] {
  const { minFreq = 2, maxArabicN = 3, examples = 3 } = options;
  const lexicon = new Map<string, number>();
  for (const u of units) for (const t of tokenize(u.ar)) lexicon.set(normalizeArabic(t.text), (lexicon.get(normalizeArabic(t.text)) ?? 0) + 1);
  const keys = new Map<string, string>();
  const grams = units.map((u) => ({ en: englishNgrams(u.en), ar: arabicNgrams(u.ar, lexicon, maxArabicN, keys) }));
  const count = <T>(sets: Set<T>[]) => {
    const c = new Map<T, number>();
    for (const s of sets) for (const x of s) c.set(x, (c.get(x) ?? 0) + 1);
    return c;
  };
  const enFreq = count(grams.map((g) => new Set(g.en.keys())));
  const arFreq = count(grams.map((g) => g.ar));
  // A lone capitalised word also written in lower case is a sentence's first word, not a name ("Speaking").
  const lower = new Set(units.flatMap((u) => [...u.en.matchAll(/(?<=\s)\p{Ll}[\p{L}'’-]*/gu)].map((m) => englishWordKey(m[0]))));
  const recurring = (key: string) => (enFreq.get(key) ?? 0) >= minFreq && !options.known?.en.has(key) && (key.includes(' ') || !lower.has(key));
  // Co-occurrence of each recurring English candidate with each recurring Arabic n-gram, by unit.
  const both = new Map<string, Map<string, number[]>>();
  grams.forEach((g, u) => {
    for (const key of g.en.keys()) {
      if (!recurring(key)) continue;
      const row = both.get(key) ?? new Map<string, number[]>();
      for (const a of g.ar) if ((arFreq.get(a) ?? 0) >= minFreq) (row.get(a) ?? row.set(a, []).get(a)!).push(u);
      both.set(key, row);
    }
  });
  const total = units.length;
  const out: Candidate[] = [];
  for (const [key, row] of both) {
    const fe = enFreq.get(key)!;
    // The Arabic n-gram of highest Dice, or a longer one almost as good ("الولايات المتحده" over "الولايات"); for
    // a name of several words, one of as many words if it comes within 0.1 ("بريت كافانو", not "بريت").
    const scored = [...row]
      .filter(([, hits]) => hits.length >= minFreq)
      .map(([ar, hits]) => ({ ar, hits, dice: (2 * hits.length) / (fe + arFreq.get(ar)!), n: ar.split(' ').length }));
    const top = Math.max(0, ...scored.map((c) => c.dice));
    const words = key.split(' ').length;
    const byLength = (a: (typeof scored)[number], b: (typeof scored)[number]) => b.n - a.n || b.dice - a.dice;
    const sameLength = words > 1 ? scored.filter((c) => c.n === words && c.dice >= top - 0.1).sort(byLength)[0] : undefined;
    const best = sameLength ?? scored.filter((c) => c.dice >= top - 0.05).sort(byLength)[0];
    if (!best || best.dice < 0.3) continue;
    if (options.known?.ar.has(best.ar) || options.known?.ar.has(best.ar.replace(/^ال/, ''))) continue;
    const display = grams[best.hits[0]].en.get(key)!;
    out.push({
      en: display,
      ar: best.ar,
      freq: best.hits.length,
      docs: new Set(best.hits.map((u) => units[u].doc)).size,
      dice: best.dice,
      g2: logLikelihood(best.hits.length, fe, arFreq.get(best.ar)!, total),
      examples: best.hits.slice(0, examples).map((u) => ({ doc: units[u].doc, id: units[u].id, ar: units[u].ar, en: units[u].en })),
    });
  }
  return dropContained(out.sort((a, b) => b.g2 - a.g2 || b.en.length - a.en.length || a.en.localeCompare(b.en)));
}

/**
 * A part of a better-ranked pair adds nothing: the same Arabic for a shorter or longer English ("Virginia" and
 * "West Virginia" ↔ فيرجينيا الغربيه), or both sides inside it ("Christine ↔ كريستين" in "Christine Blasey Ford ↔
 * كريستين بلاسي فورد").
 */
function dropContained(list: Candidate[]): Candidate[] {
  const within = (inner: string, outer: string) => ` ${outer} `.includes(` ${inner} `);
  const kept: Candidate[] = [];
  for (const c of list) {
    const en = c.en.toLowerCase();
    const part = kept.some((k) => {
      const ken = k.en.toLowerCase();
      if (k.ar === c.ar) return within(en, ken) || within(ken, en);
      return within(en, ken) && within(c.ar, k.ar);
    });
    if (!part) kept.push(c);
  }
  // A first name ranked above the full name it belongs to ("Brett" above "Brett Kavanaugh ↔ بريت كافانو") goes
  // when the full name accounts for at least half its occurrences.
  return kept.filter(
    (c) => !kept.some((k) => k !== c && k.freq * 2 >= c.freq && within(c.en.toLowerCase(), k.en.toLowerCase()) && within(c.ar, k.ar)),
  );
}
