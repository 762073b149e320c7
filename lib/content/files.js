// @ts-check
// The only code that reads content files from disk, in plain CommonJS so that next.config.js (article slugs and
// term ids for the cache rules) and the app (lib/content/load.ts, which validates) read them the same way.
// Types: files.d.ts. Paths are built from slugs checked against the directory listing, so nothing outside
// content/ can be asked for.
const { readdirSync, readFileSync, statSync } = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');
const { ContentError } = require('./error');

// MIZAN_CONTENT_DIR points the build at another content folder (the scale benchmark's synthetic corpora, tests on a
// temporary copy); next.config.js reads content through this file too, so both see the same folder.
const CONTENT_DIR = process.env.MIZAN_CONTENT_DIR ? path.resolve(process.env.MIZAN_CONTENT_DIR) : path.join(process.cwd(), 'content');
const ARTICLES_DIR = path.join(CONTENT_DIR, 'articles');
const GLOSSARY_FILE = path.join(CONTENT_DIR, 'glossary.yaml');
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** @param {string} file */
const relative = (file) => path.relative(process.cwd(), file);

/**
 * YAML text parsed, or a ContentError naming the file and the line. Duplicate keys are an error.
 * @param {string} file the name to report
 * @param {string} source
 * @returns {unknown}
 */
function parseYamlText(file, source) {
  try {
    return YAML.parse(source, { prettyErrors: true, uniqueKeys: true });
  } catch (e) {
    if (e instanceof YAML.YAMLError) {
      const pos = e.linePos?.[0];
      throw new ContentError(file, pos ? `line ${pos.line}, column ${pos.col}` : '', e.message.split('\n')[0]);
    }
    throw e;
  }
}

/**
 * @param {string} file absolute path
 * @returns {{ file: string, data: unknown }} the file's name relative to the project, and its parsed YAML
 */
function readYaml(file) {
  let source;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    throw new ContentError(relative(file), '', 'cannot be read');
  }
  return { file: relative(file), data: parseYamlText(relative(file), source) };
}

/** @type {string[] | undefined} */
let slugsCache;

/**
 * Every article folder under content/articles, sorted. A folder name that is not a valid slug is an error.
 * @returns {string[]}
 */
function articleSlugs() {
  slugsCache ??= readdirSync(ARTICLES_DIR)
    .filter((name) => statSync(path.join(ARTICLES_DIR, name)).isDirectory())
    .map((name) => {
      if (!SLUG.test(name)) throw new ContentError(relative(path.join(ARTICLES_DIR, name)), '', 'folder name must be a kebab-case slug');
      return name;
    })
    .sort();
  return slugsCache;
}

/**
 * An article's YAML, unvalidated, or undefined for a slug that is not an article folder.
 * @param {string} slug
 */
function readArticleYaml(slug) {
  return articleSlugs().includes(slug) ? readYaml(path.join(ARTICLES_DIR, slug, 'article.yaml')) : undefined;
}

/** The glossary's YAML, unvalidated (lib/content/load.ts validates it). */
function readGlossaryYaml() {
  return readYaml(GLOSSARY_FILE);
}

/**
 * The ids of the glossary's terms as written in the file, before validation (next.config.js needs no more; the
 * build validates the file and fails naming the place of any problem).
 * @returns {string[]}
 */
function termIds() {
  const { data } = readGlossaryYaml();
  const terms = data && typeof data === 'object' && 'terms' in data && Array.isArray(data.terms) ? data.terms : [];
  return terms.map((t) => t?.id).filter((id) => typeof id === 'string' && SLUG.test(id));
}

module.exports = { articleSlugs, readArticleYaml, readGlossaryYaml, termIds, parseYamlText };
