import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { LanguageSwitch } from './LanguageSwitch';

type Props = { locale: Locale };

export async function SiteHeader({ locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Nav' });
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('skip')}
      </a>
      <Link href="/" className="brand" locale={locale}>
        {t('brand')}
      </Link>
      <nav aria-label={t('label')}>
        <ul>
          <li>
            <Link href="/" locale={locale}>
              {t('home')}
            </Link>
          </li>
          <li>
            <Link href="/glossary" locale={locale}>
              {t('glossary')}
            </Link>
          </li>
          <li>
            <Link href="/read" locale={locale}>
              {t('read')}
            </Link>
          </li>
          <li>
            <Link href="/words" locale={locale}>
              {t('words')}
            </Link>
          </li>
          <li>
            <LanguageSwitch />
          </li>
        </ul>
      </nav>
    </header>
  );
}
