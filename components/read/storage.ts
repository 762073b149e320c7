import { storedItem, type Codec } from '@/lib/storage/store';

/** What the learner pasted, kept in the browser (lib/storage): `{"ar": …, "en": …}` under a versioned key. */
export type Pasted = { ar: string; en: string };

const EMPTY: Pasted = { ar: '', en: '' };

const codec: Codec<Pasted, 'unreadable'> = {
  empty: EMPTY,
  parse(raw) {
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return { value: EMPTY, problem: 'unreadable' };
    }
    const { ar, en } = (data ?? {}) as Record<string, unknown>;
    if (typeof data !== 'object' || (ar !== undefined && typeof ar !== 'string') || (en !== undefined && typeof en !== 'string')) {
      return { value: EMPTY, problem: 'unreadable' };
    }
    return { value: { ar: ar ?? '', en: en ?? '' } };
  },
  serialize: (p) => (p.ar || p.en ? JSON.stringify(p) : null),
};

export const pastedItem = storedItem('mizan.read.v1', codec);
