import 'server-only';
import { getTranslations } from 'next-intl/server';
import { listenLabels } from '@/components/glossary/cardData';
import type { Locale } from '@/lib/i18n/routing';
import { LAYOUTS, SIZES, SPACINGS } from '@/lib/reader/settings';
import type { ReaderControlsLabels } from './ReaderControls';

/** The reader controls' words, formatted on the server: the controls take strings, not a message formatter. */
export async function readerControlsLabels(locale: Locale): Promise<ReaderControlsLabels> {
  const t = await getTranslations({ locale, namespace: 'ReaderControls' });
  const l = await getTranslations({ locale, namespace: 'Learn' });
  const listen = await listenLabels(locale);
  return {
    settings: t('settings'),
    layout: t('layout'),
    layouts: Object.fromEntries(LAYOUTS.map((layout) => [layout, t(`layouts.${layout}`)])) as ReaderControlsLabels['layouts'],
    arLabel: t('arLabel'),
    enLabel: t('enLabel'),
    spacingLabel: t('spacingLabel'),
    sizes: Object.fromEntries(SIZES.map((size) => [size, t('size', { value: Number(size) / 100 })])),
    spacings: Object.fromEntries(SPACINGS.map((spacing) => [spacing, t(`spacings.${spacing}`)])),
    tashkeel: t('tashkeel'),
    keys: t('keys'),
    listen: {
      group: l('listenSentence'),
      ar: { ...listen.ar, button: l('listenSentenceIn', { lang: 'ar' }) },
      en: { ...listen.en, button: l('listenSentenceIn', { lang: 'en' }) },
    },
  };
}
