import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { GlossaryEntry } from '@/components/glossary/GlossaryEntry';
import { ClientMessages } from '@/components/layout/ClientMessages';
import { Concordance } from '@/components/review/Concordance';
import { RenderingCounts } from '@/components/review/RenderingCounts';
import { getArticles, getGlossary, getTerm } from '@/lib/content';
import { concordance } from '@/lib/content/concordance';
import { pageLocale } from '@/lib/i18n/locale';
import { routing } from '@/lib/i18n/routing';
import { excerpt, pageMetadata } from '@/lib/seo';

// One prerendered page per term and locale; any other id is a 404.
export const dynamicParams = false;

type Props = { params: Promise<{ locale: string; termId: string }> };

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => getGlossary().map((term) => ({ locale, termId: term.id })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const term = getTerm((await params).termId);
  if (!term) return {};
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  return pageMetadata({ locale, path: `/glossary/${term.id}`, title: `${term.ar[0].form} · ${term.en[0].form}`, description: excerpt(t(`${term.id}.explanation` as 'gna.explanation')) });
}

export default async function TermPage({ params }: Props) {
  const locale = await pageLocale(params);
  const term = getTerm((await params).termId);
  if (!term) notFound();
  const t = await getTranslations('TermPage');
  const rows = concordance(term.id, getArticles(), getGlossary());
  return (
    <div className="page term-page">
      <p>
        <a href={`/${locale}/glossary#${term.id}`}>{t('back')}</a>
      </p>
      <GlossaryEntry term={term} locale={locale} standalone />
      <section aria-labelledby="concordance" className="concordance-section">
        <h2 id="concordance">{t('concordance')}</h2>
        <p>{t('intro', { count: rows.length })}</p>
        {rows.length > 0 && (
          <>
            <RenderingCounts rows={rows} locale={locale} />
            <ClientMessages locale={locale} namespaces={['Concordance', 'QaStatus']}>
            <Concordance rows={rows} locale={locale} />
          </ClientMessages>
          </>
        )}
      </section>
    </div>
  );
}
