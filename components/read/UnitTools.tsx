'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { MenuContent, MenuGroup, MenuItem, MenuLabel, MenuRoot, MenuTrigger } from '@/components/ui/Menu';
import type { Lang } from '@/lib/reader/pageText';
import type { SplitOption } from '@/lib/read/corrections';
import type { RowInfo } from '@/lib/read/rows';

type Props = {
  k: number;
  total: number;
  info: RowInfo;
  locale: Lang;
  splits: SplitOption[];
  onJoin: () => void;
  onSplit: (option: SplitOption) => void;
  /** The row's label, focused after a correction so a keyboard or screen-reader user stays on the row. */
  labelRef: (el: HTMLElement | null) => void;
};

/**
 * A row's marks and corrections: its number, whether the aligner is unsure of it (in words, not colour only),
 * "Join with the next pair" (a button) and "Split" (a menu of the row's sentence boundaries, on either side). Real
 * buttons and menu items: mouse, keyboard and touch alike, nothing on hover only.
 */
export function UnitTools({ k, total, info, locale, splits, onJoin, onSplit, labelRef }: Props) {
  const t = useTranslations('Read');
  // A chosen split moves focus to the row's label (the page does it); closing the menu otherwise returns it to
  // the trigger, as Radix does.
  const chosen = useRef(false);
  const groups = (['ar', 'en'] as const).map((lang) => ({ lang, options: splits.filter((s) => s.lang === lang) })).filter((g) => g.options.length);
  return (
    <div className="unit-tools" data-unit-tools={k + 1}>
      <span className="unit-label" tabIndex={-1} ref={labelRef}>
        {t('unit', { n: k + 1, total })}
      </span>
      {info.low && (
        <span className="unit-check" data-check>
          <span aria-hidden="true">⚠ </span>
          {t('check')}
        </span>
      )}
      {k + 1 < total && (
        <button type="button" className="unit-button" onClick={onJoin} data-join={k + 1} aria-label={t('joinLabel', { n: k + 1, next: k + 2 })}>
          {t('join')}
        </button>
      )}
      {groups.length > 0 && (
        <MenuRoot dir={locale === 'ar' ? 'rtl' : 'ltr'}>
          <MenuTrigger className="unit-button" data-split={k + 1} aria-label={t('splitLabel', { n: k + 1 })}>
            {t('split')} <span aria-hidden="true">▾</span>
          </MenuTrigger>
          <MenuContent
            onCloseAutoFocus={(e) => {
              if (chosen.current) e.preventDefault();
              chosen.current = false;
            }}
          >
            {groups.map(({ lang, options }) => (
              <MenuGroup key={lang}>
                <MenuLabel>{t('splitSide', { lang })}</MenuLabel>
                {options.map((o) => (
                  <MenuItem key={o.at} onSelect={() => {
                      chosen.current = true;
                      onSplit(o);
                    }} data-split-at={`${o.lang}:${o.n}`}>
                    {t('splitAfter', { n: o.n })}{' '}
                    <q lang={o.lang} dir={o.lang === 'ar' ? 'rtl' : 'ltr'} className="menu-quote">
                      {o.ending}
                    </q>
                  </MenuItem>
                ))}
              </MenuGroup>
            ))}
          </MenuContent>
        </MenuRoot>
      )}
    </div>
  );
}
