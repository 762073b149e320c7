/**
 * The one way the app keeps things in the browser (localStorage): settings, saved words, review mode, pasted texts.
 *
 * A stored item is a key and a codec. The key carries the format's version (`mizan.reader.v1`), or the value does
 * (`{"v":2,…}` for saved words); the codec's `parse` validates whatever storage holds and says what it could not
 * keep. Then:
 * - a value that could not all be read is first copied aside to `<key>.backup` (or `.backup.2`, `.3`…, never
 *   overwriting an earlier copy), then replaced by what could be read; the snapshot says where the copy went;
 * - blocked or full storage never throws: a refused write keeps the value in memory for the page's life and the
 *   snapshot says `unsaved`, so the page can warn that it will not survive a reload;
 * - snapshots are stable between changes (for useSyncExternalStore); writes in this tab notify at once, writes in
 *   other tabs arrive through the storage event.
 */

import { useSyncExternalStore } from 'react';

export type Parsed<T, P> = { value: T; problem?: P };

export type Codec<T, P = string> = {
  /** What storage holds when nothing is stored (or storage cannot be read). */
  empty: T;
  /** Validate a stored string (never null or ''): the value, and what could not be kept, if anything. */
  parse(raw: string): Parsed<T, P>;
  /** The string to store, or null to remove the key (nothing worth keeping). */
  serialize(value: T): string | null;
  /** The value to store after a problem, once the raw string is copied to `backupKey` ('' if it could not be). */
  recovered?(value: T, problem: P, backupKey: string): T;
};

export type Snapshot<T, P> = {
  value: T;
  /** The stored value could not all be read this session: what was wrong and where the raw string was copied. */
  recovery?: { problem: P; backupKey: string };
  /** The last write was refused (storage full or blocked): the value lives only in this page. */
  unsaved?: boolean;
};

export type StoredItem<T, P = string> = {
  readonly key: string;
  snapshot(): Snapshot<T, P>;
  /** Store a value; false when storage refused it (the snapshot then has `unsaved`). */
  set(value: T): boolean;
  /**
   * A problem found after reading (the value read well but no longer fits what the page learnt since): the stored
   * string is copied aside as on reading, then replaced by `value`; the snapshot then carries the recovery.
   */
  setAside(problem: P, value: T): void;
  subscribe(listener: () => void): () => void;
};

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function getRaw(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Write or remove; false when storage refused (quota exceeded, blocked, absent). */
function setRaw(key: string, raw: string | null): boolean {
  const s = storage();
  if (!s) return false;
  try {
    if (raw === null) s.removeItem(key);
    else s.setItem(key, raw);
    return true;
  } catch {
    return false;
  }
}

/** `<key>.backup`, or the first of `.backup.2`, `.backup.3`… not yet used. */
export function freeBackupKey(key: string): string {
  for (let i = 1; ; i++) {
    const candidate = i === 1 ? `${key}.backup` : `${key}.backup.${i}`;
    if (getRaw(candidate) === null) return candidate;
  }
}

export function storedItem<T, P = string>(key: string, codec: Codec<T, P>): StoredItem<T, P> {
  const listeners = new Set<() => void>();
  let cache: { raw: string | null; memory: { value: T } | null; snapshot: Snapshot<T, P> } | null = null;
  // A value storage refused, kept for this page; and the recovery of this session, shown until the value changes.
  let memory: { value: T } | null = null;
  let recovery: Snapshot<T, P>['recovery'];

  const notify = () => {
    cache = null;
    listeners.forEach((l) => l());
  };

  function snapshot(): Snapshot<T, P> {
    if (memory) {
      if (cache?.memory !== memory) cache = { raw: null, memory, snapshot: { value: memory.value, recovery, unsaved: true } };
      return cache.snapshot;
    }
    const raw = getRaw(key);
    if (cache && !cache.memory && cache.raw === raw) return cache.snapshot;
    if (raw === null || raw === '') {
      cache = { raw, memory: null, snapshot: { value: codec.empty, recovery } };
      return cache.snapshot;
    }
    const parsed = codec.parse(raw);
    const { value, stored } = parsed.problem === undefined ? { value: parsed.value, stored: raw } : copyAside(raw, parsed.problem, parsed.value);
    cache = { raw: stored, memory: null, snapshot: { value, recovery } };
    return cache.snapshot;
  }

  /** Keep the raw string aside before anything replaces it; if it cannot be copied, leave it where it is. */
  function copyAside(raw: string, problem: P, read: T): { value: T; stored: string | null } {
    const backupKey = freeBackupKey(key);
    const copied = setRaw(backupKey, raw);
    recovery = { problem, backupKey: copied ? backupKey : '' };
    const value = codec.recovered ? codec.recovered(read, problem, recovery.backupKey) : read;
    const clean = codec.serialize(value);
    return { value, stored: copied && setRaw(key, clean) ? clean : raw };
  }

  return {
    key,
    snapshot,
    set(value) {
      // An unreadable value that could not be copied aside is not overwritten: the new value stays in memory.
      const blocked = recovery?.backupKey === '' && getRaw(key) !== null;
      const ok = !blocked && setRaw(key, codec.serialize(value));
      memory = ok ? null : { value };
      notify();
      return ok;
    },
    setAside(problem, value) {
      const raw = getRaw(key);
      if (raw === null || raw === '') return;
      copyAside(raw, problem, value);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      const onStorage = (e: StorageEvent) => {
        if (e.key === key || e.key === null) notify();
      };
      window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(listener);
        window.removeEventListener('storage', onStorage);
      };
    },
  };
}

/** A stored item's snapshot in a component, and its setter. The server (and hydration) see the empty value. */
export function useStored<T, P>(item: StoredItem<T, P>, serverSnapshot: Snapshot<T, P>): [Snapshot<T, P>, (value: T) => boolean] {
  return [useSyncExternalStore(item.subscribe, item.snapshot, () => serverSnapshot), item.set];
}
