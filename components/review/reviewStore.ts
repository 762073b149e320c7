import { storedItem, useStored, type Codec } from '@/lib/storage/store';

/** Whether review mode is on: kept in browser storage so it survives reloads and applies to every article. */
const codec: Codec<boolean, never> = { empty: false, parse: (raw) => ({ value: raw === 'on' }), serialize: (on) => (on ? 'on' : 'off') };
// When storage is unavailable (private mode, a full quota) the store keeps the choice for the page's life.
const item = storedItem('mizan.review.v1', codec);
const SERVER = { value: false };

export function setReviewMode(on: boolean) {
  item.set(on);
}

export function useReviewMode(): boolean {
  return useStored(item, SERVER)[0].value;
}
