import type { Texts } from '@/components/data/useAnnotate';
import type { Lang } from '@/lib/i18n/locales';

/** The form's words, formatted where the form is drawn (the server for the first paint, the pairing's code later). */
export type PasteLabels = { ar: string; en: string; annotate: string; clear: string; undoAll: string };

type Props = {
  labels: PasteLabels;
  texts: Texts;
  /** Before hydration the same form is drawn, inert, so nothing moves when it comes alive. */
  inert?: boolean;
  pending?: boolean;
  corrected?: boolean;
  onChange?: (lang: Lang, value: string) => void;
  onSubmit?: () => void;
  onClear?: () => void;
  onUndoAll?: () => void;
};

/** The two boxes and the actions of /read: read and annotate, clear, and undo all corrections once there are some. */
export function PasteForm({ labels, texts, inert, pending, corrected, onChange, onSubmit, onClear, onUndoAll }: Props) {
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
            <span>{labels[lang]}</span>
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
          {labels.annotate}
        </button>
        <button type="button" onClick={onClear} disabled={inert}>
          {labels.clear}
        </button>
        {corrected && (
          <button type="button" onClick={onUndoAll} data-testid="undo-all">
            {labels.undoAll}
          </button>
        )}
      </div>
    </form>
  );
}
