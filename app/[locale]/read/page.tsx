import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/ClientMessages';
import { TermController } from '@/components/glossary/TermController';
import { ReadYourOwn } from '@/components/read/ReadYourOwn';
import { readerControlsLabels } from '@/components/reader/labels';
import { getGlossary } from '@/lib/content';
import { formStatuses } from '@/lib/glossary/view';
import { pageLocale } from '@/lib/i18n/locale';
import { pageMetadata } from '@/lib/seo';

export const dynamicParams = false;

type Props = { params: Promise<{ locale: string }> };

// The pasted text is aligned, checked and labelled in the browser: this page's client leaves format messages
// there (plurals, counts), so it alone gets these namespaces (not the layout, not every page).
const CLIENT_NAMESPACES = ['Read', 'Review', 'QaStatus'] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Read' });
  return pageMetadata({ locale, path: '/read', title: t('title'), description: t('intro') });
}

export default async function ReadPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations('Read');
  const forms = Object.fromEntries(getGlossary().map((term) => [term.id, formStatuses(term)]));
  return (
    <div className="page read">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <ClientMessages locale={locale} namespaces={CLIENT_NAMESPACES}>
        {/* Any term may turn up in a pasted text: the card data holds every card, fetched after first paint. */}
        <TermController dataUrl={`/${locale}/read/card-data`}>
          <ReadYourOwn forms={forms} controls={await readerControlsLabels(locale)} />
        </TermController>
      </ClientMessages>
    </div>
  );
}
