/**
 * Term finder benchmark: annotate 1 MB of Arabic text made from the source article's vocabulary with glossaries of
 * 50, 500 and 5,000 terms, and print the time of each and its ratio to the 50-term time.
 * Run on purpose (`npm run bench:terms`), not part of the tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { normalizeArabic } from '../lib/text/normalize';
import { TermMatcher, type TermForms } from '../lib/text/matcher';
import { tokenize } from '../lib/text/tokenize';

const ROOT = path.join(__dirname, '..');
const SIZE = Number(process.env.BENCH_BYTES ?? 1024 * 1024); // bytes of UTF-8
const RUNS = 9;

// A small deterministic generator, so every run annotates the same text with the same glossaries.
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const article = YAML.parse(readFileSync(path.join(ROOT, 'content/articles/misrata-foreign-intervention/article.yaml'), 'utf8'));
const arabic: string = article.paragraphs.flatMap((p: { sentences: { ar: string }[] }) => p.sentences.map((s) => s.ar)).join(' ');
const words = tokenize(arabic).map((t) => t.text);
const glossary = YAML.parse(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8')).terms as { id: string; ar: { form: string }[] }[];

function makeText(): string {
  const random = rng(1);
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < SIZE) {
    // Runs of the article's own word sequences, so real terms (with their clitics) occur at a realistic rate.
    const start = Math.floor(random() * (words.length - 12));
    const run = words.slice(start, start + 4 + Math.floor(random() * 8)).join(' ') + (random() < 0.3 ? '، ' : '. ');
    parts.push(run);
    bytes += Buffer.byteLength(run);
  }
  return parts.join('');
}

/**
 * The real glossary's Arabic forms, then made-up terms until there are `n`: runs of one to three consecutive
 * article words (which do occur in the text) and, once those run out, random pairs and triples of its words.
 */
function makeGlossary(n: number): TermForms[] {
  const terms: TermForms[] = glossary.slice(0, n).map((t) => ({ termId: t.id, forms: t.ar.map((f) => f.form) }));
  const seen = new Set(terms.flatMap((t) => t.forms.map((f) => tokenize(f).map((w) => normalizeArabic(w.text)).join(' '))));
  const random = rng(n);
  while (terms.length < n) {
    const length = 1 + Math.floor(random() * 3);
    const start = Math.floor(random() * (words.length - 3));
    const form =
      random() < 0.5 ? words.slice(start, start + length).join(' ') : Array.from({ length: length + 1 }, () => words[Math.floor(random() * words.length)]).join(' ');
    const key = tokenize(form).map((w) => normalizeArabic(w.text)).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push({ termId: `synthetic-${terms.length}`, forms: [form] });
  }
  return terms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const text = makeText();
console.log(`text: ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB of Arabic, ${text.length.toLocaleString('en')} UTF-16 units, ${tokenize(text).length.toLocaleString('en')} words`);
console.log(`node ${process.version}, ${RUNS} runs each, median\n`);
console.log('terms   build ms   annotate ms   spans      ratio to 50');
let base = 0;
for (const n of [50, 500, 5000]) {
  const terms = makeGlossary(n);
  const t0 = performance.now();
  const matcher = new TermMatcher('ar', terms);
  const build = performance.now() - t0;
  matcher.find(text); // warm-up
  const times: number[] = [];
  let spans = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    spans = matcher.find(text).length;
    times.push(performance.now() - t);
  }
  const ms = median(times);
  if (n === 50) base = ms;
  console.log(`${String(n).padStart(5)}   ${build.toFixed(1).padStart(8)}   ${ms.toFixed(0).padStart(11)}   ${String(spans).padStart(7)}   ${(ms / base).toFixed(2).padStart(10)}`);
}
