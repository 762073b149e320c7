import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { Pieces } from '@/components/reader/Pieces';
import type { Piece } from '@/lib/content/annotate';
import { readTags as read } from '@/test/htmlTags';
import { attr, escapeText, paraAnchorHtml, piecesHtml, sentencesHtml } from './html';

const term = (termId: string, text: string, occ?: string, status?: 'ok' | 'variant' | 'missing') => ({ termId, text, clitics: [], form: '', occ, status });

describe('attr', () => {
  test.each<[string, string | number | undefined, string]>([
    ['href', '/en/glossary/gna', ' href=/en/glossary/gna'],
    ['data-occ', '1.1:en:0', ' data-occ=1.1:en:0'],
    ['data-para', 5, ' data-para=5'],
    ['href', '#p5', ' href=#p5'],
    ['aria-label', 'Link to paragraph 5', ' aria-label="Link to paragraph 5"'],
    ['title', 'a "b" & c', ' title="a &quot;b&quot; &amp; c"'],
    ['title', 'x=y', ' title="x=y"'],
    ['title', "it's", ' title="it\'s"'],
    ['title', '', ' title=""'],
    ['data-occ', undefined, ''],
  ])('%s=%j', (name, value, out) => expect(attr(name, value)).toBe(out));
});

test('escapeText escapes what could open markup or an entity', () => {
  expect(escapeText('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
});

describe('piecesHtml', () => {
  test('terms as links with their key and status; text escaped', () => {
    expect(piecesHtml(['x < y ', term('gna', 'GNA & co', '1.1:en:0', 'ok'), '.'], '/en/glossary')).toBe(
      'x &lt; y <a class=term href=/en/glossary/gna data-term=gna data-occ=1.1:en:0 data-status=ok>GNA &amp; co</a>.',
    );
  });
  test('a term without key or status has neither attribute', () => {
    expect(piecesHtml([term('un', 'UN')], '/ar/glossary')).toBe('<a class=term href=/ar/glossary/un data-term=un>UN</a>');
  });

  // The same markup as the React rendering the pasted texts use: compared attribute by attribute after reading both
  // with one small tag reader (quoted or not, entities decoded).
  test.each<[string, Piece[]]>([
    ['English', ['As the ', term('isis', 'Islamic State', '1.1:en:0', 'ok'), ' group ("ISIS") & others <closes> in.']],
    ['Arabic', ['وأعلنت ', term('misrata-brigades', 'كتائب مصراته', '8.1:ar:0', 'variant'), '، مؤخرًا']],
  ])('%s: the same elements, attributes and text as components/reader/Pieces', (_, pieces) => {
    const react = renderToStaticMarkup(createElement(Pieces, { pieces, glossaryHref: '/en/glossary' }));
    expect(read(piecesHtml(pieces, '/en/glossary'))).toEqual(read(react));
  });
});

test('sentencesHtml: units as span.sent with their ids, separated by a space, runs too', () => {
  expect(sentencesHtml([{ id: '1.1', pieces: [['One.'], ['Two.']] }, { pieces: [['Three.']] }], '/en/glossary')).toBe(
    '<span class=sent data-sent=1.1>One. Two.</span> <span class=sent>Three.</span>',
  );
});

test('paraAnchorHtml', () => {
  expect(paraAnchorHtml('12', 'رابط الفقرة 12')).toBe('<a class=para-anchor href=#p12 aria-label="رابط الفقرة 12">¶</a>');
});
