import { getTranslations } from 'next-intl/server';
import type { AnnotatedArticle } from '@/lib/content/annotate';
import { markRuns, type QaStatus } from '@/lib/content/qa';
import type { Locale } from '@/lib/i18n/routing';
import { Columns, type ParagraphView } from './Columns';

type Props = { article: AnnotatedArticle; locale: Locale; statuses?: Map<string, QaStatus> };

/** An article's two aligned texts, with its title and a link anchor per paragraph. */
export async function ArticleColumns({ article, locale, statuses = new Map() }: Props) {
  const t = await getTranslations({ locale, namespace: 'Reader' });
  const paragraphs: ParagraphView[] = article.paragraphs.map((p) => ({
    id: p.id,
    ar: p.sentences.map((s) => ({ id: s.id, pieces: markRuns([s.ar], s.id, 'ar', statuses) })),
    en: p.sentences.map((s) => ({ id: s.id, pieces: markRuns(s.en, s.id, 'en', statuses) })),
  }));
  return (
    <Columns
      locale={locale}
      paragraphs={paragraphs}
      title={{ ar: markRuns([article.title.ar], 'title', 'ar', statuses)[0], en: markRuns([article.title.en], 'title', 'en', statuses)[0] }}
      labels={{ ar: t('column.ar'), en: t('column.en') }}
      anchorLabel={(n) => t('paragraphLink', { n })}
    />
  );
}
