import { useSyncExternalStore } from 'react';

/** Whether review mode is on: kept in browser storage so it survives reloads and applies to every article. */
const KEY = 'mizan.review.v1';
const listeners = new Set<() => void>();
// When storage is unavailable (private mode, a full quota) the choice lasts for the page's life.
let memory: boolean | undefined;

function read(): boolean {
  if (memory !== undefined) return memory;
  try {
    return window.localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

function subscribe(fn: () => void) {
  listeners.add(fn);
  window.addEventListener('storage', fn);
  return () => {
    listeners.delete(fn);
    window.removeEventListener('storage', fn);
  };
}

export function setReviewMode(on: boolean) {
  try {
    window.localStorage.setItem(KEY, on ? 'on' : 'off');
    memory = undefined;
  } catch {
    memory = on;
  }
  listeners.forEach((fn) => fn());
}

export function useReviewMode(): boolean {
  return useSyncExternalStore(subscribe, read, () => false);
}
