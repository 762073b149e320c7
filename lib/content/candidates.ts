import { plainText, type AnnotatedArticle } from './annotate';
import { articleUnits } from './qa';
import type { Term } from './schema';
import { englishWordKey } from '@/lib/text/fulltext';
import { normalizeArabic } from '@/lib/text/normalize';
import { mineCandidates, type AlignedUnit } from '@/lib/terms/candidates';

/** The aligned units of the published articles (the title, then each Arabic sentence with its English ones). */
export function publishedUnits(articles: AnnotatedArticle[]): AlignedUnit[] {
  return articles.flatMap((a) => articleUnits(a).map((u) => ({ doc: a.slug, id: u.id, ar: plainText(u.ar), en: plainText(u.en) })));
}

/** The keys of every form the glossary has, as the miner writes them: such candidates are not new. */
export function knownKeys(terms: Term[]): { ar: Set<string>; en: Set<string> } {
  const ar = new Set<string>();
  const en = new Set<string>();
  for (const t of terms) {
    for (const f of t.ar) {
      const k = normalizeArabic(f.form);
      ar.add(k);
      ar.add(k.replace(/^ال/, ''));
    }
    for (const f of t.en) en.add(f.form.split(/\s+/).map(englishWordKey).join(' '));
  }
  return { ar, en };
}

let cached: ReturnType<typeof mineCandidates> | undefined;

/** The candidates of the published corpus, mined once per process (at build time for the prerendered page). */
export function getCandidates(articles: AnnotatedArticle[], terms: Term[]) {
  cached ??= mineCandidates(publishedUnits(articles), { known: knownKeys(terms) });
  return cached;
}
