import { describe, expect, test } from 'vitest';
import { breakdown, readings } from './clitics';
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

describe('breakdown of an occurrence for the card', () => {
  test.each([
    ['وللمجلس الرئاسي', ['و', 'ل'], 'المجلس الرئاسي', ['و', 'ل', 'المجلس الرئاسي']],
    ['لحكومة الوفاق الوطني', ['ل'], 'حكومة الوفاق الوطني', ['ل', 'حكومة الوفاق الوطني']],
    ['لليبيا', ['ل'], 'ليبيا', ['ل', 'ليبيا']],
    ['بالوفاق', ['ب'], 'الوفاق', ['ب', 'الوفاق']],
    ['فبالعقوبات', ['ف', 'ب'], 'العقوبات', ['ف', 'ب', 'العقوبات']],
    ['وَلِلْمَجْلِسِ الرِّئَاسِيِّ', ['و', 'ل'], 'المجلس الرئاسي', ['وَ', 'لِ', 'الْمَجْلِسِ الرِّئَاسِيِّ']],
    ['لِإِنْقَاذِ', ['ل'], 'إنقاذ', ['لِ', 'إِنْقَاذِ']],
    ['ولـلمجلس', ['و', 'ل'], 'المجلس', ['و', 'لـ', 'المجلس']],
    ['مصراته', [], 'مصراته', ['مصراته']],
  ])('%s → %j', (surface, clitics, form, parts) => {
    expect(breakdown(surface, clitics, form)).toEqual(parts);
  });

  test('clitics that are not where the surface says are not invented', () => {
    expect(breakdown('المجلس', ['و'], 'المجلس')).toEqual(['المجلس']);
  });
});
