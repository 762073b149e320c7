/**
 * Sentence aligner benchmark on NTREX (see bench/alignCorpus.ts for how the documents are built). A unit is correct
 * when its Arabic and English spans both lie within one and the same gold line, or when it pairs a dropped line's
 * other half with nothing. Precision = correct units / units; recall = gold lines all of whose units are correct /
 * gold lines. The documents are split in two halves by a hash of their id: "tuning" (looked at while tuning) and
 * "held out". Then the real aligned articles of ../shared/samples, and the time for 1,000 × 1,000 sentences. Run on
 * purpose (`npm run bench:align`), not part of the tests. `--errors` prints the wrong units, `--half=tuning` scores
 * one half only, `--length-only` sets the anchor and paragraph weights to zero,
 * `--weights=lexiconMatch=0.5,…` overrides weights for one run, `--no-scale` skips the timing at scale.
 */
import { LOW_CONFIDENCE } from '../lib/read/rows';
import { WEIGHTS } from '../lib/text/alignCost';
import { alignSentences } from '../lib/text/sentenceAlign';
import { hash, loadDocs, loadSamples, type Doc } from './alignCorpus';
import { scaleReport } from './alignScale';
import type { Lang } from '../lib/i18n/locales';

type Score = { units: number; correct: number; lines: number; linesRight: number; ms: number; docs: number; low: number; lowCorrect: number };
const empty = (): Score => ({ units: 0, correct: 0, lines: 0, linesRight: 0, ms: 0, docs: 0, low: 0, lowCorrect: 0 });

const within = (span: [number, number], line: [number, number] | null) => !!line && span[0] >= line[0] && span[1] <= line[1];

function score(doc: Doc, into: Score, verbose: boolean): void {
  const c0 = process.cpuUsage();
  const result = alignSentences(doc.ar, doc.en);
  const c = process.cpuUsage(c0);
  into.ms += (c.user + c.system) / 1000;
  into.docs++;
  const lineOf = (lang: Lang, span: [number, number]) => doc.gold.findIndex((g) => within(span, g[lang]));
  const badLines = new Set<number>();
  for (const u of result.units) {
    const ar: [number, number] | null = u.ar[1] > u.ar[0] ? [result.ar[u.ar[0]].start, result.ar[u.ar[1] - 1].end] : null;
    const en: [number, number] | null = u.en[1] > u.en[0] ? [result.en[u.en[0]].start, result.en[u.en[1] - 1].end] : null;
    const la = ar ? lineOf('ar', ar) : -1;
    const le = en ? lineOf('en', en) : -1;
    let ok: boolean;
    if (ar && en) ok = la >= 0 && la === le;
    else if (ar) ok = la >= 0 && doc.gold[la].en === null;
    else ok = le >= 0 && doc.gold[le].ar === null;
    into.units++;
    // Calibration: the units /read marks for checking (score under LOW_CONFIDENCE), and how many of them are right.
    if (u.score < LOW_CONFIDENCE) {
      into.low++;
      if (ok) into.lowCorrect++;
    }
    if (ok) into.correct++;
    else {
      // Every gold line this unit touches is not right.
      doc.gold.forEach((g, k) => {
        const touches = (s: [number, number] | null, l: [number, number] | null) => !!s && !!l && s[0] < l[1] && l[0] < s[1];
        if (touches(ar, g.ar) || touches(en, g.en)) badLines.add(k);
      });
      if (verbose) console.log(`  ${doc.id}: ${ar ? doc.ar.slice(...ar).slice(0, 70) : '∅'}  ||  ${en ? doc.en.slice(...en).slice(0, 70) : '∅'}  (${u.score.toFixed(2)})`);
    }
  }
  const lines = doc.gold.filter((g) => g.ar || g.en).length;
  into.lines += lines;
  into.linesRight += lines - badLines.size;
}

function report(name: string, s: Score): void {
  const p = s.correct / s.units;
  const r = s.linesRight / s.lines;
  const f = (2 * p * r) / (p + r);
  console.log(`${name.padEnd(9)} docs ${String(s.docs).padStart(3)}  lines ${String(s.lines).padStart(5)}  units ${String(s.units).padStart(5)}  precision ${p.toFixed(4)}  recall ${r.toFixed(4)}  F1 ${f.toFixed(4)}  time ${s.ms.toFixed(0)} ms CPU`);
  const high = s.units - s.low;
  console.log(
    `${''.padEnd(9)} score < ${LOW_CONFIDENCE} (marked for checking): ${s.low} units, ${s.lowCorrect} right; the others: ${high} units, ${s.correct - s.lowCorrect} right (${((s.correct - s.lowCorrect) / high).toFixed(4)})`,
  );
}

const docs = loadDocs();
// --length-only: the same search with every anchor and paragraph weight at zero (Gale–Church alone, for comparison).
if (process.argv.includes('--length-only')) for (const k of Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]) WEIGHTS[k] = 0;
// --weights=name=value,…: override anchor weights for one run (to sweep them).
for (const pair of process.argv.find((a) => a.startsWith('--weights='))?.slice(10).split(',') ?? []) {
  const [k, v] = pair.split('=');
  if (!(k in WEIGHTS)) throw new Error(`unknown weight ${k}`);
  WEIGHTS[k as keyof typeof WEIGHTS] = Number(v);
}
const verbose = process.argv.includes('--errors');
const only = process.argv.find((a) => a.startsWith('--half='))?.slice(7);
const halves = { tuning: empty(), heldOut: empty(), all: empty() };
for (const doc of docs) {
  const half = hash(doc.id) % 2 === 0 ? 'tuning' : 'heldOut';
  if (only && only !== half) continue;
  const s = empty();
  score(doc, s, verbose && (!only || only === half));
  for (const target of [halves[half], halves.all]) for (const k of Object.keys(s) as (keyof Score)[]) target[k] += s[k];
}
report('tuning', halves.tuning);
report('held out', halves.heldOut);
report('all', halves.all);
// The real aligned articles of ../shared/samples, scored the same way (not used for tuning).
for (const sample of loadSamples()) {
  const s = empty();
  score(sample, s, verbose);
  console.log(`sample    ${sample.id}: lines ${s.lines}  units ${s.units}  correct ${s.correct}  lines right ${s.linesRight}`);
}

if (process.argv.includes('--no-scale')) process.exit(0);
// Scale: 1,000 × 1,000 sentences, the documents one after another as one text without paragraphs (alignScale.ts).
console.log(scaleReport(docs));
