import { describe, expect, test } from 'vitest';
import { TermMatcher } from '@/lib/text/matcher';
import { MAX_SPANS, MAX_TEXT_BYTES, annotateRequest } from './annotate';

const matchers = {
  ar: new TermMatcher('ar', [
    { termId: 'gna', forms: ['حكومة الوفاق الوطني'] },
    { termId: 'presidential-council', forms: ['المجلس الرئاسي'] },
  ]),
  en: new TermMatcher('en', [{ termId: 'gna', forms: ['Government of National Accord', 'GNA'] }]),
};

const post = (body: string, headers: Record<string, string> = {}) =>
  annotateRequest(new Request('http://x/api/annotate', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } }), matchers);

describe('POST /api/annotate', () => {
  test('answers the spans, in UTF-16 offsets of the text as sent', async () => {
    const text = 'دعم لحكومة الوفاق الوطني وللمجلس الرئاسي';
    const response = await post(JSON.stringify({ lang: 'ar', text }));
    expect(response.status).toBe(200);
    const { spans } = await response.json();
    expect(spans).toEqual([
      { start: 4, end: 24, termId: 'gna', surface: 'لحكومة الوفاق الوطني', form: 'حكومة الوفاق الوطني', clitics: ['ل'] },
      { start: 25, end: 40, termId: 'presidential-council', surface: 'وللمجلس الرئاسي', form: 'المجلس الرئاسي', clitics: ['و', 'ل'] },
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.surface);
  });

  test('a text of nothing but terms is cut at MAX_SPANS, and says so', async () => {
    const text = 'GNA '.repeat(25_000);
    const capped = await (await post(JSON.stringify({ lang: 'en', text }))).json();
    expect(capped.spans).toHaveLength(MAX_SPANS);
    expect(capped.truncated).toBe(true);
    expect(capped.spans.at(-1)).toMatchObject({ start: (MAX_SPANS - 1) * 4, termId: 'gna' });
    const exact = await (await post(JSON.stringify({ lang: 'en', text: 'GNA '.repeat(MAX_SPANS) }))).json();
    expect([exact.spans.length, exact.truncated]).toEqual([MAX_SPANS, undefined]);
  });

  test('English, with a possessive', async () => {
    const { spans } = await (await post(JSON.stringify({ lang: 'en', text: "The GNA's plan" }))).json();
    expect(spans).toEqual([{ start: 4, end: 9, termId: 'gna', surface: "GNA's", form: 'GNA', clitics: [] }]);
  });

  test('markup in the text is data: it comes back only as offsets', async () => {
    const response = await post(JSON.stringify({ lang: 'en', text: '<script>alert(1)</script> GNA' }));
    expect(await response.json()).toEqual({ spans: [{ start: 26, end: 29, termId: 'gna', surface: 'GNA', form: 'GNA', clitics: [] }] });
  });

  test.each([
    ['not JSON', 'lang=ar', 400, 'invalid_json'],
    ['JSON but not an object', '[1,2]', 400, 'invalid_request'],
    ['a missing field', '{"lang":"ar"}', 400, 'invalid_request'],
    ['an unknown language', '{"lang":"fr","text":"x"}', 400, 'invalid_request'],
    ['a text that is not a string', '{"lang":"ar","text":42}', 400, 'invalid_request'],
    ['an unknown field', '{"lang":"ar","text":"x","extra":1}', 400, 'invalid_request'],
    ['an empty body', '', 400, 'invalid_json'],
    ['a text over the limit', JSON.stringify({ lang: 'ar', text: 'ب'.repeat(MAX_TEXT_BYTES / 2 + 1) }), 413, 'too_large'],
    ['a body over the limit', 'x'.repeat(7 * MAX_TEXT_BYTES), 413, 'too_large'],
  ])('%s → %i', async (_, body, status, code) => {
    const response = await post(body);
    expect(response.status).toBe(status);
    const json = await response.json();
    expect(json.error.code).toBe(code);
    expect(json.error.message).toMatch(/\w/);
    expect(JSON.stringify(json)).not.toMatch(/at .*\.ts|Error:/);
  });

  test('a lying Content-Length is refused before reading', async () => {
    const response = await post('{}', { 'content-length': String(10 * MAX_TEXT_BYTES) });
    expect(response.status).toBe(413);
  });

  test('bytes that are not UTF-8 are refused, not replaced', async () => {
    const body = Buffer.concat([Buffer.from('{"lang":"en","text":"GNA '), Buffer.from([0xed, 0xa0, 0x80, 0xff]), Buffer.from('"}')]);
    const response = await annotateRequest(new Request('http://x/api/annotate', { method: 'POST', body }), matchers);
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('invalid_encoding');
  });

  test('error messages name the problem', async () => {
    expect((await (await post('{"lang":"ar"}')).json()).error.message).toBe('The field "text" is missing.');
    expect((await (await post('{"lang":null,"text":"x"}')).json()).error.message).toBe('lang must be "ar" or "en"');
    expect((await (await post('{"lang":"fr","text":"x"}')).json()).error.message).toBe('lang must be "ar" or "en"');
    expect((await (await post('{"lang":"ar","text":{"a":1}}')).json()).error.message).toBe('text must be a string');
    expect((await (await post('{"lang":"ar","text":"x","extra":1}')).json()).error.message).toContain('"extra"');
  });
});
