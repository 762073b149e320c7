import { describe, expect, test } from 'vitest';
import { clauseBoundaries, icuSentenceEnds, lineRanges, sentenceRanges, softBoundaries, splitParagraphs, splitSentences } from './segment';

describe('splitSentences: English news text', () => {
  test.each<[string, string[]]>([
    ['Mr. Sarraj arrived. He spoke.', ['Mr. Sarraj arrived.', 'He spoke.']],
    ['Mrs. May and Dr. Fox met St. John at noon.', ['Mrs. May and Dr. Fox met St. John at noon.']],
    ['The U.S. Treasury acted. Dr. Smith agreed.', ['The U.S. Treasury acted.', 'Dr. Smith agreed.']],
    ['The U.K. and the U.N. agreed. Gen. Haftar spoke.', ['The U.K. and the U.N. agreed.', 'Gen. Haftar spoke.']],
    ['She lives at No. 10 Downing Street. He does not.', ['She lives at No. 10 Downing Street.', 'He does not.']],
    ['It opened on Jan. 5 at 9 a.m. and closed late. Then it rained.', ['It opened on Jan. 5 at 9 a.m. and closed late.', 'Then it rained.']],
    ['He arrived at 9 a.m. Then he left.', ['He arrived at 9 a.m.', 'Then he left.']],
    ['The rally is at 7 p.m. ET tonight. It was 5 a.m. Eastern time.', ['The rally is at 7 p.m. ET tonight.', 'It was 5 a.m. Eastern time.']],
    ['Sens. Lindsey Graham and Reps. Smith spoke of Roe v. Wade on the D.C. Circuit. Then they left.', ['Sens. Lindsey Graham and Reps. Smith spoke of Roe v. Wade on the D.C. Circuit.', 'Then they left.']],
    ['He enlisted in Sept. He was hurt on Oct. 2 and went home.', ['He enlisted in Sept.', 'He was hurt on Oct. 2 and went home.']],
    ['She got a grade A. Spanish was next. John F. Kennedy spoke.', ['She got a grade A.', 'Spanish was next.', 'John F. Kennedy spoke.']],
    ['J. K. Rowling wrote it. Mr. J. R. R. Tolkien did too.', ['J. K. Rowling wrote it.', 'Mr. J. R. R. Tolkien did too.']],
    ['He paid $3.5 million for 1,200 shares. Then he left.', ['He paid $3.5 million for 1,200 shares.', 'Then he left.']],
    ['Wait... what happened? Nothing.', ['Wait... what happened?', 'Nothing.']],
    ['He said "it is over." Then he left.', ['He said "it is over."', 'Then he left.']],
    ['It was over (he said.) Then he left.', ['It was over (he said.)', 'Then he left.']],
    ['He said “Go!” and left. Next one.', ['He said “Go!” and left.', 'Next one.']],
    ['"She didn\'t mean it" "She is not racist," he said.', ['"She didn\'t mean it"', '"She is not racist," he said.']],
    ['Was it the UN? Yes! It was.', ['Was it the UN?', 'Yes!', 'It was.']],
    ['Headline without a full stop\nFirst sentence. Second.', ['Headline without a full stop', 'First sentence.', 'Second.']],
  ])('%s', (text, expected) => {
    expect(splitSentences(text, 'en')).toEqual(expected);
  });
});

