import type { SelectHTMLAttributes } from 'react';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> & {
  id: string;
  label: string;
  /** The first option, the empty value: "Any source", "All categories". */
  any: string;
  options: { value: string; label: string }[];
  /** The field's wrapper: a <p> in a server-rendered form, a <div> where the form's layout wants one. */
  as?: 'p' | 'div';
};

/** A labelled select of a search form: any value, or one of the options. The select's own attributes pass through. */
export function SelectField({ id, label, any, options, as: Wrapper = 'p', ...select }: Props) {
  return (
    <Wrapper className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} {...select}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrapper>
  );
}
