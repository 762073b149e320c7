import 'server-only';
import { byDate, type ArticleSummary } from '@/lib/library/listing';
import { FullTextIndex } from '@/lib/text/fulltext';
import { tokenize } from '@/lib/text/tokenize';
import { plainText, type AnnotatedArticle, type Piece } from './annotate';
import { getArticles } from './index';

function texts(article: AnnotatedArticle) {
  const ar: string[] = [];
  const en: string[] = [];
  const terms = new Set<string>();
  const collect = (pieces: Piece[]) => {
    for (const p of pieces) if (typeof p !== 'string') terms.add(p.termId);
    return plainText(pieces);
  };
  collect(article.title.ar);
  collect(article.title.en);
  for (const p of article.paragraphs) {
    for (const s of p.sentences) {
      ar.push(collect(s.ar));
      en.push(s.en.map(collect).join(' '));
    }
  }
  return { ar: ar.join('\n'), en: en.join('\n'), terms: terms.size };
}

export function summarizeArticle(article: AnnotatedArticle): { summary: ArticleSummary; body: { ar: string; en: string } } {
  const { ar, en, terms } = texts(article);
  const summary: ArticleSummary = {
    slug: article.slug,
    title: { ar: plainText(article.title.ar), en: plainText(article.title.en) },
    site: article.site ?? article.slug,
    originalLanguage: article.originalLanguage,
    date: article.date,
    dateApproximate: article.dateApproximate,
    words: { ar: tokenize(ar).length, en: tokenize(en).length },
    terms,
  };
  return { summary, body: { ar, en } };
}

// Built once per process (at build time for the prerendered pages, at the first search on the server).
let library: { articles: ArticleSummary[]; index: FullTextIndex; sites: string[] } | undefined;

/** Every article's summary in index order, the full-text index over them, and the sources. */
export function getLibrary() {
  if (!library) {
    const full = getArticles()
      .map(summarizeArticle)
      .sort((a, b) => byDate(a.summary, b.summary));
    const index = new FullTextIndex(full.map((a) => ({ title: a.summary.title, body: a.body })));
    const articles = full.map((a) => a.summary);
    library = { articles, index, sites: [...new Set(articles.map((a) => a.site))].sort() };
  }
  return library;
}
