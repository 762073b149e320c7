import { getTranslations } from 'next-intl/server';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { LanguageSwitch } from './LanguageSwitch';

type Props = { locale: Locale };

/**
 * The site's header: links in the interface language (paths from the locale routing). Plain anchors, not next/link:
 * the pages are prerendered, and the client router's link code (about 3 KB gzip) would be on every page's first load.
 */
export async function SiteHeader({ locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Nav' });
  const ls = await getTranslations({ locale, namespace: 'LanguageSwitch' });
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('skip')}
      </a>
      <a href={localePath(locale, '/')} className="brand">
        {t('brand')}
      </a>
      <nav aria-label={t('label')}>
        <ul>
          <li>
            <a href={localePath(locale, '/')}>
              {t('home')}
            </a>
          </li>
          <li>
            <a href={localePath(locale, '/glossary')}>
              {t('glossary')}
            </a>
          </li>
          <li>
            <a href={localePath(locale, '/read')}>
              {t('read')}
            </a>
          </li>
          <li>
            <a href={localePath(locale, '/words')}>
              {t('words')}
            </a>
          </li>
          <li>
            <LanguageSwitch locale={locale} label={ls(locale === 'ar' ? 'en' : 'ar')} />
          </li>
        </ul>
      </nav>
    </header>
  );
}
