import { useLocale, useTranslations } from 'next-intl';
import { localePath } from '@/lib/i18n/paths';

export default function NotFound() {
  const t = useTranslations('NotFound');
  const locale = useLocale();
  return (
    <div className="page not-found">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <a href={localePath(locale, '/')}>{t('home')}</a>
      </p>
    </div>
  );
}
