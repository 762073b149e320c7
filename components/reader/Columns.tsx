import { Fragment } from 'react';
import type { Piece } from '@/lib/content/annotate';
import type { Lang, ParagraphView } from '@/lib/reader/pageText';
import { Pieces } from './Pieces';

export type { ParagraphView, SentenceView } from '@/lib/reader/pageText';

type Props = {
  locale: Lang;
  paragraphs: ParagraphView[];
  title?: Record<Lang, Piece[]>;
  labels: Record<Lang, string>;
  /** The accessible name of a paragraph's anchor link; no anchors when absent. */
  anchorLabel?: (n: number) => string;
  langs?: Lang[];
};

const DIR = { ar: 'rtl', en: 'ltr' } as const;

/**
 * Two texts as two columns, each with its own lang and dir whatever the interface language. The columns share
 * the grid's rows (subgrid), so paired paragraphs start level; on a narrow screen they stack. The interface
 * language's column comes first, at the start side. Rendered on the server (articles) and in the browser
 * (pasted texts) alike. Each row carries its index (--i), so the interleaved layout can place it by CSS alone.
 */
export function Columns({ locale, paragraphs, title, labels, anchorLabel, langs = ['ar', 'en'] }: Props) {
  const order = [...langs].sort((a, b) => (a === locale ? -1 : b === locale ? 1 : 0));
  const glossaryHref = `/${locale}/glossary`;
  const rows = paragraphs.length + (title ? 1 : 0);
  return (
    <div className={`columns columns-${order.length}`} style={{ ['--rows' as string]: rows }}>
      {order.map((lang) => (
        <section key={lang} lang={lang} dir={DIR[lang]} className={`column column-${lang}`} aria-label={labels[lang]} data-column={lang}>
          {title && (
            <h1 className="column-title" style={{ ['--i' as string]: 1 }}>
              <Pieces pieces={title[lang]} glossaryHref={glossaryHref} />
            </h1>
          )}
          {paragraphs.map((p, pi) => (
            <p key={p.id} id={lang === order[0] && anchorLabel ? `p${p.id}` : undefined} className="para" data-para={p.id} style={{ ['--i' as string]: pi + 1 + (title ? 1 : 0) }}>
              {p[lang].map((s, si) => (
                <Fragment key={si}>
                  {si > 0 && ' '}
                  <span className="sent" data-sent={s.id}>
                    {s.pieces.map((run, ri) => (
                      <Fragment key={ri}>
                        {ri > 0 && ' '}
                        <Pieces pieces={run} glossaryHref={glossaryHref} />
                      </Fragment>
                    ))}
                  </span>
                </Fragment>
              ))}
              {lang === order[0] && anchorLabel && (
                <a className="para-anchor" href={`#p${p.id}`} aria-label={anchorLabel(Number(p.id))}>
                  ¶
                </a>
              )}
            </p>
          ))}
        </section>
      ))}
    </div>
  );
}
