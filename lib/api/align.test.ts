import { describe, expect, test } from 'vitest';
import { MAX_TEXT_BYTES } from './annotate';
import { alignRequest } from './align';

const post = (body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) =>
  alignRequest(new Request('http://x/api/align', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } }));

const AR = 'قال رئيس الوزراء إن الحكومة ستعقد اجتماعًا طارئًا يوم الأحد، وإن 12 وزيرًا سيحضرون الاجتماع في العاصمة. هل ستنجح الحكومة؟';
const EN = 'The prime minister said the government would hold an emergency meeting on Sunday. He added that 12 ministers would attend it in the capital. Will the government succeed?';

describe('POST /api/align', () => {
  test('answers units covering each text once, in order, in UTF-16 offsets of the texts as sent', async () => {
    const response = await post(JSON.stringify({ ar: AR, en: EN }));
    expect(response.status).toBe(200);
    const { units } = await response.json();
    const text = (t: string, s: { start: number; end: number } | null) => (s ? t.slice(s.start, s.end) : null);
    expect(units.map((u: { ar: never; en: never }) => [text(AR, u.ar), text(EN, u.en)])).toEqual([
      [AR.slice(0, AR.indexOf('؟') - 'هل ستنجح الحكومة'.length - 1), EN.slice(0, EN.indexOf('Will') - 1)],
      ['هل ستنجح الحكومة؟', 'Will the government succeed?'],
    ]);
    for (const u of units) expect(u.score).toBeGreaterThanOrEqual(0);
  });

  test('a sentence with no counterpart is answered with null opposite', async () => {
    const ar = 'وصل ١٢ زائرًا إلى المدينة يوم الاثنين. وغادر ٣٠ زائرًا المدينة يوم الثلاثاء. وبقي ٤٥ زائرًا في المدينة يوم الأربعاء.';
    const en = 'Some 12 visitors reached the city on Monday. Some 45 visitors stayed in the city on Wednesday.';
    const { units } = await (await post(JSON.stringify({ ar: `${AR}\n\n${ar}`, en: `${EN}\n\n${en}` }))).json();
    expect(units.filter((u: { en: unknown }) => u.en === null)).toHaveLength(1);
  });

  test.each([
    ['not JSON', 'ar=x', 400, 'invalid_json', /must be JSON/],
    ['an empty body', '', 400, 'invalid_json', /must be JSON/],
    ['JSON but not an object', '[1,2]', 400, 'invalid_request', /must be a JSON object/],
    ['a missing field', '{"ar":"نص"}', 400, 'invalid_request', /The field "en" is missing/],
    ['a field that is not a string', '{"ar":"نص","en":42}', 400, 'invalid_request', /en must be a string/],
    ['an unknown field', '{"ar":"نص","en":"x","lang":"ar"}', 400, 'invalid_request', /Unknown field "lang"/],
    ['an empty Arabic text', '{"ar":"  ","en":"Text."}', 400, 'invalid_request', /Arabic text \("ar"\) is empty/],
    ['an empty English text', '{"ar":"نص.","en":""}', 400, 'invalid_request', /English text \("en"\) is empty/],
    ['an Arabic text over the limit', JSON.stringify({ ar: 'ب'.repeat(MAX_TEXT_BYTES / 2 + 1), en: 'x' }), 413, 'too_large', /"ar" must be at most/],
    ['an English text over the limit', JSON.stringify({ ar: 'ب', en: 'x'.repeat(MAX_TEXT_BYTES + 1) }), 413, 'too_large', /"en" must be at most/],
    ['a body over the limit', 'x'.repeat(13 * MAX_TEXT_BYTES), 413, 'too_large', /at most/],
    ['bytes that are not UTF-8', new Uint8Array(Buffer.concat([Buffer.from('{"ar":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('","en":"x"}')])), 400, 'invalid_encoding', /UTF-8/],
  ])('%s → %i', async (_, body, status, code, message) => {
    const response = await post(body);
    expect(response.status).toBe(status);
    const json = await response.json();
    expect(json.error.code).toBe(code);
    expect(json.error.message).toMatch(message);
    expect(JSON.stringify(json)).not.toMatch(/at .*\.ts|Error:/);
  });

  test('a lying Content-Length is refused before reading', async () => {
    expect((await post('{}', { 'content-length': String(20 * MAX_TEXT_BYTES) })).status).toBe(413);
  });
});
