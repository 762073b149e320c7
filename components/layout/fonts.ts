import localFont from 'next/font/local';

// Self-hosted Noto Naskh Arabic (variable weight 400–700), split in two by unicode-range
// (scripts/subset-fonts.mjs): the core file (U+0600–0671, all of Arabic text: 30 KB instead of Fontsource's 94 KB
// Arabic file) is preloaded; the rest (Persian, Urdu… letters, presentation forms, the Supplement and Extended
// blocks, mathematical letters) is fetched only by a page that has such a character. Next computes a
// metric-matched fallback for the core face, so the text does not move when the face
// arrives. English uses the system's serif: no font file. next/font needs literal options: the unicode-range
// values are written out here, and test/fonts.test.ts checks them against the script's.
export const naskh = localFont({
  src: './fonts/naskh-arabic-core.woff2',
  weight: '400 700',
  style: 'normal',
  display: 'swap',
  variable: '--font-naskh',
  adjustFontFallback: 'Times New Roman',
  declarations: [{ prop: 'unicode-range', value: 'U+0600-0671,U+200C-200E,U+2010-2011,U+204F,U+2E41' }],
});

// The rest file comes first in the stack (app/globals.css): it covers none of the core's characters, which go on
// to the core face; no fallback of its own, which would otherwise take their characters before the core face's
// family. Not preloaded: only a page with one of its characters fetches it.
export const naskhRest = localFont({
  src: './fonts/naskh-arabic-rest.woff2',
  weight: '400 700',
  style: 'normal',
  display: 'swap',
  variable: '--font-naskh-rest',
  preload: false,
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0672-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC,U+102E0-102FB,U+10E60-10E7E,U+10EC2-10EC4,U+10EFC-10EFF,U+1EE00-1EE03,U+1EE05-1EE1F,U+1EE21-1EE22,U+1EE24,U+1EE27,U+1EE29-1EE32,U+1EE34-1EE37,U+1EE39,U+1EE3B,U+1EE42,U+1EE47,U+1EE49,U+1EE4B,U+1EE4D-1EE4F,U+1EE51-1EE52,U+1EE54,U+1EE57,U+1EE59,U+1EE5B,U+1EE5D,U+1EE5F,U+1EE61-1EE62,U+1EE64,U+1EE67-1EE6A,U+1EE6C-1EE72,U+1EE74-1EE77,U+1EE79-1EE7C,U+1EE7E,U+1EE80-1EE89,U+1EE8B-1EE9B,U+1EEA1-1EEA3,U+1EEA5-1EEA9,U+1EEAB-1EEBB,U+1EEF0-1EEF1',
    },
  ],
});

/** The class names that define both faces' CSS variables, for the <html> element. */
export const arabicFontVariables = `${naskhRest.variable} ${naskh.variable}`;
