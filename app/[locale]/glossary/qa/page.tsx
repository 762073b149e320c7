import { getTranslations } from 'next-intl/server';
import { getArticles } from '@/lib/content';
import { plainText } from '@/lib/content/annotate';
import { getChecks } from '@/lib/content/corpus';
import { pageLocale } from '@/lib/i18n/locale';
import { rankByProblems } from '@/lib/review/corpusQa';
import { introMetadata } from '@/lib/seo';
import { articlePath } from '@/lib/i18n/paths';
import { DataTable } from '@/components/ui/DataTable';

export const dynamicParams = false;

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = introMetadata('CorpusQa', '/glossary/qa');

/** Term QA over the whole corpus: the articles with most problems first, each a link into review mode. */
export default async function CorpusQaPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations('CorpusQa');
  const ranked = rankByProblems(getArticles().map((a) => ({ slug: a.slug, title: { ar: plainText(a.title.ar), en: plainText(a.title.en) }, pairs: getChecks(a.slug) })));
  const totals = ranked.reduce((s, r) => ({ variant: s.variant + r.variant, missing: s.missing + r.missing, ok: s.ok + r.ok }), { ok: 0, variant: 0, missing: 0 });
  return (
    <div className="page corpus-qa">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p data-corpus-totals>{t('totals', { articles: ranked.length, ok: totals.ok, variant: totals.variant, missing: totals.missing })}</p>
      <DataTable className="corpus-qa-table" caption={t('caption')} hiddenCaption columns={[t('article'), t('missing'), t('variant'), t('ok'), t('terms')]}>
        {ranked.map((r) => (
          <tr key={r.slug} data-qa-article={r.slug} data-problems={r.missing + r.variant}>
            <td>
              <a href={`${articlePath(locale, r.slug)}?review=on`}>{r.title[locale]}</a>
            </td>
            <td>{r.missing}</td>
            <td>{r.variant}</td>
            <td>{r.ok}</td>
            <td>{r.terms}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
