/**
 * The NTREX-128 corpus as Mizan publishes it: which document becomes which article (content/ntrex/documents.tsv),
 * and the `npm run import` arguments for each (title, site, date, source, attribution, licence, notes). Pure: the
 * driver (scripts/import-ntrex.ts) reads the files and runs the imports.
 */
import { ImportRefusal, SLUG } from './clean';

export type NtrexDoc = { id: string; slug: string; date: string; approximate: boolean; keep: boolean };
export type ManifestRow = { id: string; site: string; title: string };

export const LICENSE = 'CC BY-SA 4.0';
export const LICENSE_URL = 'https://creativecommons.org/licenses/by-sa/4.0/';
export const ATTRIBUTION = 'NTREX-128, Microsoft (Federmann, Kocmi, Xin 2022), CC BY-SA 4.0';

/** The publishers, by the site key of the document ids: their names in English and Arabic. */
export const SITES: Record<string, { en: string; ar: string }> = {
  abcnews: { en: 'ABC News', ar: 'إيه بي سي نيوز' },
  bbc: { en: 'BBC', ar: 'بي بي سي' },
  cbsnews: { en: 'CBS News', ar: 'سي بي إس نيوز' },
  'cnbc.com': { en: 'CNBC', ar: 'سي إن بي سي' },
  cnn: { en: 'CNN', ar: 'سي إن إن' },
  'dailymail.co.uk': { en: 'Daily Mail', ar: 'ديلي ميل' },
  'euronews-en': { en: 'Euronews', ar: 'يورونيوز' },
  foxnews: { en: 'Fox News', ar: 'فوكس نيوز' },
  guardian: { en: 'The Guardian', ar: 'الغارديان' },
  independent: { en: 'The Independent', ar: 'الإندبندنت' },
  newsweek: { en: 'Newsweek', ar: 'نيوزويك' },
  nytimes: { en: 'The New York Times', ar: 'نيويورك تايمز' },
  reuters: { en: 'Reuters', ar: 'رويترز' },
  'rt.com': { en: 'RT', ar: 'آر تي' },
  scotsman: { en: 'The Scotsman', ar: 'ذا سكوتسمان' },
  telegraph: { en: 'The Telegraph', ar: 'التلغراف' },
  upi: { en: 'UPI', ar: 'يونايتد برس إنترناشونال' },
};

const DATE = /^2018-(09|10)(-\d{2})?$/;

/** content/ntrex/documents.tsv: `#` comments, a header, then id, slug, date, "~" if approximate, "keep". */
export function parseDocuments(file: string, text: string): NtrexDoc[] {
  const rows = text.split('\n').map((l, i) => ({ line: i + 1, cells: l.split('\t') })).filter((r) => r.cells[0].trim() && !r.cells[0].startsWith('#'));
  const [header, ...body] = rows;
  if (header?.cells.slice(0, 5).join(',') !== 'id,slug,date,approx,keep') throw new ImportRefusal(`${file}: the first row must be the header "id, slug, date, approx, keep" (tab-separated).`);
  const docs: NtrexDoc[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of body) {
    const [id, slug, date, approx = '', keep = ''] = cells.map((c) => c.trim());
    const at = `${file}, line ${line}`;
    if (!id || !slug || !date) throw new ImportRefusal(`${at}: a row needs an id, a slug and a date.`);
    if (!SLUG.test(slug)) throw new ImportRefusal(`${at}: "${slug}" is not a valid slug.`);
    if (!DATE.test(date)) throw new ImportRefusal(`${at}: "${date}" is not a date of September or October 2018 (YYYY-MM or YYYY-MM-DD).`);
    if (approx !== '' && approx !== '~') throw new ImportRefusal(`${at}: the approx column is "~" or empty, not "${approx}".`);
    if (keep !== '' && keep !== 'keep') throw new ImportRefusal(`${at}: the keep column is "keep" or empty, not "${keep}".`);
    for (const key of [id, slug]) {
      if (seen.has(key)) throw new ImportRefusal(`${at}: "${key}" is already on line ${seen.get(key)}.`);
      seen.set(key, line);
    }
    docs.push({ id, slug, date, approximate: approx === '~', keep: keep === 'keep' });
  }
  return docs;
}

/** ../shared/corpus/ntrex/MANIFEST.tsv: doc, source, lines, first_line, title. */
export function parseManifest(text: string): ManifestRow[] {
  return text
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => {
      const [id, site, , , title] = l.split('\t');
      return { id, site, title };
    });
}

/** The table and the manifest must list the same documents, each site known. */
export function checkCoverage(docs: NtrexDoc[], manifest: ManifestRow[]): void {
  const inTable = new Set(docs.map((d) => d.id));
  const inManifest = new Set(manifest.map((m) => m.id));
  const missing = [...inManifest].filter((id) => !inTable.has(id));
  const unknown = [...inTable].filter((id) => !inManifest.has(id));
  if (missing.length) throw new ImportRefusal(`content/ntrex/documents.tsv has no row for ${missing.join(', ')}.`);
  if (unknown.length) throw new ImportRefusal(`content/ntrex/documents.tsv lists ${unknown.join(', ')}, which the corpus does not have.`);
  const sites = manifest.map((m) => m.site).filter((s) => !SITES[s]);
  if (sites.length) throw new ImportRefusal(`No publisher name for the site(s) ${[...new Set(sites)].join(', ')}: add them to SITES in lib/import/ntrex.ts.`);
}

// A markup tag left over from the data set's SGML (reuters.218909's Arabic headline begins with `<seg id="1">`).
const LEFTOVER_TAG = /<\/?seg\b[^>]*>/g;

/** The text without leftover markup tags, or undefined when it has none. The driver imports a copy without them;
 * the document's notes file says so on the article (never a silent change). */
export function withoutLeftoverTags(text: string): string | undefined {
  const cleaned = text.replace(LEFTOVER_TAG, '');
  return cleaned === text ? undefined : cleaned;
}

/** The `npm run import` arguments for one document (files, notes and reports are paths given by the driver). */
export function importArgs(doc: NtrexDoc, site: string, files: { ar: string; en: string; notes?: string; report?: string }, force: boolean): string[] {
  const name = SITES[site];
  const args = ['--ar', files.ar, '--en', files.en, '--slug', doc.slug, '--original', 'en', '--paragraphs', 'lines', '--date', doc.date];
  if (doc.approximate) args.push('--date-approximate');
  args.push(
    '--site', site,
    '--source-en', `From NTREX-128 (document ${doc.id} of the WMT19 news test set): an English news article from ${name.en}, with a professional Arabic translation.`,
    '--source-ar', `من مجموعة NTREX-128 (الوثيقة ${doc.id} من مجموعة اختبار الأخبار WMT19): مقال إخباري إنجليزي من ${name.ar}، مع ترجمة عربية احترافية.`,
    '--attribution-en', `${ATTRIBUTION}. Original: ${name.en} (${site}), in English; the Arabic is NTREX's professional translation of the English original.`,
    '--attribution-ar', `${ATTRIBUTION}. الأصل: ${name.ar} (${site})، بالإنجليزية؛ والنص العربي ترجمة NTREX الاحترافية للأصل الإنجليزي.`,
    '--license', LICENSE, '--license-url', LICENSE_URL,
  );
  if (files.notes) args.push('--notes', files.notes);
  if (files.report) args.push('--report-json', files.report);
  if (force) args.push('--force');
  return args;
}
