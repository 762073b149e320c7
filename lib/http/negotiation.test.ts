import { describe, expect, test } from 'vitest';
import type { IncomingMessage } from 'node:http';
import { chooseEncoding, isNotModified } from './negotiation.js';

const OFFERED = ['br', 'gzip'] as const;

describe('chooseEncoding', () => {
  test.each<[string | string[] | undefined, string]>([
    ['gzip, deflate, br, zstd', 'br'], // Chromium
    ['gzip, deflate, br', 'br'], // Firefox, Safari
    ['gzip, deflate', 'gzip'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'], // refused by weight
    ['br;q=0.0, gzip;q=0.5', 'gzip'],
    ['BR, GZIP', 'br'], // case-insensitive
    [' br ; q=0.8 , gzip ; q=1', 'br'], // the server's preference among accepted codings
    ['gzip;q=0, br;q=0', 'identity'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['identity', 'identity'],
    ['deflate', 'identity'],
    ['', 'identity'],
    [undefined, 'identity'], // no header: a script, sent uncompressed
    [['gzip', 'br'], 'br'], // repeated header lines
    ['br;q=2, gzip', 'gzip'], // a weight out of range is not a weight above 0
    ['br;q=abc, gzip', 'gzip'],
    ['br;level=5', 'br'], // unknown parameters are ignored
  ])('%j → %s', (header, expected) => {
    expect(chooseEncoding(header, OFFERED)).toBe(expected);
  });

  test('offers only what the server has', () => {
    expect(chooseEncoding('br', ['gzip'])).toBe('identity');
    expect(chooseEncoding('gzip, br', ['gzip'])).toBe('gzip');
  });
});

describe('isNotModified', () => {
  const request = (ifNoneMatch?: string) => ({ headers: ifNoneMatch === undefined ? {} : { 'if-none-match': ifNoneMatch } }) as IncomingMessage;
  test.each<[string | undefined, boolean]>([
    ['"abc"', true],
    ['W/"abc"', true], // weak comparison
    ['"x", "abc"', true],
    ['"x",W/"abc"', true],
    ['"abcd"', false],
    ['abc', false], // unquoted is not the same tag
    ['"x"', false],
    ['', false],
    [undefined, false],
  ])('If-None-Match %j → %s', (header, expected) => {
    expect(isNotModified(request(header), '"abc"')).toBe(expected);
  });
});
