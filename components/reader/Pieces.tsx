import { Fragment } from 'react';
import { Term } from '@/components/glossary/Term';
import type { Piece } from '@/lib/content/annotate';
import type { SentenceView } from '@/lib/reader/pageText';

type Props = { pieces: Piece[]; glossaryHref: string };

/** Text with its highlighted terms; each term is one element over whole written words. */
export function Pieces({ pieces, glossaryHref }: Props) {
  return pieces.map((p, i) => (typeof p === 'string' ? p : <Term key={i} termId={p.termId} text={p.text} href={`${glossaryHref}/${p.termId}`} occ={p.occ} status={p.status} />));
}

/** A paragraph's (or a unit's) sentences on one side: each a span with its sentence id, runs joined by a space. */
export function Sentences({ sentences, glossaryHref }: { sentences: SentenceView[]; glossaryHref: string }) {
  return sentences.map((s, si) => (
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
  ));
}