describe('splitSentences: Arabic news text', () => {
  test.each<[string, string[]]>([
    ['وأشارت تقارير إلى ذلك. وبعد سيطرته، أصبح قريبًا؟ نعم!', ['وأشارت تقارير إلى ذلك.', 'وبعد سيطرته، أصبح قريبًا؟', 'نعم!']],
    ['ذكرت الصحيفة، الخميس؛ نقلًا عن مسؤولين أن القوات تتمركز.', ['ذكرت الصحيفة، الخميس؛ نقلًا عن مسؤولين أن القوات تتمركز.']],
    ['جملة أولى۔ جملة ثانية', ['جملة أولى۔', 'جملة ثانية']],
    ['قالت الولايات المتحدة U.S. إن الأمر انتهى. وأضافت أن ٣٫٥ مليون شخص تأثروا.', ['قالت الولايات المتحدة U.S. إن الأمر انتهى.', 'وأضافت أن ٣٫٥ مليون شخص تأثروا.']],
    ['بلغ النمو 2.5 في المئة. هل هذا صحيح؟', ['بلغ النمو 2.5 في المئة.', 'هل هذا صحيح؟']],
    ['قال لشبكة CNN. وأضاف أنه سيعود.', ['قال لشبكة CNN.', 'وأضاف أنه سيعود.']],
    ['قال «هل انتهى؟» ثم غادر. وقال آخر (وهذا صحيح.) أيضًا.', ['قال «هل انتهى؟»', 'ثم غادر.', 'وقال آخر (وهذا صحيح.)', 'أيضًا.']],
    ['قال د. محمد إن الأمر انتهى. وقال أ.د. علي كذلك.', ['قال د. محمد إن الأمر انتهى.', 'وقال أ.د. علي كذلك.']],
    ['تأسست عام 1951 م. وما زالت تعمل.', ['تأسست عام 1951 م.', 'وما زالت تعمل.']],
    ['قال: "لا أعرف..." ثم سكت.', ['قال: "لا أعرف..." ثم سكت.']],
    ['قال: "لم يكن ذلك مقصودًا" "زوجتي ليست عنصرية"', ['قال: "لم يكن ذلك مقصودًا"', '"زوجتي ليست عنصرية"']],
    ['عنوان بلا نقطة\nالجملة الأولى. الجملة الثانية.', ['عنوان بلا نقطة', 'الجملة الأولى.', 'الجملة الثانية.']],
  ])('%s', (text, expected) => {
    expect(splitSentences(text, 'ar')).toEqual(expected);
  });
});

describe('softBoundaries: where a translation may end a sentence the text does not', () => {
  /** The text cut at its soft boundaries. */
  const cut = (text: string, lang: 'ar' | 'en') => {
    const parts: string[] = [];
    let from = 0;
    for (const at of softBoundaries(text, lang, 0, text.length)) {
      parts.push(text.slice(from, at).trimEnd());
      from = at;
    }
    return [...parts, text.slice(from)];
  };
  test.each<[string, 'ar' | 'en', string[]]>([
    // Closing quotation marks, straight or curly, and closing brackets, then a new clause.
    ['جادل بأن الحزب في مهمة "المقاومة والعرقلة" أخبر مساعد كبير', 'ar', ['جادل بأن الحزب في مهمة "المقاومة والعرقلة"', 'أخبر مساعد كبير']],
    ['قالت «لن نعود» وغادرت', 'ar', ['قالت «لن نعود»', 'وغادرت']],
    ['قلت لها ”أحبك يا عزيزتي" وسألحق بك', 'ar', ['قلت لها ”أحبك يا عزيزتي"', 'وسألحق بك']],
    ['داخل الصدرية (إليفي / مازر) وعلق آخر', 'ar', ['داخل الصدرية (إليفي / مازر)', 'وعلق آخر']],
    ['a nursing bra (Elvie/Mother) Another commented', 'en', ['a nursing bra (Elvie/Mother)', 'Another commented']],
    ['on a mission to "resist and obstruct" A senior aide said', 'en', ['on a mission to "resist and obstruct"', 'A senior aide said']],
    ['وقالت "لا" ثم', 'ar', ['وقالت "لا"', 'ثم']],
    // Not boundaries: an English lower-case word goes on; an opening quote; a colon (tried: the translations in
    // the benchmark break there no more often than they do not).
    ['He called it "a disgrace" and left', 'en', ['He called it "a disgrace" and left']],
    ['تحدث إلى زوجتك وأولادك: لا يمكنك ذلك', 'ar', ['تحدث إلى زوجتك وأولادك: لا يمكنك ذلك']],
    ['Talk to your spouse: You cannot wait', 'en', ['Talk to your spouse: You cannot wait']],
    ['قال ”نعم', 'ar', ['قال ”نعم']],
  ])('%s', (text, lang, expected) => {
    expect(cut(text, lang)).toEqual(expected);
  });
  test('offsets into the whole text, within the range given', () => {
    const text = 'Skip: This. He said "no" Then left.';
    expect(softBoundaries(text, 'en', 12, text.length)).toEqual([25]);
  });
});

