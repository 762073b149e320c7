'use client';

import { useTranslations } from 'next-intl';
import type { Texts } from '@/components/data/useAnnotate';

type Props = {
  texts: Texts;
  /** Before hydration the same form is drawn, inert, so nothing moves when it comes alive. */
  inert?: boolean;
  pending?: boolean;
  corrected?: boolean;
  onChange?: (lang: 'ar' | 'en', value: string) => void;
  onSubmit?: () => void;
  onClear?: () => void;
  onUndoAll?: () => void;
};

/** The two boxes and the actions of /read: read and annotate, clear, and undo all corrections once there are some. */
export function PasteForm({ texts, inert, pending, corrected, onChange, onSubmit, onClear, onUndoAll }: Props) {
  const t = useTranslations('Read');
  return (
    <form
      className="paste-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit?.();
      }}
    >
      <div className="paste-fields">
        {(['ar', 'en'] as const).map((lang) => (
          <label key={lang} className="paste-field">
            <span>{t(`label.${lang}`)}</span>
            <textarea
              name={lang}
              lang={lang}
              dir={lang === 'ar' ? 'rtl' : 'ltr'}
              rows={8}
              value={texts[lang]}
              disabled={inert}
              onChange={(e) => onChange?.(lang, e.target.value)}
              data-testid={`paste-${lang}`}
            />
          </label>
        ))}
      </div>
      <div className="paste-actions">
        <button type="submit" disabled={inert || pending || !(texts.ar.trim() || texts.en.trim())}>
          {t('annotate')}
        </button>
        <button type="button" onClick={onClear} disabled={inert}>
          {t('clear')}
        </button>
        {corrected && (
          <button type="button" onClick={onUndoAll} data-testid="undo-all">
            {t('undoAll')}
          </button>
        )}
      </div>
    </form>
  );
}
