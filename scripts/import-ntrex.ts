/**
 * npm run import:ntrex [-- --force] [--only <id,…>] [--jobs <n>] [--reports <dir>] [--summary-json <file>]
 *
 * Publishes the NTREX-128 documents through the importer (scripts/import.ts), one `npm run import` per document,
 * with the slug and date of content/ntrex/documents.tsv, the site, titles, source, attribution and licence, and the
 * editorial notes of content/ntrex/notes/<id>.yaml. Re-runnable: without --force an existing article is left alone;
 * with --force every document is imported again (after an aligner change), notes included. A document marked
 * "keep" (the hand-edited Macedonia article) is never touched. Prints one line a document and a summary of the
 * alignment reports (flagged units per kind); exit code 1 if any import failed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { corpusDir } from '../bench/alignCorpus';
import { ImportRefusal } from '../lib/import/clean';
import { checkCoverage, withoutLeftoverTags, importArgs, parseDocuments, parseManifest } from '../lib/import/ntrex';

const { values } = parseArgs({
  options: {
    force: { type: 'boolean', default: false },
    only: { type: 'string' },
    jobs: { type: 'string', default: '2' },
    corpus: { type: 'string' },
    reports: { type: 'string', default: path.join(tmpdir(), 'mizan-ntrex-reports') },
    'summary-json': { type: 'string' },
    content: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});

const ROOT = path.join(__dirname, '..');
const TABLE = path.join(ROOT, 'content/ntrex/documents.tsv');
const NOTES = path.join(ROOT, 'content/ntrex/notes');
const KINDS = ['low-confidence', 'one-sided', 'length-ratio'] as const;
type Outcome = { id: string; slug: string; status: 'imported' | 'kept' | 'exists' | 'failed'; detail: string; units?: number; items?: { kinds: string[] }[]; notes?: number };

function runImport(args: string[], contentDir: string | undefined): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts/import.ts'), ...args, ...(contentDir ? ['--content', contentDir] : [])], { cwd: ROOT });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

async function main(): Promise<void> {
  if (values.help) return console.log(readFileSync(__filename, 'utf8').split('*/')[0]);
  const corpus = values.corpus ? path.resolve(values.corpus) : corpusDir();
  const manifest = parseManifest(readFileSync(path.join(corpus, 'MANIFEST.tsv'), 'utf8'));
  const docs = parseDocuments(path.relative(process.cwd(), TABLE), readFileSync(TABLE, 'utf8'));
  checkCoverage(docs, manifest);
  const site = new Map(manifest.map((m) => [m.id, m.site]));
  const only = values.only ? new Set(values.only.split(',')) : undefined;
  for (const id of only ?? []) if (!site.has(id)) throw new ImportRefusal(`--only: there is no document ${id}.`);
  const contentDir = values.content ? path.resolve(values.content) : undefined;
  const articles = path.join(contentDir ?? process.env.MIZAN_CONTENT_DIR ?? path.join(ROOT, 'content'), 'articles');
  mkdirSync(values.reports!, { recursive: true });

  const todo = docs.filter((d) => !only || only.has(d.id));
  const outcomes: Outcome[] = new Array(todo.length);
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const k = next++;
      const doc = todo[k];
      if (doc.keep) {
        outcomes[k] = { ...doc, status: 'kept', detail: `edited by hand: content/articles/${doc.slug} is kept as it is (not re-imported)` };
        continue;
      }
      if (!values.force && existsSync(path.join(articles, doc.slug, 'article.yaml'))) {
        outcomes[k] = { ...doc, status: 'exists', detail: 'already imported (--force imports it again)' };
        continue;
      }
      const arFile = path.join(corpus, doc.id, 'ar.txt');
      const cleaned = withoutLeftoverTags(readFileSync(arFile, 'utf8'));
      if (cleaned !== undefined) writeFileSync(path.join(values.reports!, `${doc.id}.ar.txt`), cleaned);
      const files = {
        ar: cleaned === undefined ? arFile : path.join(values.reports!, `${doc.id}.ar.txt`),
        en: path.join(corpus, doc.id, 'en.txt'),
        notes: existsSync(path.join(NOTES, `${doc.id}.yaml`)) ? path.join(NOTES, `${doc.id}.yaml`) : undefined,
        report: path.join(values.reports!, `${doc.id}.json`),
      };
      const r = await runImport(importArgs(doc, site.get(doc.id)!, files, values.force!), contentDir);
      if (r.code !== 0) {
        outcomes[k] = { ...doc, status: 'failed', detail: (r.err || r.out).trim().split('\n')[0] };
        continue;
      }
      const report = JSON.parse(readFileSync(files.report, 'utf8')) as { units: number; items: { kinds: string[] }[] };
      const notes = files.notes ? Number(/(\d+) editorial note/.exec(r.out)?.[1] ?? 0) : 0;
      outcomes[k] = { ...doc, status: 'imported', detail: `${report.units} units, ${report.items.length} flagged${notes ? `, ${notes} note(s)` : ''}`, units: report.units, items: report.items, notes };
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Number(values.jobs) || 1) }, worker));

  for (const o of outcomes) console.log(`${o.status.padEnd(8)} ${o.id.padEnd(24)} ${o.slug.padEnd(44)} ${o.detail}`);
  const imported = outcomes.filter((o) => o.status === 'imported');
  const perKind = Object.fromEntries(KINDS.map((kind) => [kind, imported.reduce((n, o) => n + o.items!.filter((i) => i.kinds.includes(kind)).length, 0)]));
  const summary = {
    documents: outcomes.length,
    imported: imported.length,
    kept: outcomes.filter((o) => o.status === 'kept').map((o) => o.id),
    exists: outcomes.filter((o) => o.status === 'exists').length,
    failed: outcomes.filter((o) => o.status === 'failed').map((o) => o.id),
    units: imported.reduce((n, o) => n + o.units!, 0),
    flagged: imported.reduce((n, o) => n + o.items!.length, 0),
    perKind,
    notes: imported.reduce((n, o) => n + (o.notes ?? 0), 0),
    reports: values.reports,
  };
  console.log(`\n${summary.imported} imported, ${summary.kept.length} kept, ${summary.exists} already there, ${summary.failed.length} failed (of ${summary.documents}).`);
  console.log(`Units ${summary.units}; flagged ${summary.flagged}: ${KINDS.map((k) => `${k} ${perKind[k]}`).join(', ')}; notes ${summary.notes}. Reports: ${summary.reports}`);
  if (values['summary-json']) writeFileSync(values['summary-json'], JSON.stringify(summary, null, 2) + '\n');
  if (summary.failed.length) process.exitCode = 1;
}

main().catch((e) => {
  if (e instanceof ImportRefusal) {
    console.error(`import:ntrex: ${e.message}`);
    process.exitCode = 1;
  } else throw e;
});
