import { getTranslations } from 'next-intl/server';
import { pageWindow } from '@/lib/library/listing';
import type { Locale } from '@/lib/i18n/routing';

type Props = { page: number; pages: number; href: (page: number) => string; label: string; locale: Locale };

/** Links to the other pages of a listing (plain links: they work without JavaScript). */
export async function Pagination({ page, pages, href, label, locale }: Props) {
  if (pages <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'Library' });
  return (
    <nav aria-label={label} className="pagination" data-pagination>
      <ul>
        <li>{page > 1 ? <a href={href(page - 1)} rel="prev">{t('previousPage')}</a> : <span aria-hidden="true" className="muted">{t('previousPage')}</span>}</li>
        {pageWindow(page, pages).map((n, i) =>
          n === 0 ? (
            <li key={`gap${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              <a href={href(n)} aria-current={n === page ? 'page' : undefined} aria-label={t('pageN', { n })}>
                {n}
              </a>
            </li>
          ),
        )}
        <li>{page < pages ? <a href={href(page + 1)} rel="next">{t('nextPage')}</a> : <span aria-hidden="true" className="muted">{t('nextPage')}</span>}</li>
      </ul>
    </nav>
  );
}
