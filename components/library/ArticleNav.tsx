import { getTranslations } from 'next-intl/server';
import { getLibrary } from '@/lib/content/library';
import { neighbours, type ArticleSummary } from '@/lib/library/listing';
import type { Locale } from '@/lib/i18n/routing';
import { articlePath } from '@/lib/i18n/paths';

type Props = { slug: string; locale: Locale };

/** Previous and next in the index's order, and a few more articles from the same source. */
export async function ArticleNav({ slug, locale }: Props) {
  const near = neighbours(getLibrary().articles, slug);
  if (!near) return null;
  const t = await getTranslations({ locale, namespace: 'ArticleNav' });
  const link = (a: ArticleSummary, rel?: string) => (
    <a href={articlePath(locale, a.slug)} rel={rel}>
      {a.title[locale]}
    </a>
  );
  return (
    <nav aria-label={t('label')} className="article-nav" data-article-nav>
      <ul className="prev-next">
        {near.previous && (
          <li data-previous>
            <span className="muted">{t('previous')}</span> {link(near.previous, 'prev')}
          </li>
        )}
        {near.next && (
          <li data-next>
            <span className="muted">{t('next')}</span> {link(near.next, 'next')}
          </li>
        )}
      </ul>
      {near.sameSource.length > 0 && (
        <>
          <h2 id="more-from-source">{t('moreFrom', { site: near.sameSource[0].site })}</h2>
          <ul aria-labelledby="more-from-source" data-same-source>
            {near.sameSource.map((a) => (
              <li key={a.slug}>{link(a)}</li>
            ))}
          </ul>
        </>
      )}
    </nav>
  );
}
