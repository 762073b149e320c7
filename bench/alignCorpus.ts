/**
 * The aligner's test documents, built from NTREX's line-parallel files: each document re-paragraphed (the headline
 * alone, then two or three lines a paragraph; in half the documents the Arabic grouped differently from the
 * English), one line dropped from one language in every fourth document. The lines are the gold units.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../lib/i18n/locales';

export type Doc = {
  id: string;
  ar: string;
  en: string;
  /** Per gold line (index into the original files), its span in each built text, or null when dropped there. */
  gold: { ar: [number, number] | null; en: [number, number] | null }[];
  differentParagraphs: boolean;
  dropped: Lang | null;
};

export function corpusDir(): string {
  const candidates = [process.env.ALIGN_CORPUS, '../shared/corpus/ntrex', '../../shared/corpus/ntrex', '/work/shared/corpus/ntrex'];
  for (const c of candidates) if (c && existsSync(path.resolve(c, 'MANIFEST.tsv'))) return path.resolve(c);
  throw new Error('NTREX corpus not found: set ALIGN_CORPUS to the folder that holds MANIFEST.tsv');
}

export function hash(s: string): number {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return h;
}

function rng(seed: number) {
  return () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

/** Lines grouped into paragraphs: the headline alone, then runs of two or three lines; a heading ends its run. */
function paragraphs(lines: (string | null)[], random: () => number): number[][] {
  const out: number[][] = [[0]];
  let current: number[] = [];
  let size = 2 + Math.floor(random() * 2);
  for (let k = 1; k < lines.length; k++) {
    current.push(k);
    const heading = lines[k] !== null && !/[.!?؟۔"'”’»)\]:…]\s*$/u.test(lines[k]!);
    if (current.length >= size || heading) {
      out.push(current);
      current = [];
      size = 2 + Math.floor(random() * 2);
    }
  }
  if (current.length) out.push(current);
  return out;
}

function build(lines: (string | null)[], groups: number[][]): { text: string; spans: ([number, number] | null)[] } {
  const spans: ([number, number] | null)[] = lines.map(() => null);
  const paras: string[] = [];
  let offset = 0;
  for (const group of groups) {
    const kept = group.filter((k) => lines[k] !== null);
    if (!kept.length) continue;
    if (paras.length) offset += 2;
    let para = '';
    for (const k of kept) {
      if (para) {
        para += ' ';
        offset += 1;
      }
      spans[k] = [offset, offset + lines[k]!.length];
      para += lines[k];
      offset += lines[k]!.length;
    }
    paras.push(para);
  }
  return { text: paras.join('\n\n'), spans };
}

export function loadDocs(): Doc[] {
  const dir = corpusDir();
  const ids = readdirSync(dir).filter((d) => existsSync(path.join(dir, d, 'en.txt'))).sort();
  return ids.map((id, index) => {
    const read = (lang: string) => readFileSync(path.join(dir, id, `${lang}.txt`), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trim());
    let ar: (string | null)[] = read('ar');
    let en: (string | null)[] = read('en');
    while (ar.length && !ar[ar.length - 1] && !en[en.length - 1]) {
      ar.pop();
      en.pop();
    }
    const random = rng(hash(id));
    const dropped = index % 4 === 3 ? (index % 8 === 3 ? 'ar' : 'en') : null;
    if (dropped) {
      const k = 1 + Math.floor(random() * (ar.length - 1));
      if (dropped === 'ar') ar = ar.map((l, i) => (i === k ? null : l));
      else en = en.map((l, i) => (i === k ? null : l));
    }
    const differentParagraphs = index % 2 === 1;
    const enGroups = paragraphs(en, random);
    const arGroups = differentParagraphs ? paragraphs(ar, random) : enGroups;
    const a = build(ar, arGroups);
    const e = build(en, enGroups);
    return { id, ar: a.text, en: e.text, gold: a.spans.map((s, k) => ({ ar: s, en: e.spans[k] })), differentParagraphs, dropped };
  });
}

/**
 * The aligned articles in ../shared/samples (or $ALIGN_SAMPLES) whose two files have as many lines: each twice, as
 * given (a line a paragraph) and run together as one paragraph (no line breaks to help).
 */
export function loadSamples(): Doc[] {
  const candidates = [process.env.ALIGN_SAMPLES, '../shared/samples', '../../shared/samples', '/work/shared/samples'];
  const dir = candidates.find((c) => c && existsSync(path.resolve(c)));
  if (!dir) return [];
  const out: Doc[] = [];
  for (const id of readdirSync(dir).sort()) {
    const file = (lang: string) => path.join(dir, id, `${lang}.txt`);
    if (!existsSync(file('ar')) || !existsSync(file('en'))) continue;
    const read = (lang: string) => readFileSync(file(lang), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    const ar = read('ar');
    const en = read('en');
    if (ar.length !== en.length) continue;
    for (const [name, groups] of [['as given', ar.map((_, k) => [k])], ['one paragraph', [ar.map((_, k) => k)]]] as const) {
      const a = build(ar, groups as number[][]);
      const e = build(en, groups as number[][]);
      out.push({ id: `${id} (${name})`, ar: a.text, en: e.text, gold: a.spans.map((x, k) => ({ ar: x, en: e.spans[k] })), differentParagraphs: false, dropped: null });
    }
  }
  return out;
}
