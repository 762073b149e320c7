/**
 * npm run import -- --ar <file> --en <file> --slug <slug> [options]   write content/articles/<slug>/article.yaml
 * npm run import -- --check <slug>                                     report where the aligner disagrees with it
 * Usage and options: `npm run import -- --help` (and README, "Importing an article").
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { buildMatchers } from '../lib/content/annotate';
import { ContentError } from '../lib/content/error';
import { validate } from '../lib/content/parse';
import { articleSchema } from '../lib/content/schema';
import { glossarySchema } from '../lib/glossary/schema';
import { buildArticle, type ImportOptions, type ImportReport, type Paragraphing } from '../lib/import/build';
import { checkAlignment } from '../lib/import/check';
import { checkLanguage, checkSlug, cleanText, decodeUtf8, ImportRefusal } from '../lib/import/clean';
import type { Lang } from '../lib/i18n/locales';
import { parseNotes, type NoteSpec } from '../lib/import/notes';

const USAGE = `Usage:
  npm run import -- --ar <file> --en <file> --slug <slug> --date <YYYY[-MM[-DD]]> --source-ar <text> --source-en <text> [options]
  npm run import -- --check <slug>

Options:
  --original ar|en              the language the text was written in (default: ar)
  --title-ar, --title-en <text> titles (default: the file's first line, or its Markdown heading)
  --date <YYYY[-MM[-DD]]>       publication date (required); --date-approximate if it is not exact
  --source-ar, --source-en      one sentence on where the text comes from, in each language (required)
  --attribution-ar, --attribution-en, --site <key>, --license <name>, --license-url <url>
  --paragraphs auto|lines|blank how the files mark paragraphs: blank lines, one a line, or auto (blank lines if
                                there are any, else one paragraph a line; the default)
  --threshold <0..1>            report units below this confidence (default 0.5)
  --notes <file>                editorial notes to attach (YAML: a list of {find | find-en, kind, ar, en}; each
                                note goes on the one sentence whose text holds its "find" piece)
  --report-json <file>          also write the report as JSON
  --force                       replace an existing article
  --content <dir>               the content folder (default: $MIZAN_CONTENT_DIR or ./content)`;

const { values } = parseArgs({
  options: {
    ar: { type: 'string' }, en: { type: 'string' }, slug: { type: 'string' }, check: { type: 'string' },
    original: { type: 'string', default: 'ar' }, 'title-ar': { type: 'string' }, 'title-en': { type: 'string' },
    date: { type: 'string' }, 'date-approximate': { type: 'boolean', default: false },
    'source-ar': { type: 'string' }, 'source-en': { type: 'string' },
    'attribution-ar': { type: 'string' }, 'attribution-en': { type: 'string' }, site: { type: 'string' },
    license: { type: 'string' }, 'license-url': { type: 'string' }, paragraphs: { type: 'string', default: 'auto' },
    threshold: { type: 'string', default: '0.5' }, 'report-json': { type: 'string' }, notes: { type: 'string' }, force: { type: 'boolean', default: false },
    content: { type: 'string' }, help: { type: 'boolean', default: false },
  },
  strict: true,
});

const refuse = (message: string): never => {
  throw new ImportRefusal(message);
};

function readInput(file: string, lang: Lang): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return refuse(`${file} cannot be read.`);
  }
  const text = cleanText(decodeUtf8(bytes, file));
  checkLanguage(text, lang, file);
  return text;
}

function readNotes(file: string): NoteSpec[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return refuse(`${file} (--notes) cannot be read.`);
  }
  return parseNotes(file, cleanText(decodeUtf8(bytes, file)));
}

function printReport(report: ImportReport, slug: string): void {
  console.log(`${slug}: ${report.units} units in ${report.paragraphs} paragraphs; English/Arabic length ratio ${report.ratio}; paragraphs ${report.paragraphsTrusted ? 'alike (trusted)' : 'differ (not trusted)'}`);
  if (!report.items.length) return console.log('Nothing to check: every unit is confident, two-sided and of a usual length ratio.');
  console.log(`Check these ${report.items.length} units before committing:`);
  for (const item of report.items) {
    console.log(`\n  ${item.at}  [${item.kinds.join(', ')}]  confidence ${item.score}\n    ar: ${item.ar}\n    en: ${item.en}`);
  }
}

/** Write aside, then rename: a failure leaves no half-written article (and no new empty folder). */
function writeAtomically(dir: string, name: string, text: string): void {
  const created = !existsSync(dir);
  mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${name}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, path.join(dir, name));
  } catch (e) {
    rmSync(temp, { force: true });
    if (created) rmdirSync(dir);
    throw e;
  }
}

