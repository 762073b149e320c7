import { cardData, termIdsIn } from '@/components/glossary/cardData';
import { articleSlugs, getArticle, getGlossary } from '@/lib/content';
import { checkArticle, occurrenceStatuses } from '@/lib/content/qa';
import { hasLocale } from 'next-intl';
import { routing } from '@/lib/i18n/routing';
import { articleView } from '@/lib/reader/articleView';
import { pageText } from '@/lib/reader/pageText';

// The reader's card data, fetched by the card code after first paint: the cards of the article's terms in the
// interface language (in order of first use: the printed glossary lists them so), their labels, and the article's
// text (sentences and occurrences) for save and listen.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => articleSlugs().map((slug) => ({ locale, slug })));
}

type Context = { params: Promise<{ locale: string; slug: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { locale, slug } = await params;
  const article = getArticle(slug);
  if (!article || !hasLocale(routing.locales, locale)) return Response.json({ error: { code: 'not_found', message: 'No such article.' } }, { status: 404 });
  const { paragraphs, title } = articleView(article, occurrenceStatuses(checkArticle(article, getGlossary())));
  // The terms in order of first use, sentence by sentence (Arabic, then English): the printed glossary's order.
  const runs = [article.title.ar, article.title.en, ...article.paragraphs.flatMap((p) => p.sentences.flatMap((s) => [s.ar, ...s.en]))];
  return Response.json(await cardData(termIdsIn(runs), locale, pageText(paragraphs, title)));
}
