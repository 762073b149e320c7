import type { ReactNode } from 'react';
import { Sentences } from '@/components/reader/Pieces';
import type { Lang, ParagraphView } from '@/lib/reader/pageText';
import type { RowInfo } from '@/lib/read/rows';

type Props = {
  locale: Lang;
  paragraphs: ParagraphView[];
  info: RowInfo[];
  langs: Lang[];
  labels: Record<Lang, string>;
  /** What an empty side says, in the interface language: "No English sentence matches this". */
  none: Record<Lang, string>;
  /** The row's own controls and marks, shown in the first column's cell (in the interface language). */
  tools?: (k: number) => ReactNode;
};

const DIR = { ar: 'rtl', en: 'ltr' } as const;

/**
 * A pasted pair as rows, one per aligned unit: the Arabic and English cells of a row sit level (the columns share
 * the grid's rows, as the reader's columns do), each column a section with its own lang and dir, so the reader's
 * counterpart lighting, keys, layouts and tashkeel work on it unchanged. A side with no counterpart says so in
 * words; the row's controls and its low-confidence mark sit in the interface language's cell.
 */
export function UnitRows({ locale, paragraphs, info, langs, labels, none, tools }: Props) {
  const order = [...langs].sort((a, b) => (a === locale ? -1 : b === locale ? 1 : 0));
  const glossaryHref = `/${locale}/glossary`;
  return (
    <div className={`columns columns-${order.length} unit-rows`} style={{ ['--rows' as string]: paragraphs.length }}>
      {order.map((lang, ci) => (
        <section key={lang} lang={lang} dir={DIR[lang]} className={`column column-${lang}`} aria-label={labels[lang]} data-column={lang}>
          {paragraphs.map((p, k) => {
            const { missing, low } = info[k];
            const cls = ['para', 'unit', low && 'unit-low', missing && 'unit-one-sided'].filter(Boolean).join(' ');
            return (
              <div key={k} className={cls} data-para={p.id} data-unit={k + 1} data-low={low || undefined} style={{ ['--i' as string]: k + 1 }}>
                {missing === lang ? (
                  <p className="unit-none" lang={locale} dir={DIR[locale]} data-none={lang}>
                    {none[lang]}
                  </p>
                ) : (
                  <p className="unit-text">
                    <Sentences sentences={p[lang]} glossaryHref={glossaryHref} />
                  </p>
                )}
                {ci === 0 && tools?.(k)}
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
