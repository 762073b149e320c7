import { getTranslations } from 'next-intl/server';
import type { AnnotatedArticle } from '@/lib/content/annotate';
import type { Locale } from '@/lib/i18n/routing';
import { Mixed } from '@/components/ui/Mixed';

type Props = { article: AnnotatedArticle; locale: Locale };

/** Where the text comes from, its date, editorial notes and attribution, in the interface language. */
export async function ArticleInfo({ article, locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Reader' });
  return (
    <aside className="article-info" aria-labelledby="about-text">
      <h2 id="about-text">{t('aboutText')}</h2>
      <dl>
        <dt>{t('source')}</dt>
        <dd>
          <Mixed text={article.source[locale]} lang={locale} />
        </dd>
        <dt>{t('originalLanguage')}</dt>
        <dd>{t('languageName', { lang: article.originalLanguage })}</dd>
        <dt>{t('date')}</dt>
        <dd>{t('dateValue', { date: article.date, approximate: String(article.dateApproximate) })}</dd>
        {article.attribution && (
          <>
            <dt>{t('attribution')}</dt>
            <dd data-testid="attribution">
              <Mixed text={article.attribution[locale]} lang={locale} />
              {article.license && (
                <>
                  {' · '}
                  {article.licenseUrl ? <a href={article.licenseUrl}>{article.license}</a> : article.license}
                </>
              )}
            </dd>
          </>
        )}
      </dl>
      {article.notes.length > 0 && (
        <>
          <h3>{t('notes')}</h3>
          <ul className="notes">
            {article.notes.map((n) => (
              <li key={n.at + n.kind} data-note={n.kind}>
                <a href={`#p${n.at.split('.')[0]}`}>{t('noteAt', { at: n.at })}</a> <Mixed text={n[locale]} lang={locale} />
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
