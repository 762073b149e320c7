import type { HTMLAttributes, ReactNode } from 'react';

type Props = { label: ReactNode; children: ReactNode } & Pick<HTMLAttributes<HTMLElement>, 'lang' | 'dir' | 'className'>;

/** One row of a <dl> of facts: its term and its value, in a <div> (a row the stylesheet can lay out). */
export function Fact({ label, children, ...value }: Props) {
  return (
    <div>
      <dt>{label}</dt>
      <dd {...value}>{children}</dd>
    </div>
  );
}