// The content folder is read by lib/content/files when it is loaded: load it once the folder is chosen.
const contentFiles = () => import('../lib/content/files');

async function termFinder(): Promise<ImportOptions['terms']> {
  const { file, data } = (await contentFiles()).readGlossaryYaml();
  const matchers = buildMatchers(validate(file, data, glossarySchema).terms);
  return (lang, text) => matchers[lang].find(text).map((s) => s.termId);
}

async function runImport(): Promise<void> {
  const { ar, en, slug } = values;
  if (!ar || !en || !slug) refuse('--ar, --en and --slug are required.');
  checkSlug(slug!);
  const contentDir = path.resolve(values.content ?? process.env.MIZAN_CONTENT_DIR ?? 'content');
  const dir = path.join(contentDir, 'articles', slug!);
  if (existsSync(path.join(dir, 'article.yaml')) && !values.force) refuse(`content/articles/${slug}/article.yaml already exists: choose another slug, or pass --force to replace it.`);
  if (values.original !== 'ar' && values.original !== 'en') refuse('--original must be "ar" or "en".');
  if (!values.date) refuse('--date is required (YYYY, YYYY-MM or YYYY-MM-DD).');
  if (!values['source-ar'] || !values['source-en']) refuse('--source-ar and --source-en are required: one sentence on where the text comes from, in each language.');
  if (!['auto', 'lines', 'blank'].includes(values.paragraphs!)) refuse('--paragraphs must be auto, lines or blank.');
  const threshold = Number(values.threshold);
  if (!(threshold >= 0 && threshold <= 1)) refuse('--threshold must be a number between 0 and 1.');
  const attribution = values['attribution-ar'] || values['attribution-en'];
  if (attribution && !(values['attribution-ar'] && values['attribution-en'])) refuse('Give the attribution in both languages: --attribution-ar and --attribution-en.');
  const arText = readInput(ar!, 'ar');
  const enText = readInput(en!, 'en');
  const notes = values.notes ? readNotes(values.notes) : undefined;
  process.env.MIZAN_CONTENT_DIR = contentDir;
  const terms = await termFinder();
  const { article, report } = buildArticle(arText, enText, {
    original: values.original as Lang,
    title: { ar: values['title-ar'], en: values['title-en'] },
    date: values.date!,
    dateApproximate: values['date-approximate'],
    source: { ar: values['source-ar']!, en: values['source-en']! },
    attribution: attribution ? { ar: values['attribution-ar']!, en: values['attribution-en']! } : undefined,
    site: values.site,
    license: values.license,
    licenseUrl: values['license-url'],
    paragraphs: values.paragraphs as Paragraphing,
    threshold,
    terms,
    notes,
    notesFile: values.notes,
  });
  writeAtomically(dir, 'article.yaml', YAML.stringify(article, { lineWidth: 0 }));
  if (values['report-json']) writeFileSync(values['report-json'], JSON.stringify({ slug, file: path.join(dir, 'article.yaml'), ...report }, null, 2) + '\n');
  printReport(report, slug!);
  if (notes?.length) console.log(`\n${notes.length} editorial note(s) from ${values.notes}: ${(article.notes ?? []).map((n) => `${n.kind} at ${n.at}`).join(', ')}`);
  console.log(`\nWrote ${path.relative(process.cwd(), path.join(dir, 'article.yaml'))}`);
}

async function runCheck(slug: string): Promise<void> {
  checkSlug(slug);
  if (values.content) process.env.MIZAN_CONTENT_DIR = path.resolve(values.content);
  const yaml = (await contentFiles()).readArticleYaml(slug) ?? refuse(`There is no article "${slug}".`);
  const result = checkAlignment(validate(yaml.file, yaml.data, articleSchema));
  console.log(`${slug}: ${result.units} units; the aligner disagrees with ${result.disagreements.length}.`);
  for (const d of result.disagreements) console.log(`\n  units ${d.units.join(', ') || '—'}  confidence ${d.score}\n    ar: ${d.ar || '∅'}\n    en: ${d.en || '∅'}`);
  if (values['report-json']) writeFileSync(values['report-json'], JSON.stringify({ slug, ...result }, null, 2) + '\n');
}

async function main(): Promise<void> {
  try {
    if (values.help) console.log(USAGE);
    else if (values.check) await runCheck(values.check);
    else await runImport();
  } catch (e) {
    if (e instanceof ImportRefusal || e instanceof ContentError) {
      console.error(`import: ${e.message}\nNothing was written.`);
      process.exitCode = 1;
      return;
    }
    throw e;
  }
}

void main();
