import { getTranslations } from 'next-intl/server';
import type { AnnotatedArticle } from '@/lib/content/annotate';
import type { QaStatus } from '@/lib/content/qa';
import type { Locale } from '@/lib/i18n/routing';
import { articleView } from '@/lib/reader/articleView';
import { encodeArticle } from '@/lib/reader/compact';
import { ArticleText } from './ArticleText';

type Props = { article: AnnotatedArticle; locale: Locale; statuses?: Map<string, QaStatus> };

/** An article's two aligned texts, with its title and a link anchor per paragraph. */
export async function ArticleColumns({ article, locale, statuses }: Props) {
  const t = await getTranslations({ locale, namespace: 'Reader' });
  const view = articleView(article, statuses);
  const anchorLabels = Object.fromEntries(view.paragraphs.map((p) => [p.id, t('paragraphLink', { n: Number(p.id) })]));
  return <ArticleText locale={locale} text={encodeArticle(view)} labels={{ ar: t('column.ar'), en: t('column.en') }} anchorLabels={anchorLabels} />;
}
