import { TermMatcher, type Lang, type TermSpan } from '@/lib/text/matcher';
import type { ArticleFile, Term } from './schema';

/** A run of plain text, or one highlighted occurrence of a term. */
export type TermPiece = {
  text: string;
  termId: string;
  clitics: string[];
  form: string;
  /** Set for review mode: the occurrence's key ("<unit>:<lang>:<n>") and its QA status. */
  occ?: string;
  status?: 'ok' | 'variant' | 'missing';
};
export type Piece = string | TermPiece;

export type AnnotatedSentence = {
  /** "<paragraph>.<sentence>", 1-based, the same in both columns. */
  id: string;
  ar: Piece[];
  /** One or more English sentences aligned with the one Arabic sentence. */
  en: Piece[][];
};

export type AnnotatedParagraph = { id: string; sentences: AnnotatedSentence[] };

export type AnnotatedArticle = Omit<ArticleFile, 'title' | 'paragraphs'> & {
  slug: string;
  title: Record<Lang, Piece[]>;
  paragraphs: AnnotatedParagraph[];
};

export type Matchers = Record<Lang, TermMatcher>;

export function buildMatchers(terms: Term[]): Matchers {
  const forLang = (lang: Lang) =>
    new TermMatcher(
      lang,
      terms.map((t) => ({ termId: t.id, forms: t[lang].map((f) => f.form), notForms: lang === 'ar' ? t.notForms : undefined })),
    );
  return { ar: forLang('ar'), en: forLang('en') };
}

/** Cut a text into plain runs and term pieces at the spans the matcher found. */
export function toPieces(text: string, spans: TermSpan[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) pieces.push(text.slice(at, s.start));
    pieces.push({ text: s.surface, termId: s.termId, clitics: s.clitics, form: s.form });
    at = s.end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}

export function annotateText(matchers: Matchers, lang: Lang, text: string): Piece[] {
  return toPieces(text, matchers[lang].find(text));
}

export function annotateArticle(slug: string, article: ArticleFile, matchers: Matchers): AnnotatedArticle {
  const { title, paragraphs, ...meta } = article;
  return {
    ...meta,
    slug,
    title: { ar: annotateText(matchers, 'ar', title.ar), en: annotateText(matchers, 'en', title.en) },
    paragraphs: paragraphs.map((p, pi) => ({
      id: String(pi + 1),
      sentences: p.sentences.map((s, si) => ({
        id: `${pi + 1}.${si + 1}`,
        ar: annotateText(matchers, 'ar', s.ar),
        en: (Array.isArray(s.en) ? s.en : [s.en]).map((e) => annotateText(matchers, 'en', e)),
      })),
    })),
  };
}

/** How many highlighted occurrences each column has. */
export function countOccurrences(article: AnnotatedArticle): Record<Lang, number> {
  const count = (pieces: Piece[]) => pieces.filter((p) => typeof p !== 'string').length;
  let ar = count(article.title.ar);
  let en = count(article.title.en);
  for (const p of article.paragraphs) {
    for (const s of p.sentences) {
      ar += count(s.ar);
      en += s.en.reduce((n, e) => n + count(e), 0);
    }
  }
  return { ar, en };
}

export function plainText(pieces: Piece[]): string {
  return pieces.map((p) => (typeof p === 'string' ? p : p.text)).join('');
}
