import 'server-only';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from './errors';
import { parseYaml } from './parse';
import { articleSchema, glossarySchema, type ArticleFile, type Term } from './schema';

// The only place that reads content from disk. Paths are built from slugs that are checked against the
// directory listing first, so nothing outside content/ can be asked for.
// MIZAN_CONTENT_DIR points the build at another content folder (the scale benchmark's synthetic corpora, tests
// on a temporary copy); next.config.js reads the same variable for its list of slugs.
const CONTENT_DIR = process.env.MIZAN_CONTENT_DIR ? path.resolve(process.env.MIZAN_CONTENT_DIR) : path.join(process.cwd(), 'content');
const ARTICLES_DIR = path.join(CONTENT_DIR, 'articles');
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const relative = (file: string) => path.relative(process.cwd(), file);

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new ContentError(relative(file), '', 'cannot be read');
  }
}

let slugsCache: string[] | undefined;

/** Every article folder under content/articles, sorted. A folder name that is not a valid slug is an error. */
export function articleSlugs(): string[] {
  slugsCache ??= readdirSync(ARTICLES_DIR)
    .filter((name) => statSync(path.join(ARTICLES_DIR, name)).isDirectory())
    .map((name) => {
      if (!SLUG.test(name)) throw new ContentError(relative(path.join(ARTICLES_DIR, name)), '', 'folder name must be a kebab-case slug');
      return name;
    })
    .sort();
  return slugsCache;
}

const articleCache = new Map<string, ArticleFile>();

export function readArticle(slug: string): ArticleFile | undefined {
  if (!articleSlugs().includes(slug)) return undefined;
  let article = articleCache.get(slug);
  if (!article) {
    const file = path.join(ARTICLES_DIR, slug, 'article.yaml');
    article = parseYaml(relative(file), readText(file), articleSchema);
    articleCache.set(slug, article);
  }
  return article;
}

let glossaryCache: Term[] | undefined;

export function readGlossary(): Term[] {
  if (!glossaryCache) {
    const file = path.join(CONTENT_DIR, 'glossary.yaml');
    glossaryCache = parseYaml(relative(file), readText(file), glossarySchema).terms;
  }
  return glossaryCache;
}
