import { getTranslations } from 'next-intl/server';
import type { AnnotatedArticle } from '@/lib/content/annotate';
import type { QaStatus } from '@/lib/content/qa';
import type { Locale } from '@/lib/i18n/routing';
import { articleView } from '@/lib/reader/articleView';
import { Columns } from './Columns';

type Props = { article: AnnotatedArticle; locale: Locale; statuses?: Map<string, QaStatus> };

/** An article's two aligned texts, with its title and a link anchor per paragraph. */
export async function ArticleColumns({ article, locale, statuses }: Props) {
  const t = await getTranslations({ locale, namespace: 'Reader' });
  const { paragraphs, title } = articleView(article, statuses);
  return <Columns locale={locale} paragraphs={paragraphs} title={title} labels={{ ar: t('column.ar'), en: t('column.en') }} anchorLabel={(n) => t('paragraphLink', { n })} />;
}
