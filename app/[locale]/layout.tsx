import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { arabicFontVariables } from '@/components/layout/fonts';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { pageLocale } from '@/lib/i18n/locale';
import { directionOf, routing } from '@/lib/i18n/routing';
import { SITE_URL } from '@/lib/seo';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: t('title'), template: t('titleTemplate') },
    description: t('description'),
  };
}

// No message formatter here: client leaves get their strings as props from server parents; the few pages whose
// leaves format messages in the browser (/read, /words) wrap them in ClientMessages.
export default async function LocaleLayout({ children, params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Footer' });
  return (
    <html lang={locale} dir={directionOf(locale)} className={arabicFontVariables}>
      <body>
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>{t('about')}</p>
        </footer>
      </body>
    </html>
  );
}
