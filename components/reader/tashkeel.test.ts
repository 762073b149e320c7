// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { setTashkeel } from './tashkeel';

const VOWELLED = 'الحكومةُ الوطنيّةُ';
const BARE = 'الحكومة الوطنية';

function reader() {
  document.body.innerHTML = `<div id="r"><section data-column="ar"><p class="a">قالت <a class="term">${VOWELLED}</a> ذلكَ.</p></section><section data-column="en"><p class="e">Fatḥa ً stays</p></section></div>`;
  return document.getElementById('r')!;
}
// MutationObserver callbacks run as a microtask after the change.
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => setTashkeel(document.body, true));

describe('tashkeel toggle', () => {
  test('hiding strips the Arabic column only, keeping the term element; showing restores the exact text', () => {
    const root = reader();
    const before = root.innerHTML;
    setTashkeel(root, false);
    expect(root.querySelector('.a')!.textContent).toBe(`قالت ${BARE} ذلك.`);
    expect(root.querySelector('.a .term')!.textContent).toBe(BARE);
    expect(root.querySelector('.e')!.textContent).toBe('Fatḥa ً stays');
    setTashkeel(root, true);
    expect(root.innerHTML).toBe(before);
  });

  test('text added to the Arabic column while hidden is stripped too, and restored on show', async () => {
    const root = reader();
    setTashkeel(root, false);
    const p = Object.assign(document.createElement('p'), { className: 'late', textContent: 'جملةٌ جديدةٌ' });
    root.querySelector('[data-column="ar"]')!.append(p);
    // A column rendered later (pasted texts) is stripped as a whole; English added meanwhile is left alone.
    const col = Object.assign(document.createElement('section'), { innerHTML: '<p>نصٌّ</p>' });
    col.setAttribute('data-column', 'ar');
    const en = Object.assign(document.createElement('p'), { textContent: 'naṣṣun ٌ' });
    root.append(col, en);
    await flush();
    expect(p.textContent).toBe('جملة جديدة');
    expect(col.textContent).toBe('نص');
    expect(en.textContent).toBe('naṣṣun ٌ');
    setTashkeel(root, true);
    expect(p.textContent).toBe('جملةٌ جديدةٌ');
    expect(col.textContent).toBe('نصٌّ');
  });

  test('once shown again, added text keeps its tashkeel (the observer is gone)', async () => {
    const root = reader();
    setTashkeel(root, false);
    setTashkeel(root, true);
    const p = Object.assign(document.createElement('p'), { textContent: 'جملةٌ' });
    root.querySelector('[data-column="ar"]')!.append(p);
    await flush();
    expect(p.textContent).toBe('جملةٌ');
  });

  test('text rewritten since it was stripped is left alone when showing', () => {
    const root = reader();
    setTashkeel(root, false);
    const text = root.querySelector('.term')!.firstChild as Text;
    text.data = 'نص آخر';
    setTashkeel(root, true);
    expect(text.data).toBe('نص آخر');
  });
});
