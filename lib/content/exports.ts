import 'server-only';
import { buildEntries, formContexts } from '@/lib/export/entries';
import { glossaryCsv, omegatGlossary, qaCsv } from '@/lib/export/tabular';
import { tbxBasic, tbxMartif } from '@/lib/export/tbx';
import { getArticles, getEntryViews } from './index';
import { loadMessages } from './messages';
import { getChecks } from './corpus';
import { articleUnits } from './qa';

/** Every export the glossary page offers, by the name its URL uses: /api/glossary/export/<format>. */
export const EXPORT_FORMATS = ['tbx-basic', 'tbx-martif', 'omegat-ar-en', 'omegat-en-ar', 'csv', 'qa-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportFile = { body: string; contentType: string; filename: string };

const XML = 'application/xml; charset=utf-8';
const CSV = 'text/csv; charset=utf-8; header=present';
const TEXT = 'text/plain; charset=utf-8';

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

function entries() {
  const views = { ar: [...getEntryViews('ar').values()], en: [...getEntryViews('en').values()] };
  return buildEntries(views, formContexts(getArticles()));
}

export function exportFile(format: ExportFormat): ExportFile {
  const en = loadMessages('en').Exports;
  const meta = { title: en.fileTitle, source: en.fileSource };
  switch (format) {
    case 'tbx-basic':
      return { body: tbxBasic(entries(), meta), contentType: XML, filename: 'mizan-glossary.tbx' };
    case 'tbx-martif':
      return { body: tbxMartif(entries(), meta), contentType: XML, filename: 'mizan-glossary-martif.tbx' };
    case 'omegat-ar-en':
    case 'omegat-en-ar': {
      const [from, to] = format === 'omegat-ar-en' ? (['ar', 'en'] as const) : (['en', 'ar'] as const);
      // The comments are for the translator, who writes the target language.
      const labels = loadMessages(to).Exports;
      return {
        body: omegatGlossary(entries(), from, { header: labels.omegatHeader, also: labels.also, avoid: labels.avoid }),
        contentType: TEXT,
        filename: `mizan-glossary-${from}-${to}.utf8`,
      };
    }
    case 'csv':
      return { body: glossaryCsv(entries()), contentType: CSV, filename: 'mizan-glossary.csv' };
    case 'qa-csv': {
      const articles = getArticles().map((a) => ({ slug: a.slug, pairs: getChecks(a.slug), units: articleUnits(a) }));
      return { body: qaCsv(articles), contentType: CSV, filename: 'mizan-term-qa.csv' };
    }
  }
}
