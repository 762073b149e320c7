/** One field of a CSV record, quoted per RFC 4180 when it holds a comma, a quote, a line break or edge spaces. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Records as RFC 4180 text: fields joined by commas, records ended by CRLF. */
export function toCsv(rows: string[][]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** A card for Anki: what is asked, what answers it, the sentence it came from, tags. */
export type AnkiNote = { front: string; back: string; context: string; tags: string[] };

/**
 * A CSV file Anki's importer (2.1.55 and later) reads without questions: header lines name the separator, say
 * the fields are plain text (Anki escapes them and turns line breaks into <br>), name the columns and the tags
 * column. UTF-8 without a byte-order mark: Anki reads UTF-8 by default, and older versions do not recognise a
 * "#separator" line behind a BOM. Tags are words: spaces inside one become underscores.
 */
export function ankiCsv(notes: AnkiNote[]): string {
  const header = ['#separator:comma', '#html:false', '#columns:Front,Back,Context,Tags', '#tags column:4'].join('\r\n') + '\r\n';
  return header + toCsv(notes.map((n) => [n.front, n.back, n.context, n.tags.map((t) => t.trim().replace(/\s+/g, '_')).filter(Boolean).join(' ')]));
}
