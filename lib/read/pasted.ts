import type { AlignUnit } from '@/lib/api/align';
import { unitsFit } from './corrections';
import type { Codec } from '@/lib/storage/store';

/**
 * What the learner pasted, kept in the browser (lib/storage): `{"ar": …, "en": …}` under a versioned key, and,
 * once the pairing has been corrected, the corrected units and how many corrections made them
 * (`"units": [{"ar": {start, end} | null, "en": …, "score"}], "corrections": n`). Units are stored only with the
 * very texts they were made for (editing a text stores it without them), and are read back only if they fit the
 * texts beside them: units from another text are dropped, never applied.
 */
/** The storage key, with the format's version. */
export const PASTED_KEY = 'mizan.read.v1';

export type Pasted = { ar: string; en: string; units?: AlignUnit[]; corrections?: number };

/** `unreadable`: nothing could be kept; `corrections`: the texts were kept, the corrections were not. */
export type PastedProblem = 'unreadable' | 'corrections';

const EMPTY: Pasted = { ar: '', en: '' };

const isSpan = (s: unknown) => s === null || (typeof s === 'object' && typeof (s as AlignUnit['ar'] & object).start === 'number' && typeof (s as AlignUnit['ar'] & object).end === 'number');
const isUnit = (u: unknown): u is AlignUnit => {
  const { ar, en, score } = (u ?? {}) as Record<string, unknown>;
  return typeof u === 'object' && isSpan(ar) && isSpan(en) && (ar !== null || en !== null) && typeof score === 'number' && score >= 0 && score <= 1;
};

export const pastedCodec: Codec<Pasted, PastedProblem> = {
  empty: EMPTY,
  parse(raw) {
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return { value: EMPTY, problem: 'unreadable' };
    }
    const { ar, en, units, corrections } = (data ?? {}) as Record<string, unknown>;
    if (typeof data !== 'object' || (ar !== undefined && typeof ar !== 'string') || (en !== undefined && typeof en !== 'string')) {
      return { value: EMPTY, problem: 'unreadable' };
    }
    const texts = { ar: ar ?? '', en: en ?? '' };
    if (units === undefined) return { value: texts };
    const fits = Array.isArray(units) && units.every(isUnit) && unitsFit(texts, units);
    const count = typeof corrections === 'number' && Number.isInteger(corrections) && corrections > 0 ? corrections : 0;
    if (!fits || !count) return { value: texts, problem: 'corrections' };
    return { value: { ...texts, units, corrections: count } };
  },
  serialize: (p) => (p.ar || p.en ? JSON.stringify(p.units ? p : { ar: p.ar, en: p.en }) : null),
};

/**
 * The inline script /read runs before its first paint, as the last child of the form's region
 * (components/read/ReadYourOwn.tsx): it puts a stored text in the boxes at once, as the form will show it after
 * hydration (the codec's reading: texts that are not strings are unreadable, and left out), and marks the region
 * `data-pasted`, so the stylesheet keeps a screen's room for the result the page will show again: nothing flashes
 * empty, and the footer does not move when the result comes. Hydration keeps the boxes' values (React sets only
 * their default value).
 */
export function pastedBootScript(): string {
  return `(function(){try{var r=localStorage.getItem(${JSON.stringify(PASTED_KEY)});var v=r?JSON.parse(r):null;if(!v||typeof v!=='object')return;var a=v.ar===undefined?'':v.ar,e=v.en===undefined?'':v.en;if(typeof a!=='string'||typeof e!=='string'||!(a||e))return;var g=document.currentScript.parentElement,f=g.querySelector('form');g.setAttribute('data-pasted','');f.elements.ar.value=a;f.elements.en.value=e}catch(x){}})();`;
}
