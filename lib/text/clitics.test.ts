import { describe, expect, test } from 'vitest';
import { readings } from './clitics';
import { normalizeArabic } from './normalize';

const keysOf = (word: string) => readings(normalizeArabic(word)).map((r) => `${r.clitics.join('+')}|${r.key}`);

describe('readings of a written word', () => {
  test.each([
    ['لحكومة', 'ل|حكومه'],
    ['للمجلس', 'ل|المجلس'],
    ['وللمجلس', 'و+ل|المجلس'],
    ['لليبيا', 'ل|ليبيا'],
    ['بالوفاق', 'ب|الوفاق'],
    ['فبالوفاق', 'ف+ب|الوفاق'],
    ['وبنغازي', 'و|بنغازي'],
    ['كالمجلس', 'ك|المجلس'],
    ['لطرابلس', 'ل|طرابلس'],
    ['والعقوبات', 'و|العقوبات'],
  ])('%s can be read as %s', (word, reading) => {
    expect(keysOf(word)).toContain(reading);
  });

  test('the whole word comes first, without clitics', () => {
    expect(keysOf('وزارة')[0]).toBe('|وزاره');
  });

  test('a reading never leaves fewer than two letters', () => {
    expect(keysOf('بن')).toEqual(['|بن']);
  });

  test('لليبيا is not read as ل + اليبيا only', () => {
    expect(keysOf('لليبيا')).toEqual(expect.arrayContaining(['ل|ليبيا', 'ل|اليبيا']));
  });
});
