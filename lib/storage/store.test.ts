import { beforeEach, describe, expect, test } from 'vitest';
import { pastedItem } from '@/components/read/storage';
import { storedItem, type Codec } from './store';

/** A localStorage in memory; `full` makes every write throw as a browser's full quota does. */
class MemoryStorage {
  data = new Map<string, string>();
  full = false;
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.data.set(k, v);
  };
  removeItem = (k: string) => void this.data.delete(k);
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  Object.assign(globalThis, { window: { localStorage: storage, addEventListener() {}, removeEventListener() {} } });
});

// A list of numbers; anything else in the list is a problem, and the numbers are kept.
const numbers: Codec<number[], string> = {
  empty: [],
  parse(raw) {
    try {
      const data = JSON.parse(raw);
      const kept = Array.isArray(data) ? data.filter((x) => typeof x === 'number') : [];
      return Array.isArray(data) && kept.length === data.length ? { value: kept } : { value: kept, problem: 'bad entries' };
    } catch {
      return { value: [], problem: 'unreadable' };
    }
  },
  serialize: (v) => (v.length ? JSON.stringify(v) : null),
};

describe('a stored item', () => {
  test('round-trips a value, and the snapshot is stable between changes', () => {
    const item = storedItem('k.v1', numbers);
    expect(item.snapshot()).toEqual({ value: [] });
    expect(item.set([1, 2])).toBe(true);
    expect(storage.data.get('k.v1')).toBe('[1,2]');
    expect(item.snapshot()).toBe(item.snapshot());
    expect(item.snapshot().value).toEqual([1, 2]);
  });

  test('a value it cannot all read is copied aside first, then replaced by what could be read', () => {
    storage.data.set('k.v1', '[1,"x",2]');
    const snap = storedItem('k.v1', numbers).snapshot();
    expect(snap).toEqual({ value: [1, 2], recovery: { problem: 'bad entries', backupKey: 'k.v1.backup' } });
    expect(storage.data.get('k.v1.backup')).toBe('[1,"x",2]');
    expect(storage.data.get('k.v1')).toBe('[1,2]');
  });

  test('an earlier backup is never overwritten: the next goes to .backup.2, then .backup.3', () => {
    storage.data.set('k.v1.backup', 'first');
    storage.data.set('k.v1.backup.2', 'second');
    storage.data.set('k.v1', '{broken');
    expect(storedItem('k.v1', numbers).snapshot().recovery).toEqual({ problem: 'unreadable', backupKey: 'k.v1.backup.3' });
    expect([...storage.data]).toEqual([
      ['k.v1.backup', 'first'],
      ['k.v1.backup.2', 'second'],
      ['k.v1.backup.3', '{broken'],
    ]);
  });

  test('a value found unfit after reading is set aside as on reading: copied first, then replaced', () => {
    storage.data.set('k.v1.backup', 'first');
    storage.data.set('k.v1', '[1,2]');
    const item = storedItem('k.v1', numbers);
    expect(item.snapshot()).toEqual({ value: [1, 2] });
    item.setAside('stale', [1]);
    expect(item.snapshot()).toEqual({ value: [1], recovery: { problem: 'stale', backupKey: 'k.v1.backup.2' } });
    expect([...storage.data]).toEqual([
      ['k.v1.backup', 'first'],
      ['k.v1', '[1]'],
      ['k.v1.backup.2', '[1,2]'],
    ]);
  });

  test('full storage: set says so, and the value lives on in memory, marked unsaved', () => {
    const item = storedItem('k.v1', numbers);
    storage.full = true;
    expect(item.set([3])).toBe(false);
    expect(item.snapshot()).toEqual({ value: [3], unsaved: true });
    storage.full = false;
    expect(item.set([4])).toBe(true);
    expect(item.snapshot()).toEqual({ value: [4] });
  });

  test('an unreadable value that cannot be copied aside (storage full) is left in place, not overwritten', () => {
    storage.data.set('k.v1', '{broken');
    storage.full = true;
    const item = storedItem('k.v1', numbers);
    expect(item.snapshot().recovery).toEqual({ problem: 'unreadable', backupKey: '' });
    storage.full = false;
    expect(item.set([5])).toBe(false);
    expect(storage.data.get('k.v1')).toBe('{broken');
    expect(item.snapshot()).toMatchObject({ value: [5], unsaved: true });
  });

  test('blocked storage (reading throws) reads as empty', () => {
    Object.assign(globalThis, {
      window: {
        get localStorage(): Storage {
          throw new DOMException('blocked', 'SecurityError');
        },
      },
    });
    const item = storedItem('k.v1', numbers);
    expect(item.snapshot()).toEqual({ value: [] });
    expect(item.set([1])).toBe(false);
  });

  test('the pasted texts keep an unreadable value aside', () => {
    storage.data.set('mizan.read.v1', '{"ar": 5}');
    expect(pastedItem.snapshot()).toEqual({ value: { ar: '', en: '' }, recovery: { problem: 'unreadable', backupKey: 'mizan.read.v1.backup' } });
  });
});
