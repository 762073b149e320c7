import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { corpusDir } from './alignCorpus';

/** The NTREX documents (../shared/corpus/ntrex): id, site, and the line-parallel Arabic and English. */
export type NtrexDoc = { id: string; site: string; ar: string[]; en: string[] };

export function readNtrex(dir = corpusDir()): NtrexDoc[] {
  const lines = (file: string) => readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim());
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((id) => ({ id, site: id.replace(/\.\d+$/, ''), ar: lines(path.join(dir, id, 'ar.txt')), en: lines(path.join(dir, id, 'en.txt')) }));
}

/**
 * A synthetic content folder of `count` articles: the NTREX documents repeated under new slugs (one line a
 * paragraph, the first line the title), with the real glossary. For the scale benchmark only: the published
 * articles come through the importer.
 */
export function writeSyntheticContent(root: string, count: number, docs = readNtrex()): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'articles'), { recursive: true });
  copyFileSync(path.resolve('content/glossary.yaml'), path.join(root, 'glossary.yaml'));
  for (let i = 0; i < count; i++) {
    const doc = docs[i % docs.length];
    const slug = `${doc.id.replace(/[^a-z0-9]+/g, '-')}-${i}`;
    const article = {
      originalLanguage: 'en',
      date: '2018-10',
      dateApproximate: true,
      title: { ar: doc.ar[0], en: doc.en[0] },
      site: doc.site,
      source: { ar: `نسخة اصطناعية من ${doc.id}`, en: `Synthetic copy of ${doc.id}` },
      paragraphs: doc.en.slice(1).map((en, k) => ({ sentences: [{ ar: doc.ar[k + 1], en }] })),
    };
    mkdirSync(path.join(root, 'articles', slug));
    writeFileSync(path.join(root, 'articles', slug, 'article.yaml'), YAML.stringify(article));
  }
}
