'use client';

import dynamic from 'next/dynamic';
import { useSearchParams } from 'next/navigation';
import { Suspense, useState } from 'react';
import { SelectField } from '@/components/ui/SelectField';
import { useDebounced } from '@/components/ui/useDebounced';
import { MAX_QUERY_LENGTH } from '@/lib/text/search';
import type { Messages } from 'next-intl';
import type { Lang } from '@/lib/i18n/locales';

// TanStack Query and the results list load with the first search, not with the page.
const SearchResults = dynamic(() => import('./SearchResults').then((m) => m.SearchResults), { ssr: false });

type Category = { id: string; label: string };
type Labels = { label: string; placeholder: string; category: string; allCategories: string };
type Props = {
  categories: Category[];
  labels: Labels;
  locale: Lang;
  /** The results' messages (a count in plural forms), formatted by the results list, which loads at the first search. */
  messages: Pick<Messages, 'GlossarySearch'>;
};

const DEBOUNCE_MS = 250;

/** One box for Arabic, English or transliteration, and a category filter; the query lives in the URL. */
export function GlossarySearch(props: Props) {
  return (
    <Suspense fallback={<SearchForm {...props} q="" category="" />}>
      <LiveSearch {...props} />
    </Suspense>
  );
}

/**
 * The query and category a URL asks for, as the form can hold them: a query cut to the box's (and the API's)
 * limit, and a category the glossary does not have ignored, so a hand-edited or truncated link still searches.
 */
export function searchFromUrl(params: { get(name: string): string | null } | null, categories: Category[]) {
  const category = params?.get('category') ?? '';
  return {
    q: (params?.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    category: categories.some((c) => c.id === category) ? category : '',
  };
}

function LiveSearch({ locale, messages, ...props }: Props) {
  const params = useSearchParams();
  const [initial] = useState(() => searchFromUrl(params, props.categories));
  const [q, setQ] = useState(initial.q);
  const [category, setCategory] = useState(initial.category);
  const debounced = useDebounced(q.trim(), DEBOUNCE_MS);
  const update = (next: { q?: string; category?: string }) => {
    const url = new URL(window.location.href);
    for (const [name, value] of Object.entries(next)) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    // Next keeps useSearchParams in step with the native history API; the page is not reloaded.
    window.history.replaceState(null, '', url);
  };
  const active = Boolean(debounced || category);
  return (
    <>
      <SearchForm
        {...props}
        q={q}
        category={category}
        onQuery={(value) => {
          setQ(value);
          update({ q: value.trim() });
        }}
        onCategory={(value) => {
          setCategory(value);
          update({ category: value });
        }}
      />
      {active && <SearchResults q={debounced} category={category} locale={locale} messages={messages} />}
    </>
  );
}

type FormProps = Pick<Props, 'categories' | 'labels'> & { q: string; category: string; onQuery?: (q: string) => void; onCategory?: (c: string) => void };

function SearchForm({ categories, labels, q, category, onQuery, onCategory }: FormProps) {
  return (
    <form role="search" className="glossary-search" onSubmit={(e) => e.preventDefault()} aria-label={labels.label}>
      <div className="field">
        <label htmlFor="glossary-q">{labels.label}</label>
        <input
          id="glossary-q"
          type="search"
          name="q"
          value={q}
          onChange={(e) => onQuery?.(e.target.value)}
          readOnly={!onQuery}
          placeholder={labels.placeholder}
          autoComplete="off"
          spellCheck={false}
          dir="auto"
          maxLength={MAX_QUERY_LENGTH}
        />
      </div>
      <SelectField
        as="div"
        id="glossary-category"
        name="category"
        label={labels.category}
        any={labels.allCategories}
        options={categories.map((c) => ({ value: c.id, label: c.label }))}
        value={category}
        onChange={(e) => onCategory?.(e.target.value)}
        disabled={!onCategory}
      />
    </form>
  );
}
