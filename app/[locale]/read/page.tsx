import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { cardTerms } from '@/components/glossary/cardData';
import { TermCards } from '@/components/glossary/TermCards';
import { ReadYourOwn } from '@/components/read/ReadYourOwn';
import { getGlossary } from '@/lib/content';
import { formStatuses } from '@/lib/glossary/view';
import { pageLocale } from '@/lib/i18n/locale';
import { pageMetadata } from '@/lib/seo';

export const dynamicParams = false;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Read' });
  return pageMetadata({ locale, path: '/read', title: t('title'), description: t('intro') });
}

export default async function ReadPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations('Read');
  // Any term may turn up in a pasted text, so the page carries every card (the glossary's data, not the message files).
  const cards = await cardTerms(
    getGlossary().map((term) => term.id),
    locale,
  );
  const forms = Object.fromEntries(getGlossary().map((term) => [term.id, formStatuses(term)]));
  return (
    <div className="page read">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <TermCards terms={cards}>
        <ReadYourOwn forms={forms} />
      </TermCards>
    </div>
  );
}
