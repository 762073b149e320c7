'use client';

import { useLocale, useTranslations } from 'next-intl';
import { QueryProvider } from '@/components/ui/QueryProvider';
import { useGlossarySearch } from '@/components/data/useGlossarySearch';
import type { Locale } from '@/lib/i18n/routing';

type Props = { q: string; category: string };

export function SearchResults(props: Props) {
  return (
    <QueryProvider>
      <Results {...props} />
    </QueryProvider>
  );
}

function Results({ q, category }: Props) {
  const t = useTranslations('GlossarySearch');
  const { data, error } = useGlossarySearch(q, category, useLocale() as Locale);
  const status = error ? t('error') : data ? t('results', { count: data.length }) : t('searching');
  return (
    <section className="search-results" aria-label={t('resultsLabel')} data-search-results>
      <p className="search-status" role="status">
        {status}
      </p>
      {data && data.length > 0 && (
        <ul className="entries">
          {data.map((r) => (
            <li key={r.id} className="entry" data-result={r.id}>
              <a href={r.href} className="entry-title">
                <span lang="ar" dir="rtl" className="ar">
                  {r.ar}
                </span>
                <span aria-hidden="true"> · </span>
                <span lang="en" dir="ltr">
                  {r.en}
                </span>
              </a>
              <p className="entry-translit" lang="ar-Latn" dir="ltr">
                {r.translit}
              </p>
              <p className="entry-gloss">
                {r.gloss} <span className="muted">({r.categoryLabel})</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
