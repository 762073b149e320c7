import type { AnnotatedArticle, Piece } from '@/lib/content/annotate';
import { markRuns, type QaStatus } from '@/lib/content/qa';
import type { Lang, ParagraphView } from './pageText';

/** An article as the columns show it: paragraphs of sentence units and the title, each occurrence keyed (and its QA status when known). */
export function articleView(article: AnnotatedArticle, statuses: Map<string, QaStatus> = new Map()): { paragraphs: ParagraphView[]; title: Record<Lang, Piece[]> } {
  const paragraphs: ParagraphView[] = article.paragraphs.map((p) => ({
    id: p.id,
    ar: p.sentences.map((s) => ({ id: s.id, pieces: markRuns([s.ar], s.id, 'ar', statuses) })),
    en: p.sentences.map((s) => ({ id: s.id, pieces: markRuns(s.en, s.id, 'en', statuses) })),
  }));
  const title = { ar: markRuns([article.title.ar], 'title', 'ar', statuses)[0], en: markRuns([article.title.en], 'title', 'en', statuses)[0] };
  return { paragraphs, title };
}
