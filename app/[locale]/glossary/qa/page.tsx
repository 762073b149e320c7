import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getArticles } from '@/lib/content';
import { plainText } from '@/lib/content/annotate';
import { getChecks } from '@/lib/content/corpus';
import { pageLocale } from '@/lib/i18n/locale';
import { rankByProblems } from '@/lib/review/corpusQa';
import { pageMetadata } from '@/lib/seo';
import { articlePath } from '@/lib/i18n/paths';

export const dynamicParams = false;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'CorpusQa' });
  return pageMetadata({ locale, path: '/glossary/qa', title: t('title'), description: t('intro') });
}

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
      <div className="table-scroll">
        <table className="corpus-qa-table">
          <caption className="visually-hidden">{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('article')}</th>
              <th scope="col">{t('missing')}</th>
              <th scope="col">{t('variant')}</th>
              <th scope="col">{t('ok')}</th>
              <th scope="col">{t('terms')}</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
    </div>
  );
}
