import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { LanguageSwitch } from './LanguageSwitch';

type Props = { locale: Locale };

/** The site's header: links in the interface language (next/link, paths from the locale routing). */
export async function SiteHeader({ locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Nav' });
  const ls = await getTranslations({ locale, namespace: 'LanguageSwitch' });
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('skip')}
      </a>
      <Link href={localePath(locale, '/')} className="brand">
        {t('brand')}
      </Link>
      <nav aria-label={t('label')}>
        <ul>
          <li>
            <Link href={localePath(locale, '/')}>
              {t('home')}
            </Link>
          </li>
          <li>
            <Link href={localePath(locale, '/glossary')}>
              {t('glossary')}
            </Link>
          </li>
          <li>
            <Link href={localePath(locale, '/read')}>
              {t('read')}
            </Link>
          </li>
          <li>
            <Link href={localePath(locale, '/words')}>
              {t('words')}
            </Link>
          </li>
          <li>
            <LanguageSwitch locale={locale} label={ls(locale === 'ar' ? 'en' : 'ar')} />
          </li>
        </ul>
      </nav>
    </header>
  );
}
