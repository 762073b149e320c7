import type { Piece } from '@/lib/content/annotate';
import type { Lang, ParagraphView } from '@/lib/reader/pageText';
import { paraAnchorHtml, piecesHtml, sentencesHtml } from '@/lib/reader/html';
import { Pieces, Sentences } from './Pieces';

export type { ParagraphView, SentenceView } from '@/lib/reader/pageText';

type Props = {
  locale: Lang;
  paragraphs: ParagraphView[];
  title?: Record<Lang, Piece[]>;
  labels: Record<Lang, string>;
  /** The accessible name of a paragraph's anchor link; no anchors when absent. */
  anchorLabel?: (n: number) => string;
  langs?: Lang[];
  /**
   * Each title and paragraph as one HTML string (lib/reader/html.ts) instead of React elements: for text rendered on
   * the server, whose payload then carries a compact string per paragraph. Pasted texts, rendered in the browser,
   * keep the elements.
   */
  html?: boolean;
};

const DIR = { ar: 'rtl', en: 'ltr' } as const;

/**
 * Two texts as two columns, each with its own lang and dir whatever the interface language. The columns share
 * the grid's rows (subgrid), so paired paragraphs start level; on a narrow screen they stack. The interface
 * language's column comes first, at the start side. Rendered on the server (articles) and in the browser
 * (pasted texts) alike. Each row carries its index (--i), so the interleaved layout can place it by CSS alone.
 */
export function Columns({ locale, paragraphs, title, labels, anchorLabel, langs = ['ar', 'en'], html = false }: Props) {
  const order = [...langs].sort((a, b) => (a === locale ? -1 : b === locale ? 1 : 0));
  const glossaryHref = `/${locale}/glossary`;
  const rows = paragraphs.length + (title ? 1 : 0);
  return (
    <div className={`columns columns-${order.length}`} style={{ ['--rows' as string]: rows }}>
      {order.map((lang) => (
        <section key={lang} lang={lang} dir={DIR[lang]} className={`column column-${lang}`} aria-label={labels[lang]} data-column={lang}>
          {title &&
            (html ? (
              <h1 className="column-title" style={{ ['--i' as string]: 1 }} dangerouslySetInnerHTML={{ __html: piecesHtml(title[lang], glossaryHref) }} />
            ) : (
              <h1 className="column-title" style={{ ['--i' as string]: 1 }}>
                <Pieces pieces={title[lang]} glossaryHref={glossaryHref} />
              </h1>
            ))}
          {paragraphs.map((p, pi) => {
            const anchored = lang === order[0] && anchorLabel;
            const props = { ...(anchored ? { id: `p${p.id}` } : {}), className: 'para', 'data-para': p.id, style: { ['--i' as string]: pi + 1 + (title ? 1 : 0) } };
            if (html) {
              const inner = sentencesHtml(p[lang], glossaryHref) + (anchored ? paraAnchorHtml(p.id, anchorLabel(Number(p.id))) : '');
              return <p key={p.id} {...props} dangerouslySetInnerHTML={{ __html: inner }} />;
            }
            return (
              <p key={p.id} {...props}>
                <Sentences sentences={p[lang]} glossaryHref={glossaryHref} />
                {anchored && (
                  <a className="para-anchor" href={`#p${p.id}`} aria-label={anchorLabel(Number(p.id))}>
                    ¶
                  </a>
                )}
              </p>
            );
          })}
        </section>
      ))}
    </div>
  );
}
