import type { Metadata } from 'next';
import { pageLocale } from '@/lib/i18n/locale';
import { getTranslations } from 'next-intl/server';
import { getArticles } from '@/lib/content';
import { plainText } from '@/lib/content/annotate';
import Link from 'next/link';
import { localePath } from '@/lib/i18n/paths';
import { pageMetadata } from '@/lib/seo';

// Only the prerendered locales (and articles) exist: anything else is a 404, never rendered on demand.
export const dynamicParams = false;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const meta = await getTranslations({ locale, namespace: 'Meta' });
  return pageMetadata({ locale, path: '', title: t('title'), description: meta('description') });
}

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations('Home');
  const articles = getArticles();
  const other = locale === 'ar' ? 'en' : 'ar';
  return (
    <div className="page home">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <h2>{t('articles')}</h2>
      <ul className="article-list">
        {articles.map((a) => (
          <li key={a.slug} data-article={a.slug}>
            <Link href={localePath(locale, `/articles/${a.slug}`)} className="article-link">
              <span lang={locale} className={locale === 'ar' ? 'ar' : undefined}>
                {plainText(a.title[locale])}
              </span>
            </Link>
            <p lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'} className={`other-title ${other === 'ar' ? 'ar' : ''}`}>
              {plainText(a.title[other])}
            </p>
            <p className="article-meta">
              {t('meta', { original: a.originalLanguage, date: a.date, approximate: String(a.dateApproximate) })}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
