import { stringify } from 'csv-stringify/sync';
import { plainText } from '@/lib/content/annotate';
import type { QaPair, QaUnit } from '@/lib/content/qa';
import type { Lang } from '@/lib/text/matcher';
import type { ExportEntry } from './entries';

/** RFC 4180 CSV: a header row, CRLF line ends, quotes where needed; a BOM so spreadsheet apps read it as UTF-8. */
export function toCsv(columns: readonly string[], rows: Record<string, string>[]): string {
  // With CRLF records csv-stringify quotes only fields holding CRLF; RFC 4180 wants any line break quoted.
  return stringify(rows, { header: true, columns: [...columns], bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

/** Several forms in one cell. */
export const FORM_SEPARATOR = ' | ';

export const GLOSSARY_COLUMNS = [
  'id', 'category', 'translit',
  'ar_preferred', 'ar_admitted', 'ar_deprecated', 'en_preferred', 'en_admitted', 'en_deprecated',
  'ar_gloss', 'en_gloss', 'ar_definition', 'en_definition', 'root', 'pattern', 'pos',
] as const;

export function glossaryCsv(entries: ExportEntry[]): string {
  const forms = (e: ExportEntry, lang: Lang, status: string) => e.forms[lang].filter((f) => f.status === status).map((f) => f.form).join(FORM_SEPARATOR);
  return toCsv(
    GLOSSARY_COLUMNS,
    entries.map((e) => ({
      id: e.id,
      category: e.category,
      translit: e.translit,
      ar_preferred: forms(e, 'ar', 'preferred'),
      ar_admitted: forms(e, 'ar', 'admitted'),
      ar_deprecated: forms(e, 'ar', 'deprecated'),
      en_preferred: forms(e, 'en', 'preferred'),
      en_admitted: forms(e, 'en', 'admitted'),
      en_deprecated: forms(e, 'en', 'deprecated'),
      ar_gloss: e.gloss.ar,
      en_gloss: e.gloss.en,
      ar_definition: e.definition.ar,
      en_definition: e.definition.en,
      root: e.study?.root ?? '',
      pattern: e.study?.pattern ?? '',
      pos: e.study?.pos ?? '',
    })),
  );
}

type OmegatLabels = { header: string; also: string; avoid: string };

/** A tab, a line break or a control character would split an OmegaT glossary line: fold them into spaces. */
function field(s: string): string {
  return s.replace(/[\t\r\n\u0000-\u001f\u2028\u2029]+/g, ' ').trim();
}

/**
 * OmegaT's tab-separated glossary (`.utf8`): source term, target term, comment; lines starting with # are comments.
 * Every source form (deprecated ones too, since source texts contain them) maps to the preferred target form; the
 * comment, in the target language, gives the gloss, the other admitted renderings and the ones to avoid.
 */
export function omegatGlossary(entries: ExportEntry[], from: Lang, labels: OmegatLabels): string {
  const to: Lang = from === 'ar' ? 'en' : 'ar';
  const lines = [`# ${field(labels.header)}`];
  for (const e of entries) {
    const target = e.forms[to][0].form;
    const also = e.forms[to].slice(1).filter((f) => f.status === 'admitted').map((f) => f.form);
    const avoid = e.forms[to].filter((f) => f.status === 'deprecated').map((f) => f.form);
    const comment = [e.gloss[to], also.length ? `${labels.also} ${also.join(', ')}` : '', avoid.length ? `${labels.avoid} ${avoid.join(', ')}` : '']
      .filter(Boolean)
      .join(' · ');
    for (const f of e.forms[from]) lines.push([f.form, target, comment].map(field).join('\t'));
  }
  return lines.join('\n') + '\n';
}

export const QA_COLUMNS = ['article', 'unit', 'term_id', 'status', 'missing_in', 'ar_text', 'ar_form', 'ar_form_status', 'en_text', 'en_form', 'en_form_status', 'ar_sentence', 'en_sentence'] as const;

export type QaArticle = { slug: string; pairs: QaPair[]; units: QaUnit[] };

/** The QA report: one row per checked pair, in document order, with both sentences for context. */
export function qaCsv(articles: QaArticle[]): string {
  const rows = articles.flatMap(({ slug, pairs, units }) => {
    const byId = new Map(units.map((u) => [u.id, u]));
    return pairs.map((p) => {
      const unit = byId.get(p.unitId)!;
      return {
        article: slug,
        unit: p.unitId,
        term_id: p.termId,
        status: p.status,
        missing_in: p.missingIn ?? '',
        ar_text: p.ar?.text ?? '',
        ar_form: p.ar?.form ?? '',
        ar_form_status: p.ar?.formStatus ?? '',
        en_text: p.en?.text ?? '',
        en_form: p.en?.form ?? '',
        en_form_status: p.en?.formStatus ?? '',
        ar_sentence: plainText(unit.ar).trim(),
        en_sentence: plainText(unit.en).trim(),
      };
    });
  });
  return toCsv(QA_COLUMNS, rows);
}
