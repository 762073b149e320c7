import { describe, expect, test } from 'vitest';
import { MAX_TEXT_BYTES } from './annotate';
import { alignRequest, type AlignResponse } from './align';
import { segmentText } from '@/lib/text/sentenceAlign';

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

  // NTREX-128 (Microsoft, CC BY-SA 4.0), cbsnews.248394 lines 2–4: in line 4 both translations run a quotation
  // into its attribution with no full stop between ("…'hysterical,'" Pelosi said…), a soft boundary the aligner
  // cuts at to pair the quotation with the quotation.
  const PELOSI = {
    ar: [
      'وصفت نانسي بيلوسي، زعيمة الأقلية بمجلس النواب، مرشح المحكمة العليا بريت كافانو بأنه " شخص مجنون " وغير لائق عقليًا للعمل بالمحكمة العليا.',
      'أدلت نانسي بتصريحاتها تلكالمقابلة التي أجريت معها يوم السبت الماضيبمهرجان تكساس تريبيون في أوستن، تكساس.',
      '"لم يسعني التفكير سوى أنه إذا وجدت امرأة ما تتصرف بهذا الطريقة، فيصفونها بالمجنونة" هذا ما صرحت به نانسي معلقةً على شهادة كافانو أمام اللجنة القضائية بمجلس الشيوخ يوم الخميس الماضي.',
    ].join('\n\n'),
    en: [
      'House Minority Leader Nancy Pelosi called Supreme Court nominee Brett Kavanaugh "hysterical" and said that he was temperamentally unfit to serve on the Supreme Court.',
      'Pelosi made the comments in an interview Saturday at the Texas Tribune Festival in Austin, Texas.',
      '"I couldn\'t help but think that if a woman had ever performed that way, they would say \'hysterical,\'" Pelosi said about her reaction to Kavanaugh\'s testimony before the Senate Judiciary Committee on Thursday.',
    ].join('\n\n'),
  };
  const THREE = { ar: `${AR}\n\nوصل ١٢ زائرًا إلى المدينة يوم الاثنين. وغادر ٣٠ زائرًا المدينة يوم الثلاثاء.`, en: `${EN}\n\nSome 12 visitors reached the city on Monday.` };

  test.each([
    ['a 2:1 pair and a 1:1', { ar: AR, en: EN }],
    ['a one-sided sentence', THREE],
    ['quotations cut at soft boundaries (NTREX)', PELOSI],
  ])('%s: the sentences the aligner paired cover each text in order, and every unit is made of whole ones', async (_, texts) => {
    const { units, sentences } = (await (await post(JSON.stringify(texts))).json()) as AlignResponse;
    for (const lang of ['ar', 'en'] as const) {
      const text = texts[lang];
      // In order, each on non-space characters, only white space between and around them: the whole text once.
      let at = 0;
      for (const r of sentences[lang]) {
        expect(r.start).toBeGreaterThanOrEqual(at);
        expect(r.end).toBeGreaterThan(r.start);
        expect(text.slice(at, r.start).trim()).toBe('');
        expect(text[r.start]).toMatch(/\S/);
        expect(text[r.end - 1]).toMatch(/\S/);
        at = r.end;
      }
      expect(text.slice(at).trim()).toBe('');
      // Each unit's span is a run of these sentences, and the units take every sentence once, in order.
      let next = 0;
      for (const u of units) {
        const span = u[lang];
        if (!span) continue;
        const inside = sentences[lang].filter((r) => r.start >= span.start && r.end <= span.end);
        expect(inside.length).toBeGreaterThan(0);
        expect(sentences[lang].indexOf(inside[0])).toBe(next);
        expect([inside[0].start, inside.at(-1)!.end]).toEqual([span.start, span.end]);
        next += inside.length;
      }
      expect(next).toBe(sentences[lang].length);
    }
  });

  test('a sentence cut at a soft boundary is answered as its two parts, the quotation paired with the quotation', async () => {
    const { units, sentences } = (await (await post(JSON.stringify(PELOSI))).json()) as AlignResponse;
    const text = (lang: 'ar' | 'en', r: { start: number; end: number } | null) => r && PELOSI[lang].slice(r.start, r.end);
    // Not where a plain segmentation puts sentences: the aligner's own boundaries.
    for (const lang of ['ar', 'en'] as const) {
      const plain = segmentText(PELOSI[lang], lang).map((r) => r.start);
      expect(sentences[lang].filter((r) => !plain.includes(r.start)).map((r) => text(lang, r)!.split(' ')[0])).toEqual([lang === 'ar' ? 'هذا' : 'Pelosi']);
    }
    expect(units.map((u) => text('en', u.en)!.slice(0, 20))).toEqual(['House Minority Leade', 'Pelosi made the comm', '"I couldn\'t help but', 'Pelosi said about he']);
    expect(text('ar', units[2].ar)).toMatch(/^"لم يسعني.*بالمجنونة"$/);
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
