import type { Metadata } from 'next';
import { pageLocale } from '@/lib/i18n/locale';
import { getMessages, getTranslations } from 'next-intl/server';
import { ExportLinks } from '@/components/glossary/ExportLinks';
import { GlossaryEntry } from '@/components/glossary/GlossaryEntry';
import { GlossarySearch } from '@/components/glossary/GlossarySearch';
import { getEntryViews } from '@/lib/content';
import { CATEGORIES } from '@/lib/glossary/schema';
import { pageMetadata } from '@/lib/seo';
import { localePath } from '@/lib/i18n/paths';

// Only the prerendered locales (and articles) exist: anything else is a 404, never rendered on demand.
export const dynamicParams = false;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'GlossaryPage' });
  return pageMetadata({ locale, path: '/glossary', title: t('title'), description: t('intro', { count: getEntryViews(locale).size }) });
}

export default async function GlossaryPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations('GlossaryPage');
  const tc = await getTranslations('Categories');
  const ts = await getTranslations('GlossarySearch');
  const search = { label: ts('label'), placeholder: ts('placeholder'), category: ts('category'), allCategories: ts('allCategories') };
  const { GlossarySearch: searchMessages } = await getMessages();
  const terms = [...getEntryViews(locale).values()];
  const groups = CATEGORIES.map((c) => ({ category: c, terms: terms.filter((term) => term.category === c) })).filter((g) => g.terms.length);
  return (
    <div className="page glossary">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro', { count: terms.length })}</p>
      <GlossarySearch categories={groups.map((g) => ({ id: g.category, label: tc(g.category) }))} labels={search} locale={locale} messages={{ GlossarySearch: searchMessages }} />
      <nav aria-label={t('categories')}>
        <ul className="category-index">
          {groups.map((g) => (
            <li key={g.category}>
              <a href={`#cat-${g.category}`}>{tc(g.category)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.category} aria-labelledby={`cat-${g.category}`}>
          <h2 id={`cat-${g.category}`}>{tc(g.category)}</h2>
          <ul className="entries">
            {g.terms.map((term) => (
              <GlossaryEntry key={term.id} entry={term} locale={locale} />
            ))}
          </ul>
        </section>
      ))}
      <ExportLinks locale={locale} />
      <section aria-labelledby="for-translators">
        <h2 id="for-translators">{t('translators')}</h2>
        <ul>
          <li>
            <a href={localePath(locale, '/glossary/qa')}>{t('qaLink')}</a>
          </li>
          <li>
            <a href={localePath(locale, '/glossary/candidates')}>{t('candidatesLink')}</a>
          </li>
        </ul>
      </section>
    </div>
  );
}
