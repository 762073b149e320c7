'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useState, type ReactNode } from 'react';
import { SentenceListen, type SentenceListenLabels } from '@/components/learn/SentenceListen';
import { LAYOUTS, SETTINGS, SETTINGS_KEY, resolveSettings, settingsCodec, settingsSearch, settingsStyle, type ReaderSettings, type SettingKey } from '@/lib/reader/settings';
import { storedItem } from '@/lib/storage/store';
import { setTashkeel } from './tashkeel';

const stored = storedItem(SETTINGS_KEY, settingsCodec);

/** The controls' words, formatted on the server (components/reader/labels.ts). */
export type ReaderControlsLabels = {
  settings: string;
  layout: string;
  layouts: Record<(typeof LAYOUTS)[number], string>;
  arLabel: string;
  enLabel: string;
  spacingLabel: string;
  sizes: Record<string, string>;
  spacings: Record<string, string>;
  tashkeel: string;
  keys: string;
  listen: SentenceListenLabels;
};

/** Apply settings to the reader's wrapper (the DOM outside React's render) and keep the URL reproducing them. */
function apply(s: ReaderSettings) {
  const root = document.getElementById('reader-view');
  if (!root) return;
  root.setAttribute('data-layout', s.layout);
  for (const [name, value] of Object.entries(settingsStyle(s))) root.style.setProperty(name, value);
  setTashkeel(root, s.tashkeel === 'show');
  const search = settingsSearch(window.location.search, s);
  if (search !== window.location.search) window.history.replaceState(null, '', window.location.pathname + search + window.location.hash);
}

/**
 * The reader's toolbar, one compact row: the view settings (layout, Arabic and English text size, line spacing,
 * tashkeel) behind a disclosure, listening to the current sentence, and whatever tools the page adds (review mode). Settings come from the URL, then storage, then defaults; a change is stored and put in the URL.
 * Rendered in the browser only (useSearchParams on a prerendered page), inside a Suspense boundary.
 */
export function ReaderControls({ labels, children }: { labels: ReaderControlsLabels; children?: ReactNode }) {
  // Null only under the Pages Router (pages/_error.tsx makes Next type it so); the reader is an App Router page.
  const params = useSearchParams() ?? new URLSearchParams();
  // Read once: this component renders in the browser only, so storage is there. Later changes are this state's.
  const [settings, setSettings] = useState(() => resolveSettings(params, stored.snapshot().value));
  useEffect(() => apply(settings), [settings]);

  const change = <K extends SettingKey>(key: K, value: ReaderSettings[K]) => {
    const next = { ...settings, [key]: value };
    stored.set(next);
    setSettings(next);
  };
  return (
    <ReaderControlsView settings={settings} change={change} labels={labels}>
      {children}
    </ReaderControlsView>
  );
}

type ViewProps = {
  settings: ReaderSettings;
  labels: ReaderControlsLabels;
  change?: <K extends SettingKey>(key: K, value: ReaderSettings[K]) => void;
  /** More tools for the same toolbar (the review mode switch). */
  children?: ReactNode;
};

/**
 * The controls' markup. Without `change` (the server's Suspense fallback, before hydration) it shows the defaults,
 * disabled: the same boxes as the live controls, so nothing below them moves when the page hydrates.
 */
export function ReaderControlsView({ settings, labels, change, children }: ViewProps) {
  const disabled = !change;
  // The select offers only the key's options, so its value is one of them.
  const select = <K extends Exclude<SettingKey, 'layout' | 'tashkeel'>>(key: K, options: readonly ReaderSettings[K][], label: (o: ReaderSettings[K]) => string) => (
    <label className="control">
      <span>{labels[`${key}Label`]}</span>
      <select value={settings[key]} data-setting={key} onChange={(e) => change?.(key, e.target.value as ReaderSettings[K])} disabled={disabled}>
        {options.map((o) => (
          <option key={o} value={o}>
            {label(o)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="reader-controls" data-testid="reader-controls">
      <details className="reader-settings">
        <summary>{labels.settings}</summary>
        <div className="reader-settings-body">
          <fieldset className="control layout-control">
            <legend>{labels.layout}</legend>
            {LAYOUTS.map((layout) => (
              <label key={layout}>
                <input type="radio" name="layout" value={layout} checked={settings.layout === layout} onChange={() => change?.('layout', layout)} disabled={disabled} />
                {labels.layouts[layout]}
              </label>
            ))}
          </fieldset>
          {select('ar', SETTINGS.ar, (o) => labels.sizes[o])}
          {select('en', SETTINGS.en, (o) => labels.sizes[o])}
          {select('spacing', SETTINGS.spacing, (o) => labels.spacings[o])}
          <label className="control">
            <input type="checkbox" data-setting="tashkeel" checked={settings.tashkeel === 'show'} onChange={(e) => change?.('tashkeel', e.target.checked ? 'show' : 'hide')} disabled={disabled} />
            {labels.tashkeel}
          </label>
          <p className="reader-keys">{labels.keys}</p>
        </div>
      </details>
      <SentenceListen labels={labels.listen} />
      {children}
    </div>
  );
}
