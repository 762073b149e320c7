import { Term } from '@/components/glossary/Term';
import type { Piece } from '@/lib/content/annotate';

type Props = { pieces: Piece[]; lang: 'ar' | 'en'; glossaryHref: string };

/** Text with its highlighted terms; each term is one element over whole written words. */
export function Pieces({ pieces, lang, glossaryHref }: Props) {
  return pieces.map((p, i) =>
    typeof p === 'string' ? (
      p
    ) : (
      <Term key={i} termId={p.termId} text={p.text} clitics={p.clitics} form={p.form} lang={lang} href={`${glossaryHref}/${p.termId}`} occ={p.occ} status={p.status} />
    ),
  );
}
