// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { currentSentence, initStops, isSentence, makeStop, mark, sentenceAt, sentenceForKey } from './sentences';

// Two columns of two sentences each, the markup the reader renders (Columns.tsx).
const HTML = `
<div class="columns">
  <section data-column="ar" lang="ar"><h1 class="column-title">عنوان</h1>
    <p data-para="1"><span class="sent" data-sent="1.1">قالت <a class="term" data-term="gna">حكومةُ الوفاق</a> ذلك.</span>
    <span class="sent" data-sent="1.2">وجملة ثانية.</span></p></section>
  <section data-column="en" lang="en"><h1 class="column-title">Title</h1>
    <p data-para="1"><span class="sent" data-sent="1.1">The <a class="term" data-term="gna">GNA</a> said so.</span>
    <span class="sent" data-sent="1.2">A second sentence.</span></p></section>
</div>`;

let root: HTMLElement;
const sent = (lang: string, id: string) => root.querySelector<HTMLElement>(`[data-column="${lang}"] .sent[data-sent="${id}"]`)!;
const stops = () => [...root.querySelectorAll('.sent[tabindex="0"]')];

beforeEach(() => {
  document.body.innerHTML = `<div id="reader-view">${HTML}</div>`;
  root = document.getElementById('reader-view')!;
});

describe('sentences in the DOM', () => {
  test('a target inside a term belongs to its sentence; outside the reader or a column, to none', () => {
    expect(sentenceAt(root, root.querySelector('[data-column="en"] .term'))).toBe(sent('en', '1.1'));
    expect(sentenceAt(root, document.body)).toBeNull();
    expect(sentenceAt(root, root.querySelector('.column-title'))).toBeNull();
    expect(isSentence(sent('ar', '1.2'))).toBe(true);
    expect(isSentence(root.querySelector('.term'))).toBe(false);
  });

  test('mark puts the attribute on the pair in both columns and nowhere else', () => {
    mark(root, 'data-lit', '1.2');
    expect([...root.querySelectorAll('[data-lit]')]).toEqual([sent('ar', '1.2'), sent('en', '1.2')]);
    mark(root, 'data-lit', '1.1');
    expect([...root.querySelectorAll('[data-lit]')]).toEqual([sent('ar', '1.1'), sent('en', '1.1')]);
    mark(root, 'aria-current', '1.1');
    expect(sent('en', '1.1').getAttribute('aria-current')).toBe('true');
    mark(root, 'data-lit', null);
    expect(root.querySelectorAll('[data-lit]')).toHaveLength(0);
  });

  test('one tab stop per column, moved by makeStop within its own column only', () => {
    initStops(root);
    expect(stops()).toEqual([sent('ar', '1.1'), sent('en', '1.1')]);
    makeStop(sent('en', '1.2'));
    expect(stops()).toEqual([sent('ar', '1.1'), sent('en', '1.2')]);
    expect(sent('en', '1.1').getAttribute('tabindex')).toBe('-1');
    // A column that has its stop keeps it when the stops are set up again.
    initStops(root);
    expect(stops()).toEqual([sent('ar', '1.1'), sent('en', '1.2')]);
  });

  test('keys move in reading order within a column', () => {
    const first = sent('ar', '1.1');
    expect(sentenceForKey(root, first, 'ArrowDown')).toBe(sent('ar', '1.2'));
    expect(sentenceForKey(root, first, 'j')).toBe(sent('ar', '1.2'));
    expect(sentenceForKey(root, sent('ar', '1.2'), 'ArrowUp')).toBe(first);
    expect(sentenceForKey(root, first, 'k')).toBeNull();
    expect(sentenceForKey(root, sent('ar', '1.2'), 'ArrowDown')).toBeNull();
    expect(sentenceForKey(root, sent('ar', '1.2'), 'Home')).toBe(first);
    expect(sentenceForKey(root, first, 'End')).toBe(sent('ar', '1.2'));
    expect(sentenceForKey(root, first, 'x')).toBeNull();
  });

  test('the current sentence of a column: the pinned one, else its tab stop, and none in a hidden column', () => {
    // happy-dom lays nothing out: a column is "shown" when it has client rects, so give the columns one.
    const rects = vi.spyOn(HTMLElement.prototype, 'getClientRects').mockImplementation(function (this: HTMLElement) {
      return (this.hidden ? [] : [new DOMRect(0, 0, 10, 10)]) as unknown as DOMRectList;
    });
    initStops(root);
    makeStop(sent('en', '1.2'));
    expect(currentSentence(root, 'en')).toBe(sent('en', '1.2'));
    sent('en', '1.1').setAttribute('data-pinned', '');
    expect(currentSentence(root, 'en')).toBe(sent('en', '1.1'));
    expect(currentSentence(root, 'ar')).toBe(sent('ar', '1.1'));
    root.querySelector<HTMLElement>('[data-column="ar"]')!.hidden = true;
    expect(currentSentence(root, 'ar')).toBeNull();
    rects.mockRestore();
  });
});
