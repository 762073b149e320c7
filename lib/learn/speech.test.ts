import { describe, expect, test } from 'vitest';
import { pickVoice } from './speech';
import type { Lang } from '@/lib/i18n/locales';

const v = (lang: string, name = lang, extra: object = {}) => ({ lang, name, ...extra });

describe('choosing a voice', () => {
  test.each([
    [[], 'ar', null],
    [[v('en-US')], 'ar', null],
    [[v('en-US'), v('ar-SA')], 'ar', 'ar-SA'],
    [[v('ar_EG')], 'ar', 'ar_EG'],
    [[v('AR')], 'ar', 'AR'],
    [[v('arn-CL')], 'ar', null], // Mapudungun is not Arabic
    [[v('en-GB'), v('en-US', 'default', { default: true })], 'en', 'default'],
    [[v('en-GB', 'remote'), v('en-US', 'local', { localService: true })], 'en', 'local'],
  ])('%j for %s → %s', (voices, lang, name) => {
    expect(pickVoice(voices, lang as Lang)?.name ?? null).toBe(name);
  });
});
