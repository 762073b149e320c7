import 'server-only';
import { glossarySchema, type Term } from '@/lib/glossary/schema';
import { articleSlugs, readArticleYaml, readGlossaryYaml } from './files';
import { validate } from './parse';
import { articleSchema, type ArticleFile } from './schema';

// Content from disk (./files.js, shared with next.config.js), validated once per process.
export { articleSlugs };

const articleCache = new Map<string, ArticleFile>();

export function readArticle(slug: string): ArticleFile | undefined {
  let article = articleCache.get(slug);
  if (!article) {
    const yaml = readArticleYaml(slug);
    if (!yaml) return undefined;
    article = validate(yaml.file, yaml.data, articleSchema);
    articleCache.set(slug, article);
  }
  return article;
}

let glossaryCache: Term[] | undefined;

export function readGlossary(): Term[] {
  if (!glossaryCache) {
    const { file, data } = readGlossaryYaml();
    glossaryCache = validate(file, data, glossarySchema).terms;
  }
  return glossaryCache;
}
