/**
 * The aligner at scale: the benchmark documents' lines one after another as one text without paragraphs, about
 * 1,000 sentences a side, aligned as `alignSentences` does it and as `POST /api/align` does it (the glossary's term
 * finder on every sentence too). Runs of the two alternate, so both see the same minutes of a shared machine; each
 * figure is the median of its runs, in CPU time and wall time, printed with the load average beside it.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { buildMatchers } from '../lib/content/annotate';
import { readGlossary } from '../lib/content/load';
import { segmentText, alignSentences, type AlignOptions } from '../lib/text/sentenceAlign';
import type { Doc } from './alignCorpus';

/** The gold lines present in both languages, in order, run together until each side has 1,000 sentences. */
export function scaleTexts(docs: Doc[]): { ar: string; en: string } {
  const ar: string[] = [];
  const en: string[] = [];
  let na = 0;
  let ne = 0;
  for (const d of docs) {
    for (const g of d.gold) {
      if (!g.ar || !g.en || (na >= 1000 && ne >= 1000)) continue;
      ar.push(d.ar.slice(...g.ar));
      en.push(d.en.slice(...g.en));
      na += segmentText(ar[ar.length - 1], 'ar').length;
      ne += segmentText(en[en.length - 1], 'en').length;
    }
  }
  return { ar: ar.join(' '), en: en.join(' ') };
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1];

export function scaleReport(docs: Doc[], runs = 5): string {
  const { ar, en } = scaleTexts(docs);
  const matchers = buildMatchers(readGlossary());
  // As lib/api/align.ts calls the aligner.
  const api: AlignOptions = { terms: (lang, text) => matchers[lang].find(text).map((s) => s.termId) };
  const variants = { aligner: {}, api } satisfies Record<string, AlignOptions>;
  const times = { aligner: { cpu: [] as number[], wall: [] as number[] }, api: { cpu: [] as number[], wall: [] as number[] } };
  const load = [loadavg()[0]];
  const size = { aligner: '', api: '' };
  for (let k = 0; k < runs; k++) {
    for (const name of ['aligner', 'api'] as const) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const r = alignSentences(ar, en, variants[name]);
      times[name].wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      times[name].cpu.push((c.user + c.system) / 1000);
      size[name] = `${r.ar.length} × ${r.en.length}`;
    }
  }
  load.push(loadavg()[0]);
  const figure = (name: keyof typeof times) => `${size[name]} sentences: ${median(times[name].cpu).toFixed(0)} ms CPU, ${median(times[name].wall).toFixed(0)} ms wall`;
  return [
    `scale     ${ar.length.toLocaleString('en')} × ${en.length.toLocaleString('en')} characters, one paragraph; median of ${runs} runs each; load average ${load.map((l) => l.toFixed(1)).join(' → ')} (1 min):`,
    `scale       aligner (segmentation, anchors, both passes), ${figure('aligner')}`,
    `scale       as POST /api/align (the glossary's term finder on every sentence too), ${figure('api')}`,
  ].join('\n');
}
