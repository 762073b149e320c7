/** An entry's name in both languages, each with its own lang and dir: the glossary list's, a term page's and a search result's title. */
export function EntryTitle({ ar, en }: { ar: string; en: string }) {
  return (
    <>
      <span lang="ar" dir="rtl" className="ar">
        {ar}
      </span>
      <span aria-hidden="true"> · </span>
      <span lang="en" dir="ltr">
        {en}
      </span>
    </>
  );
}
