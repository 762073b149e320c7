import { getTranslations } from 'next-intl/server';
import { SelectField } from '@/components/ui/SelectField';
import type { ListQuery, Listing } from '@/lib/library/listing';
import type { Locale } from '@/lib/i18n/routing';

type Props = { query: ListQuery; facets: Listing['facets']; action: string; locale: Locale };

/** A GET form: the browser writes the query into the URL, so a search is a link that can be shared. */
export async function ArticleSearchForm({ query, facets, action, locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Library' });
  return (
    <form method="get" action={action} role="search" className="library-search" aria-label={t('searchLabel')}>
      <p className="field">
        <label htmlFor="library-q">{t('searchLabel')}</label>
        <input id="library-q" name="q" type="search" defaultValue={query.q} maxLength={200} aria-describedby="library-q-hint" dir="auto" />
        <span id="library-q-hint" className="muted">
          {t('searchHint')}
        </span>
      </p>
      <SelectField id="library-source" name="source" label={t('source')} any={t('anySource')} defaultValue={query.site ?? ''} options={facets.site.map((f) => ({ value: f.value, label: t('option', { label: f.value, count: f.count }) }))} />
      <SelectField
        id="library-lang"
        name="lang"
        label={t('originalLanguage')}
        any={t('anyLanguage')}
        defaultValue={query.lang ?? ''}
        options={facets.lang.map((f) => ({ value: f.value, label: t('option', { label: t('languageName', { lang: f.value }), count: f.count }) }))}
      />
      <p className="field">
        <button type="submit">{t('submit')}</button>
      </p>
    </form>
  );
}
