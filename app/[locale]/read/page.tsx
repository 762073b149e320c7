import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ReadYourOwn } from '@/components/read/ReadYourOwn';
import { pageLocale } from '@/lib/i18n/locale';
import { pastedBootScript } from '@/lib/read/pasted';
import { pageMetadata } from '@/lib/seo';

export const dynamicParams = false;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Read' });
  return pageMetadata({ locale, path: '/read', title: t('title'), description: t('intro') });
}

/**
 * A first visit sees the heading, the lead and the form, all in the server's HTML with their words as props: the
 * code that aligns and shows a pair (and its data, the message formatter, the cards) loads when a pair is submitted,
 * or at once when browser storage holds one to show again (components/read/ReadYourOwn.tsx).
 */
export default async function ReadPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Read' });
  const labels = {
    ar: t('label.ar'),
    en: t('label.en'),
    annotate: t('annotate'),
    clear: t('clear'),
    undoAll: t('undoAll'),
    pending: t('pending'),
    network: t('network'),
    notKept: t('notKept'),
    needsScript: t('needsScript'),
    // Formatted around a placeholder the browser fills with the storage key it used.
    keptAside: t('keptAside', { key: '{key}' }),
    correctionsDropped: t('correctionsDropped', { key: '{key}' }),
  };
  return (
    <div className="page read">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <ReadYourOwn
        locale={locale}
        labels={labels}
        dataUrl={`/${locale}/read/pairing-data`}
        cardDataUrl={`/${locale}/read/card-data`}
        boot={<script dangerouslySetInnerHTML={{ __html: pastedBootScript() }} />}
      />
    </div>
  );
}
