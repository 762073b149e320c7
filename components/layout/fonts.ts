import localFont from 'next/font/local';

// Self-hosted Noto Naskh Arabic (variable weight, Arabic subset only: one file). Next computes a metric-matched
// fallback, so the text does not move when the face arrives. English uses the system's serif: no font file.
export const naskh = localFont({
  src: '../../node_modules/@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2',
  weight: '400 700',
  style: 'normal',
  display: 'swap',
  variable: '--font-naskh',
  adjustFontFallback: 'Times New Roman',
});
