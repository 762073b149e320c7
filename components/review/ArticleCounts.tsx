import { getTranslations } from 'next-intl/server';
import type { ConcordanceRow } from '@/lib/content/concordance';
import { countsPerArticle } from '@/lib/review/concordanceQuery';
import type { Locale } from '@/lib/i18n/routing';
import { articlePath } from '@/lib/i18n/paths';
import { DataTable } from '@/components/ui/DataTable';

type Props = { rows: ConcordanceRow[]; locale: Locale; limit?: number };

/** In which articles a term occurs, how often and with how many problems: the articles with most first. */
export async function ArticleCounts({ rows, locale, limit = 20 }: Props) {
  const t = await getTranslations({ locale, namespace: 'TermPage' });
  const counts = countsPerArticle(rows);
  return (
    <DataTable
      className="article-counts"
      data-article-counts={counts.length}
      caption={t('perArticle', { count: counts.length })}
      columns={[t('article'), t('occurrences'), t('problems')]}
      after={counts.length > limit && <p className="muted">{t('moreArticles', { count: counts.length - limit })}</p>}
    >
      {counts.slice(0, limit).map((c) => (
        <tr key={c.slug} data-article-count={c.slug}>
          <td>
            <a href={articlePath(locale, c.slug)}>{c.title[locale]}</a>
          </td>
          <td>{c.ok + c.variant + c.missing}</td>
          <td>{c.variant + c.missing}</td>
        </tr>
      ))}
    </DataTable>
  );
}
