import { getTranslations } from 'next-intl/server';
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
      <p className="field">
        <label htmlFor="library-source">{t('source')}</label>
        <select id="library-source" name="source" defaultValue={query.site ?? ''}>
          <option value="">{t('anySource')}</option>
          {facets.site.map((f) => (
            <option key={f.value} value={f.value}>
              {t('option', { label: f.value, count: f.count })}
            </option>
          ))}
        </select>
      </p>
      <p className="field">
        <label htmlFor="library-lang">{t('originalLanguage')}</label>
        <select id="library-lang" name="lang" defaultValue={query.lang ?? ''}>
          <option value="">{t('anyLanguage')}</option>
          {facets.lang.map((f) => (
            <option key={f.value} value={f.value}>
              {t('option', { label: t('languageName', { lang: f.value }), count: f.count })}
            </option>
          ))}
        </select>
      </p>
      <p className="field">
        <button type="submit">{t('submit')}</button>
      </p>
    </form>
  );
}
