import type { Codec } from '@/lib/storage/store';
/**
 * How the reader shows an article: layout, text sizes, line spacing, tashkeel. Kept in browser storage and in
 * the URL's search parameters (only what differs from the defaults), so a shared URL reproduces the view; the
 * URL wins over storage, key by key. Values are strings, as in a URL.
 */

export const LAYOUTS = ['side-by-side', 'interleaved', 'ar-only', 'en-only'] as const;
export const SIZES = ['85', '100', '115', '130', '150'] as const;
export const SPACINGS = ['compact', 'normal', 'wide'] as const;
export const TASHKEEL = ['show', 'hide'] as const;

export const SETTINGS = { layout: LAYOUTS, ar: SIZES, en: SIZES, spacing: SPACINGS, tashkeel: TASHKEEL } as const;
export type SettingKey = keyof typeof SETTINGS;
export type ReaderSettings = { [K in SettingKey]: (typeof SETTINGS)[K][number] };

export const DEFAULT_SETTINGS: ReaderSettings = { layout: 'side-by-side', ar: '100', en: '100', spacing: 'normal', tashkeel: 'show' };
export const SETTINGS_KEY = 'mizan.reader.v1';
export const KEYS = Object.keys(SETTINGS) as SettingKey[];

/** Line-height factor of each spacing. */
export const SPACING_FACTOR: Record<ReaderSettings['spacing'], number> = { compact: 0.85, normal: 1, wide: 1.25 };

const valid = <K extends SettingKey>(key: K, value: unknown): value is ReaderSettings[K] =>
  typeof value === 'string' && (SETTINGS[key] as readonly string[]).includes(value);

/** The stored settings: anything unreadable or invalid counts as not stored (a preference is cheap to redo). */
export function parseStoredSettings(raw: string | null): Partial<ReaderSettings> {
  let data: unknown;
  try {
    data = raw ? JSON.parse(raw) : null;
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null) return {};
  const out: Partial<Record<SettingKey, string>> = {};
  for (const key of KEYS) {
    const value = (data as Record<string, unknown>)[key];
    if (valid(key, value)) out[key] = value;
  }
  return out as Partial<ReaderSettings>;
}

/** How the settings are kept (lib/storage): the version is in the key; only the known keys are written. */
export const settingsCodec: Codec<Partial<ReaderSettings>, never> = {
  empty: {},
  parse: (raw) => ({ value: parseStoredSettings(raw) }),
  serialize: (s) => JSON.stringify(Object.fromEntries(KEYS.filter((k) => s[k] !== undefined).map((k) => [k, s[k]]))),
};

/** Defaults, overridden by storage, overridden by the URL; invalid values are ignored. */
export function resolveSettings(params: { get(name: string): string | null }, stored: Partial<ReaderSettings>): ReaderSettings {
  const out = { ...DEFAULT_SETTINGS, ...stored } as Record<SettingKey, string>;
  for (const key of KEYS) {
    const value = params.get(key);
    if (valid(key, value)) out[key] = value;
  }
  return out as ReaderSettings;
}

/** The search parameters that reproduce these settings, other parameters kept: only non-defaults are written. */
export function settingsSearch(current: string, settings: ReaderSettings): string {
  const params = new URLSearchParams(current);
  for (const key of KEYS) {
    if (settings[key] === DEFAULT_SETTINGS[key]) params.delete(key);
    else params.set(key, settings[key]);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The CSS custom properties the reader's stylesheet reads. */
export function settingsStyle(s: ReaderSettings): Record<string, string> {
  return { '--ar-scale': String(Number(s.ar) / 100), '--en-scale': String(Number(s.en) / 100), '--lh-scale': String(SPACING_FACTOR[s.spacing]) };
}

/**
 * The same resolution as a script that runs before the reader is painted, so a layout chosen in the URL or in
 * storage shows at once instead of after hydration. It sets the wrapper's attributes only (tashkeel waits for
 * hydration, since it changes text React hydrates). Generated from the tables above so the two cannot drift.
 */
export function settingsBootScript(): string {
  const table = JSON.stringify(SETTINGS);
  const factor = JSON.stringify(SPACING_FACTOR);
  return `(function(){try{var el=document.currentScript.parentElement,q=new URLSearchParams(location.search),T=${table},F=${factor},s={};
try{s=JSON.parse(localStorage.getItem(${JSON.stringify(SETTINGS_KEY)}))||{}}catch(e){}
function v(k){var x=q.get(k);if(T[k].indexOf(x)>=0)return x;x=s[k];return T[k].indexOf(x)>=0?x:null}
var l=v('layout');if(l)el.setAttribute('data-layout',l);
var a=v('ar');if(a)el.style.setProperty('--ar-scale',a/100);var e=v('en');if(e)el.style.setProperty('--en-scale',e/100);
var p=v('spacing');if(p)el.style.setProperty('--lh-scale',F[p]);}catch(e){}})();`;
}
