/**
 * One browser-storage key as an external store for useSyncExternalStore: the raw string is the snapshot (stable
 * between changes), writes in this tab notify at once, writes in other tabs arrive through the storage event.
 * Blocked or full storage reads as nothing and writes as a no-op: the page keeps working.
 */
export type LocalKey = { get(): string | null; set(value: string | null): void; subscribe(listener: () => void): () => void };

export function localKey(key: string): LocalKey {
  const listeners = new Set<() => void>();
  const get = () => {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  return {
    get,
    set(value) {
      try {
        if (value === null) window.localStorage.removeItem(key);
        else window.localStorage.setItem(key, value);
      } catch {
        // Storage blocked or full: nothing to do but carry on.
      }
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      const onStorage = (e: StorageEvent) => e.key === key && listener();
      window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(listener);
        window.removeEventListener('storage', onStorage);
      };
    },
  };
}
