import { getTranslations } from 'next-intl/server';
import { EXPORT_FORMATS } from '@/lib/content/exports';
import type { Locale } from '@/lib/i18n/routing';

type Props = { locale: Locale };

/** Download links for every export; each is also a stable URL a tool can fetch. */
export async function ExportLinks({ locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Exports' });
  return (
    <section className="exports" aria-labelledby="exports">
      <h2 id="exports">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <ul>
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <a href={`/api/glossary/export/${format}`} download data-export={format}>
              {t(`format.${format}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
