import { getTranslations } from 'next-intl/server';
import type { AnnotatedArticle } from '@/lib/content/annotate';
import type { Locale } from '@/lib/i18n/routing';
import { Columns, type ParagraphView } from './Columns';

type Props = { article: AnnotatedArticle; locale: Locale };

/** An article's two aligned texts, with its title and a link anchor per paragraph. */
export async function ArticleColumns({ article, locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Reader' });
  const paragraphs: ParagraphView[] = article.paragraphs.map((p) => ({
    id: p.id,
    ar: p.sentences.map((s) => ({ id: s.id, pieces: [s.ar] })),
    en: p.sentences.map((s) => ({ id: s.id, pieces: s.en })),
  }));
  return (
    <Columns
      locale={locale}
      paragraphs={paragraphs}
      title={article.title}
      labels={{ ar: t('column.ar'), en: t('column.en') }}
      anchorLabel={(n) => t('paragraphLink', { n })}
    />
  );
}
