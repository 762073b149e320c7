import { Term } from '@/components/glossary/Term';
import type { Piece } from '@/lib/content/annotate';

type Props = { pieces: Piece[]; glossaryHref: string };

/** Text with its highlighted terms; each term is one element over whole written words. */
export function Pieces({ pieces, glossaryHref }: Props) {
  return pieces.map((p, i) => (typeof p === 'string' ? p : <Term key={i} termId={p.termId} text={p.text} href={`${glossaryHref}/${p.termId}`} occ={p.occ} status={p.status} />));
}
