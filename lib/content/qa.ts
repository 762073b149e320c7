import type { Lang } from '@/lib/text/matcher';
import type { AnnotatedArticle, Piece } from './annotate';
import { occurrenceKey, type QaStatus } from './qaStatus';
import type { Term } from './schema';

/**
 * Term QA per occurrence, in the way Xbench or translate5 check a bilingual file, but over the matcher's
 * clitic-aware occurrences. For each aligned unit (the title, or one Arabic sentence with its English sentences)
 * and each term, the occurrences in the original language are paired in order with those in the translation:
 * - ok: the translation uses the preferred or an admitted form;
 * - variant: it uses a form the glossary lists as deprecated;
 * - missing: the other side has no listed form of the term at all. This holds in both directions: a term that
 *   appears only in the translation is "missing" from the original's side.
 * Entries are concepts: any listed form counts as found (GNA renders الوفاق). Pronouns and paraphrases are not
 * forms, so they show as missing; that is what a reviewer wants to look at.
 */
// The statuses and the occurrence key live in ./qaStatus, a module without the checking code, for the browser.
export { QA_STATUSES, occurrenceKey, type QaStatus } from './qaStatus';
export type FormStatus = Term['ar'][number]['status'];

/** One highlighted occurrence in a unit; `index` counts the unit's term pieces in that language, from 0. */
export type Occurrence = { index: number; text: string; form: string; formStatus: FormStatus; clitics: string[] };

export type QaPair = {
  termId: string;
  /** "title" or "<paragraph>.<sentence>". */
  unitId: string;
  status: QaStatus;
  /** With "missing": the language that lacks the term. */
  missingIn?: Lang;
  ar?: Occurrence;
  en?: Occurrence;
};

/** A unit's text in each language, English sentences joined into one list of pieces. */
export type QaUnit = { id: string } & Record<Lang, Piece[]>;

type FormStatusOf = (termId: string, lang: Lang, form: string) => FormStatus;

const RANK: Record<QaStatus, number> = { ok: 0, variant: 1, missing: 2 };

export function worse(a: QaStatus, b: QaStatus): QaStatus {
  return RANK[a] >= RANK[b] ? a : b;
}

export function formStatusLookup(terms: Term[]): FormStatusOf {
  const map = new Map<string, FormStatus>();
  for (const t of terms) for (const lang of ['ar', 'en'] as const) for (const f of t[lang]) map.set(`${t.id}\u0000${lang}\u0000${f.form}`, f.status);
  // A form that is not in the glossary cannot come out of the matcher; treat it as admitted rather than throw.
  return (termId, lang, form) => map.get(`${termId}\u0000${lang}\u0000${form}`) ?? 'admitted';
}

function occurrences(pieces: Piece[], lang: Lang, statusOf: FormStatusOf): Map<string, Occurrence[]> {
  const byTerm = new Map<string, Occurrence[]>();
  let index = 0;
  for (const p of pieces) {
    if (typeof p === 'string') continue;
    const list = byTerm.get(p.termId) ?? [];
    list.push({ index: index++, text: p.text, form: p.form, formStatus: statusOf(p.termId, lang, p.form), clitics: p.clitics });
    byTerm.set(p.termId, list);
  }
  return byTerm;
}

/** Check one unit. `original` is the language the text was written in; the other is the translation. */
export function checkUnit(unit: QaUnit, original: Lang, statusOf: FormStatusOf): QaPair[] {
  const target: Lang = original === 'ar' ? 'en' : 'ar';
  const found = { ar: occurrences(unit.ar, 'ar', statusOf), en: occurrences(unit.en, 'en', statusOf) };
  const termIds = [...new Set([...found[original].keys(), ...found[target].keys()])];
  const pairs: QaPair[] = [];
  for (const termId of termIds) {
    const src = found[original].get(termId) ?? [];
    const tgt = found[target].get(termId) ?? [];
    if (tgt.length === 0 || src.length === 0) {
      const missingIn = tgt.length === 0 ? target : original;
      for (const o of tgt.length === 0 ? src : tgt) pairs.push({ termId, unitId: unit.id, status: 'missing', missingIn, [missingIn === 'ar' ? 'en' : 'ar']: o });
      continue;
    }
    // Pair in order; the shorter side's last occurrence stands for the rest (a term said twice, rendered once).
    for (let i = 0; i < Math.max(src.length, tgt.length); i++) {
      const s = src[Math.min(i, src.length - 1)];
      const t = tgt[Math.min(i, tgt.length - 1)];
      pairs.push({ termId, unitId: unit.id, status: t.formStatus === 'deprecated' ? 'variant' : 'ok', [original]: s, [target]: t });
    }
  }
  return pairs.sort((a, b) => firstIndex(a) - firstIndex(b));
}

function firstIndex(p: QaPair): number {
  return p.ar ? p.ar.index : 1000 + (p.en?.index ?? 0);
}

export function articleUnits(article: AnnotatedArticle): QaUnit[] {
  const joinEn = (runs: Piece[][]) => runs.flatMap((r, i) => (i > 0 ? [' ', ...r] : r));
  return [
    { id: 'title', ar: article.title.ar, en: article.title.en },
    ...article.paragraphs.flatMap((p) => p.sentences.map((s) => ({ id: s.id, ar: s.ar, en: joinEn(s.en) }))),
  ];
}

export function checkArticle(article: AnnotatedArticle, terms: Term[]): QaPair[] {
  const statusOf = formStatusLookup(terms);
  return articleUnits(article).flatMap((u) => checkUnit(u, article.originalLanguage, statusOf));
}

export type QaSummary = Record<QaStatus, number>;

export function summarize(pairs: { status: QaStatus }[]): QaSummary {
  const summary: QaSummary = { ok: 0, variant: 0, missing: 0 };
  for (const p of pairs) summary[p.status]++;
  return summary;
}

/** The status each highlighted occurrence shows in review mode, keyed "<unitId>:<lang>:<index>". */
export function occurrenceStatuses(pairs: QaPair[]): Map<string, QaStatus> {
  const map = new Map<string, QaStatus>();
  for (const p of pairs) {
    for (const lang of ['ar', 'en'] as const) {
      const o = p[lang];
      if (!o) continue;
      const key = occurrenceKey(p.unitId, lang, o.index);
      map.set(key, worse(map.get(key) ?? 'ok', p.status));
    }
  }
  return map;
}

/** Mark a unit's runs (one run per sentence) with each occurrence's key and status, counting across the runs. */
export function markRuns(runs: Piece[][], unitId: string, lang: Lang, statuses: Map<string, QaStatus>): Piece[][] {
  let index = 0;
  return runs.map((run) =>
    run.map((p) => {
      if (typeof p === 'string') return p;
      const occ = occurrenceKey(unitId, lang, index++);
      return { ...p, occ, status: statuses.get(occ) };
    }),
  );
}

/** A problem for review mode's list: the occurrences to light, the present one's text, in document order. */
export type QaIssue = { unitId: string; status: QaStatus; missingIn?: Lang; occ: string[]; text: string; lang: Lang };

export function reviewIssues(pairs: QaPair[]): QaIssue[] {
  return pairs
    .filter((p) => p.status !== 'ok')
    .map((p) => {
      const langs = (['ar', 'en'] as const).filter((l) => p[l]);
      const first = p[langs[0]]!;
      return { unitId: p.unitId, status: p.status, missingIn: p.missingIn, occ: langs.map((l) => occurrenceKey(p.unitId, l, p[l]!.index)), text: first.text, lang: langs[0] };
    });
}
