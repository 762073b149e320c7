import { getTranslations } from 'next-intl/server';
import { getArticles, getGlossary } from '@/lib/content';
import { getCandidates } from '@/lib/content/candidates';
import { pageLocale } from '@/lib/i18n/locale';
import { introMetadata } from '@/lib/seo';
import { articlePath } from '@/lib/i18n/paths';

export const dynamicParams = false;

/** The list shown: the best-ranked candidates (npm run terms:candidates prints as many as asked). */
const SHOWN = 100;

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = introMetadata('Candidates', '/glossary/candidates');

/** Term candidates for terminologists: pairs mined from the aligned corpus, not yet in the glossary. */
export default async function CandidatesPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations('Candidates');
  const all = getCandidates(getArticles(), getGlossary());
  return (
    <div className="page candidates">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p data-candidates-total={all.length}>{t('count', { shown: Math.min(SHOWN, all.length), total: all.length })}</p>
      <ol className="candidate-list">
        {all.slice(0, SHOWN).map((c) => (
          <li key={`${c.en}|${c.ar}`} data-candidate>
            <p className="candidate-pair">
              <span lang="en" dir="ltr" data-candidate-en>
                {c.en}
              </span>
              {' ↔ '}
              <span lang="ar" dir="rtl" className="ar" data-candidate-ar>
                {c.ar}
              </span>
            </p>
            <p className="muted">{t('figures', { freq: c.freq, docs: c.docs, dice: c.dice.toFixed(2), g2: c.g2.toFixed(1) })}</p>
            <details>
              <summary>{t('examples', { count: c.examples.length })}</summary>
              <ul>
                {c.examples.map((e) => (
                  <li key={`${e.doc}|${e.id}`}>
                    <p lang="ar" dir="rtl" className="ar">
                      {e.ar}
                    </p>
                    <p lang="en" dir="ltr">
                      {e.en}
                    </p>
                    <p>
                      <a href={articlePath(locale, e.doc)}>{t('source', { unit: e.id })}</a>
                    </p>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
    </div>
  );
}
