import { getTranslations } from 'next-intl/server';
import { renderingCounts, type ConcordanceRow } from '@/lib/content/concordance';
import type { Locale } from '@/lib/i18n/routing';

type Props = { rows: ConcordanceRow[]; locale: Locale };

/** How often each form was used in each language, most frequent first. */
export async function RenderingCounts({ rows, locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'TermPage' });
  return (
    <div className="rendering-counts">
      <h3>{t('renderings')}</h3>
      <dl>
        {(['en', 'ar'] as const).map((lang) => (
          <div key={lang}>
            <dt>{t('renderingsIn', { lang })}</dt>
            <dd>
              <ul data-rendering-counts={lang}>
                {renderingCounts(rows, lang).map(([form, count]) => (
                  <li key={form ?? ''}>
                    {form ? (
                      <span lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
                        {form}
                      </span>
                    ) : (
                      <span className="qa-missing-marker">{t('missing')}</span>
                    )}{' '}
                    <span className="count">×{count}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
