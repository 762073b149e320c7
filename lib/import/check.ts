import type { ArticleFile } from '@/lib/content/schema';
import { alignSentences } from '@/lib/text/sentenceAlign';

export type Disagreement = { ar: string; en: string; score: number; units: string[] };

/**
 * Run the aligner over an article's own texts (paragraphs as in the file, the title left out) and list the units
 * where it disagrees with the article's pairing: a unit that joins sentences of two article units, or is one-sided.
 */
export function checkAlignment(article: ArticleFile): { units: number; disagreements: Disagreement[] } {
  const spans: { id: string; ar: [number, number]; en: [number, number] }[] = [];
  let ar = '';
  let en = '';
  article.paragraphs.forEach((p, pi) => {
    if (pi > 0) {
      ar += '\n\n';
      en += '\n\n';
    }
    p.sentences.forEach((s, si) => {
      if (si > 0) {
        ar += ' ';
        en += ' ';
      }
      const e = Array.isArray(s.en) ? s.en.join(' ') : s.en;
      spans.push({ id: `${pi + 1}.${si + 1}`, ar: [ar.length, ar.length + s.ar.length], en: [en.length, en.length + e.length] });
      ar += s.ar;
      en += e;
    });
  });
  const result = alignSentences(ar, en);
  const disagreements: Disagreement[] = [];
  for (const u of result.units) {
    const a = u.ar[1] > u.ar[0] ? [result.ar[u.ar[0]].start, result.ar[u.ar[1] - 1].end] : null;
    const e = u.en[1] > u.en[0] ? [result.en[u.en[0]].start, result.en[u.en[1] - 1].end] : null;
    const touched = spans.filter((s) => (a && a[0] < s.ar[1] && s.ar[0] < a[1]) || (e && e[0] < s.en[1] && s.en[0] < e[1]));
    const inOne = touched.length === 1 && a && e;
    if (!inOne) {
      disagreements.push({ ar: a ? ar.slice(a[0], a[1]) : '', en: e ? en.slice(e[0], e[1]) : '', score: Number(u.score.toFixed(3)), units: touched.map((s) => s.id) });
    }
  }
  return { units: spans.length, disagreements };
}