describe('clauseBoundaries: an Arabic clause opening without punctuation before it', () => {
  const cut = (text: string, lang: 'ar' | 'en') => {
    const parts: string[] = [];
    let from = 0;
    for (const at of clauseBoundaries(text, lang, 0, text.length)) {
      parts.push(text.slice(from, at).trimEnd());
      from = at;
    }
    return [...parts, text.slice(from)];
  };
  test.each<[string, string[]]>([
    ['ولم يكن جسدها يستجيب لقد وافتها المنية قبل ساعة', ['ولم يكن جسدها يستجيب', 'لقد وافتها المنية قبل ساعة']],
    ['علمت بأنه سيحدث لم يكن بوسعي الصراخ', ['علمت بأنه سيحدث', 'لم يكن بوسعي الصراخ']],
    ['انتهى الاجتماع وقال الوزير إنه راض وأضاف أن الحل قريب', ['انتهى الاجتماع', 'وقال الوزير إنه راض', 'وأضاف أن الحل قريب']],
    ['فاز الفريق 2-1 ولكن المدرب غاضب', ['فاز الفريق 2-1', 'ولكن المدرب غاضب']],
    ['وهو الآن في الطريق إلى المستشفى هل يمكنك الإجابة؟', ['وهو الآن في الطريق إلى المستشفى', 'هل يمكنك الإجابة؟']],
    // Not after punctuation (a comma already joins the clause), not at the start, not inside a word.
    ['انتهى الاجتماع، وقال الوزير إنه راض', ['انتهى الاجتماع، وقال الوزير إنه راض']],
    ['وقال الوزير إنه راض', ['وقال الوزير إنه راض']],
    ['هذا ما قالته وقالت أيضا', ['هذا ما قالته', 'وقالت أيضا']],
    ['لم يكنها أحد', ['لم يكنها أحد']],
  ])('%s', (text, expected) => {
    expect(cut(text, 'ar')).toEqual(expected);
  });
  test('none in English, whose sentences end with a full stop', () => {
    expect(clauseBoundaries('He left but then he came back', 'en', 0, 29)).toEqual([]);
  });
});

describe('sentenceRanges: offsets', () => {
  test('exact UTF-16 offsets into the text as given, surrogate pairs and all', () => {
    const text = '  𝐀 said so.  «قال»\r\nNext one.';
    const ranges = sentenceRanges(text, 'en');
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['𝐀 said so.', '«قال»', 'Next one.']);
    expect(ranges[0]).toEqual({ start: 2, end: 13 });
  });
  test('a sub-range of the text keeps offsets into the whole text', () => {
    const text = 'Skip this. Mr. Smith came. He left.';
    expect(sentenceRanges(text, 'en', 11, text.length)).toEqual([
      { start: 11, end: 26 },
      { start: 27, end: 35 },
    ]);
  });
});

describe('icuSentenceEnds: a long text given to ICU in chunks', () => {
  // Every case of the tables above and the places where ICU does not break although a full stop and a space come
  // first (". a", ". 3", '. "', ".)"), run together into one long stretch.
  const cases = [
    'Mr. Sarraj arrived. He spoke. The U.S. Treasury acted. It opened on Jan. 5 at 9 a.m. and closed late.',
    'He said "it is over." Then he left. It was over (he said.) Then he left. Wait... what happened? Nothing.',
    'It rose by 3. 5 per cent. etc. and more. So. "Quoted." A. B. Was it the UN? Yes! It was. e.g. this one.',
    'وأشارت تقارير إلى ذلك. وبعد سيطرته، أصبح قريبًا؟ نعم! جملة أولى۔ جملة ثانية قال «هل انتهى؟» ثم غادر.',
    'قالت الولايات المتحدة U.S. إن الأمر انتهى. وأضافت أن ٣٫٥ مليون شخص تأثروا. تأسست عام 1951 م. وما زالت تعمل.',
  ];
  test.each(['en', 'ar'] as const)('the same ends as in one piece, at any chunk size (%s)', (lang) => {
    let seed = 7;
    const pick = () => cases[(seed = (seed * 31 + 11) % 101) % cases.length];
    const text = Array.from({ length: 60 }, pick).join(' ');
    const whole = icuSentenceEnds(text, lang, 0, text.length, Infinity);
    expect(whole.length).toBeGreaterThan(200);
    for (const chunk of [1, 5, 40, 300]) expect(icuSentenceEnds(text, lang, 0, text.length, chunk)).toEqual(whole);
    expect(icuSentenceEnds(text, lang, 17, 4000, 5)).toEqual(icuSentenceEnds(text, lang, 17, 4000, Infinity));
  });
});

describe('paragraphs', () => {
  test('blank lines separate paragraphs; a single line break does not', () => {
    expect(splitParagraphs('one\ntwo\n\nthree\r\n  \r\nfour\n\n\n')).toEqual(['one\ntwo', 'three', 'four']);
  });
  test('lineRanges: one paragraph a line, blank lines skipped', () => {
    const text = 'one\r\n\ntwo \rthree';
    expect(lineRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(['one', 'two', 'three']);
  });
});
