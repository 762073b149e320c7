import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/ClientMessages';
import { SavedWords } from '@/components/learn/SavedWords';
import { getEntryViews } from '@/lib/content';
import { entryHeadline } from '@/lib/glossary/view';
import type { WordEntry } from '@/lib/learn/anki';
import { savedWordsBootScript } from '@/lib/learn/savedWords';
import { pageLocale } from '@/lib/i18n/locale';

export const dynamicParams = false;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Words' });
  return { title: t('title') };
}

export default async function WordsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale });
  // Any entry may have been saved: the page carries each entry's headline data (not the explanations).
  const entries: Record<string, WordEntry> = Object.fromEntries(
    [...getEntryViews(locale).values()].map((view) => [view.id, entryHeadline(view)]),
  );
  return (
    <div className="page words">
      <h1>{t('Words.title')}</h1>
      <p className="lead">{t('Words.intro')}</p>
      <ClientMessages locale={locale} namespaces={['Words']}>
        <SavedWords entries={entries} boot={<script dangerouslySetInnerHTML={{ __html: savedWordsBootScript() }} />} />
      </ClientMessages>
    </div>
  );
}
