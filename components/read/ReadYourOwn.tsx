'use client';

import { useEffect, useLayoutEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import type { Texts } from '@/components/data/useAnnotate';
import { useHydrated } from '@/components/ui/useHydrated';
import type { Lang } from '@/lib/i18n/locales';
import type { PairingData, PairingProps } from './Pairing';
import { PasteForm, type PasteLabels } from './PasteForm';
import { pastedItem } from './storage';

/** The words of the form and of its status line until the pairing's code has loaded, formatted on the server. */
export type ReadLabels = PasteLabels & {
  pending: string;
  network: string;
  notKept: string;
  needsScript: string;
  /** With `{key}` where the backup's storage key goes. */
  keptAside: string;
  correctionsDropped: string;
};

type Props = { locale: Lang; labels: ReadLabels; dataUrl: string; cardDataUrl: string };
type RegionProps = Props & {
  /** The server's inline script that fills the boxes from storage before the first paint (lib/read/pasted.ts). */
  boot: ReactNode;
};
type Loaded = { Pairing: ComponentType<PairingProps>; data: PairingData };

const EMPTY: Texts = { ar: '', en: '' };

/**
 * /read's form. The server draws it (inert until hydration, with a sentence for a browser without JavaScript), and
 * this small part makes it live: the boxes, kept in browser storage as they are typed. The pairing's code (the
 * aligner's calls, the units and their corrections, review mode, the cards, the message formatter) and its data
 * load on the first submit, or at once when storage holds a pasted text to show again; then that code draws the
 * same form in the same place, from the same storage, and takes over.
 */
export function ReadYourOwn({ boot, ...props }: RegionProps) {
  const { labels } = props;
  // Until hydration the same form is drawn, inert, with an empty status line, so nothing below it moves when it
  // comes alive (no layout shift); a stored text is already in its boxes (the boot script).
  const hydrated = useHydrated();
  return (
    <div className="paste-region">
      {hydrated ? (
        <LiveForm {...props} />
      ) : (
        <>
          <PasteForm labels={labels} texts={EMPTY} inert />
          <noscript>
            <p className="paste-status">{labels.needsScript}</p>
          </noscript>
          <div className="paste-status" />
        </>
      )}
      {boot}
    </div>
  );
}

/** Where focus was in the form when the pairing's form replaced it: the control's index and a text's selection. */
type Focus = { index: number; start: number | null; end: number | null };

const formElement = () => document.querySelector<HTMLFormElement>('form.paste-form');

function LiveForm({ locale, labels, dataUrl, cardDataUrl }: Props) {
  // Read once, as the pairing's code reads it again when it takes over (storage's recovery too).
  const [stored] = useState(pastedItem.snapshot);
  const [texts, setTexts] = useState<Texts>({ ar: stored.value.ar, en: stored.value.en });
  const [unsaved, setUnsaved] = useState(false);
  // A text to show again is read at once; otherwise the code waits for the first submit.
  const [wanted, setWanted] = useState(Boolean(stored.value.ar || stored.value.en));
  const [failed, setFailed] = useState(false);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const loading = useRef<Promise<Loaded> | null>(null);
  const focus = useRef<Focus | null>(null);

  const load = () =>
    (loading.current ??= Promise.all([
      import('./Pairing'),
      fetch(dataUrl).then((r) => (r.ok ? (r.json() as Promise<PairingData>) : Promise.reject(new Error(`${dataUrl}: ${r.status}`)))),
    ]).then(
      ([mod, data]) => ({ Pairing: mod.Pairing, data }),
      (e: unknown) => {
        loading.current = null; // the next submit tries again
        throw e;
      },
    ));

  useEffect(() => {
    if (!wanted) return;
    let live = true;
    load().then(
      (l) => {
        if (!live) return;
        const form = formElement();
        const active = document.activeElement;
        const index = form ? Array.prototype.indexOf.call(form.elements, active) : -1;
        const text = active instanceof HTMLTextAreaElement ? active : null;
        focus.current = index >= 0 ? { index, start: text?.selectionStart ?? null, end: text?.selectionEnd ?? null } : null;
        setLoaded(l);
      },
      () => {
        if (!live) return;
        setWanted(false);
        setFailed(true);
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load is stable (its promise is kept in a ref)
  }, [wanted]);

  // The pairing's form is a new element in the same place: focus goes back where it was (unless that control is
  // now disabled, as the submit button is while the pair is read).
  useLayoutEffect(() => {
    const f = focus.current;
    if (!loaded || !f) return;
    focus.current = null;
    const el = formElement()?.elements[f.index];
    if (!(el instanceof HTMLElement) || (el as HTMLButtonElement).disabled) return;
    el.focus();
    if (el instanceof HTMLTextAreaElement && f.start !== null) el.setSelectionRange(f.start, f.end ?? f.start);
  }, [loaded]);

  if (loaded) return <loaded.Pairing locale={locale} data={loaded.data} cardDataUrl={cardDataUrl} />;

  const write = (value: Texts) => setUnsaved(!pastedItem.set(value) && Boolean(value.ar || value.en));
  const recovery = stored.recovery;
  return (
    <>
      <PasteForm
        labels={labels}
        texts={texts}
        pending={wanted}
        onChange={(lang, value) => {
          const next = { ...texts, [lang]: value };
          setTexts(next);
          write(next);
          void load().catch(() => {}); // typing: fetch the code now, so the submit does not wait for it
        }}
        onSubmit={() => {
          if (!(texts.ar.trim() || texts.en.trim())) return;
          setFailed(false);
          setWanted(true);
        }}
        onClear={() => {
          setTexts(EMPTY);
          write(EMPTY);
        }}
      />
      <div role="status" aria-live="polite" className="paste-status">
        {wanted && labels.pending}
        {unsaved && (
          <span className="paste-error" data-testid="not-kept">
            {labels.notKept}{' '}
          </span>
        )}
        {recovery && (
          <span data-testid="kept-aside">
            {(recovery.problem === 'corrections' ? labels.correctionsDropped : labels.keptAside).replace('{key}', recovery.backupKey || pastedItem.key)}{' '}
          </span>
        )}
        {failed && (
          <span className="paste-error" data-testid="paste-error">
            {labels.network}
          </span>
        )}
      </div>
    </>
  );
}
