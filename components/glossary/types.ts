/** What a term card shows, resolved on the server for the interface language. */
export type CardTerm = {
  id: string;
  ar: string;
  en: string;
  translit: string;
  category: string;
  gloss: string;
  explanation: string;
  href: string;
  study?: { root: string; pattern?: string; pos: string; literal: string; note: string };
};
