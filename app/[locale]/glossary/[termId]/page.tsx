import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { GlossaryEntry } from '@/components/glossary/GlossaryEntry';
import { LocatorMap } from '@/components/map/LocatorMap';
import { Concordance } from '@/components/review/Concordance';
import { RenderingCounts } from '@/components/review/RenderingCounts';
import { getArticles, getEntryView, getGlossary, getTerm } from '@/lib/content';
import { concordance } from '@/lib/content/concordance';
import { pageLocale } from '@/lib/i18n/locale';
import { glossaryPath } from '@/lib/i18n/paths';
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
  const entry = getEntryView((await params).termId, locale);
  if (!entry) return {};
  return pageMetadata({ locale, path: `/glossary/${entry.id}`, title: `${entry.ar} · ${entry.en}`, description: excerpt(entry.explanation) });
}

export default async function TermPage({ params }: Props) {
  const locale = await pageLocale(params);
  const entry = getEntryView((await params).termId, locale);
  if (!entry) notFound();
  const t = await getTranslations('TermPage');
  const rows = concordance(entry.id, getArticles(), getGlossary());
  return (
    <div className="page term-page">
      <p>
        <a href={glossaryPath(locale, entry.id)}>{t('back')}</a>
      </p>
      <GlossaryEntry entry={entry} locale={locale} standalone />
      <LocatorMap term={getTerm(entry.id)!} locale={locale} />
      <section aria-labelledby="concordance" className="concordance-section">
        <h2 id="concordance">{t('concordance')}</h2>
        <p>{t('intro', { count: rows.length })}</p>
        {rows.length > 0 && (
          <>
            <RenderingCounts rows={rows} locale={locale} />
            <Concordance rows={rows} locale={locale} />
          </>
        )}
      </section>
    </div>
  );
}
