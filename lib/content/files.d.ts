// Types of files.js (plain CommonJS, shared with next.config.js).
export function articleSlugs(): string[];
export function readArticleYaml(slug: string): { file: string; data: unknown } | undefined;
export function readGlossaryYaml(): { file: string; data: unknown };
export function termIds(): string[];
export function parseYamlText(file: string, source: string): unknown;
