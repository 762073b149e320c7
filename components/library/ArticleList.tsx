import { getTranslations } from 'next-intl/server';
import type { ArticleSummary } from '@/lib/library/listing';
import type { Locale } from '@/lib/i18n/routing';
import { articlePath } from '@/lib/i18n/paths';

type Props = { items: ArticleSummary[]; locale: Locale };

/** One page of articles: both titles, each in its own language and direction, and what the article holds. */
export async function ArticleList({ items, locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Library' });
  const other = locale === 'ar' ? 'en' : 'ar';
  if (items.length === 0) return <p className="muted">{t('none')}</p>;
  return (
    <ul className="article-list">
      {items.map((a) => (
        <li key={a.slug} data-article={a.slug}>
          <a href={articlePath(locale, a.slug)} className="article-link">
            {a.title[locale]}
          </a>
          <p lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'} className={`other-title ${other === 'ar' ? 'ar' : ''}`}>
            {a.title[other]}
          </p>
          <p className="article-meta">
            <span data-site={a.site}>{a.site}</span>
            {' · '}
            {t('date', { date: a.date, approximate: String(a.dateApproximate) })}
            {' · '}
            {t('original', { lang: a.originalLanguage })}
            {' · '}
            {t('words', { count: a.words[locale] })}
            {' · '}
            <span data-terms={a.terms}>{t('terms', { count: a.terms })}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
