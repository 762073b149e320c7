import { getTranslations } from 'next-intl/server';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { LanguageSwitch } from './LanguageSwitch';

type Props = { locale: Locale };

/** The site's sections, in the order the navigation lists them: path and the Nav message that names it. */
const LINKS = [
  ['/', 'home'],
  ['/glossary', 'glossary'],
  ['/read', 'read'],
  ['/words', 'words'],
] as const;

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
          {LINKS.map(([path, key]) => (
            <li key={path}>
              <a href={localePath(locale, path)}>{t(key)}</a>
            </li>
          ))}
          <li>
            <LanguageSwitch locale={locale} label={ls(locale === 'ar' ? 'en' : 'ar')} />
          </li>
        </ul>
      </nav>
    </header>
  );
}
