'use client';

import { NextIntlClientProvider, useTranslations, type Messages } from 'next-intl';
import { QueryProvider } from '@/components/ui/QueryProvider';
import { useGlossarySearch } from '@/components/data/useGlossarySearch';
import type { Lang } from '@/lib/i18n/locales';
import { EntryTitle } from './EntryTitle';

type Props = { q: string; category: string; locale: Lang; messages: Pick<Messages, 'GlossarySearch'> };

/** Loaded at the first search, with TanStack Query and the message formatter the count's plural forms need. */
export function SearchResults(props: Props) {
  return (
    <NextIntlClientProvider locale={props.locale} messages={props.messages}>
      <QueryProvider>
        <Results {...props} />
      </QueryProvider>
    </NextIntlClientProvider>
  );
}

function Results({ q, category, locale }: Props) {
  const t = useTranslations('GlossarySearch');
  const { data, error } = useGlossarySearch(q, category, locale);
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
                <EntryTitle ar={r.ar} en={r.en} />
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
