type Props = { termId: string; text: string; href: string; occ?: string; status?: string };

/**
 * One highlighted occurrence: a plain link to the glossary entry, rendered on the server, the same element before
 * and after hydration (an inline link wraps across lines like the words it is made of; a button could not). No
 * client component per occurrence: one controller per page region (TermController) opens the card from it.
 * Review mode reads data-status; the card finds the occurrence's text and clitics by data-occ in the page's text.
 */
export function Term({ termId, text, href, occ, status }: Props) {
  return (
    <a className="term" href={href} data-term={termId} data-occ={occ} data-status={status}>
      {text}
    </a>
  );
}
