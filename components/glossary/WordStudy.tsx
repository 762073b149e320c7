import { Fact } from '@/components/ui/Fact';

type Props = { root: string; pattern?: string; pos: string; labels: { root: string; partOfSpeech: string } };

/** Root, part of speech and pattern rows of a word entry, shared by the term card and the glossary page (inside a <dl>). */
export function WordStudy({ root, pattern, pos, labels }: Props) {
  return (
    <>
      <Fact label={labels.root} lang="ar" dir="rtl" className="ar">
        {root}
      </Fact>
      <Fact label={labels.partOfSpeech}>
        {pos}
        {pattern && (
          <>
            {' · '}
            <span lang="ar" dir="rtl" className="ar">
              {pattern}
            </span>
          </>
        )}
      </Fact>
    </>
  );
}
