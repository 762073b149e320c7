import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** False while the server's HTML is being hydrated, true afterwards: lets a leaf enhance itself once JS runs. */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
