import { describe, expect, test } from 'vitest';
import { splitParagraphs, splitSentences } from './segment';

describe('splitSentences', () => {
  test.each<[string, 'ar' | 'en', string[]]>([
    ['وأشارت تقارير إلى ذلك. وبعد سيطرته، أصبح قريبًا؟ نعم!', 'ar', ['وأشارت تقارير إلى ذلك.', 'وبعد سيطرته، أصبح قريبًا؟', 'نعم!']],
    ['ذكرت الصحيفة، الخميس، نقلًا عن مسؤولين أن القوات تتمركز.', 'ar', ['ذكرت الصحيفة، الخميس، نقلًا عن مسؤولين أن القوات تتمركز.']],
    ['Mr. Sarraj arrived. He spoke.', 'en', ['Mr. Sarraj arrived.', 'He spoke.']],
    ['The U.S. Treasury acted. Dr. Smith agreed.', 'en', ['The U.S. Treasury acted.', 'Dr. Smith agreed.']],
    ['Was it the UN? Yes! It was.', 'en', ['Was it the UN?', 'Yes!', 'It was.']],
  ])('%s', (text, lang, expected) => {
    expect(splitSentences(text, lang)).toEqual(expected);
  });
});

describe('splitParagraphs', () => {
  test('blank lines separate paragraphs; a single line break does not', () => {
    expect(splitParagraphs('one\ntwo\n\nthree\r\n  \r\nfour\n\n\n')).toEqual(['one\ntwo', 'three', 'four']);
  });
});
