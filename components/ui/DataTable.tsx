import type { ReactNode } from 'react';

type Props = {
  className: string;
  caption: string;
  /** A caption for screen readers only, where a heading above already says what the table is. */
  hiddenCaption?: boolean;
  /** The column headers, in order. */
  columns: string[];
  /** The rows (`<tr>`). */
  children: ReactNode;
  /** Said after the table, inside its scrolling box. */
  after?: ReactNode;
} & { [data: `data-${string}`]: string | number };

/** A table of rows with its caption and column headers, in a box that scrolls sideways on a narrow screen. */
export function DataTable({ className, caption, hiddenCaption, columns, children, after, ...data }: Props) {
  return (
    <div className="table-scroll">
      <table className={className} {...data}>
        <caption className={hiddenCaption ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {after}
    </div>
  );
}
