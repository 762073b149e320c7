import type { z } from 'zod';
import { ContentError } from './error';

// The class is plain JS (./error.js) so that next.config.js, through ./files.js, throws the same one.
export { ContentError };

/** `paragraphs[3].sentences[0].en` from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

export function fromZodError(file: string, error: z.ZodError): ContentError {
  const issue = error.issues[0];
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem(s))` : '';
  // An unknown key is named in the place, not only in the message.
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
  return new ContentError(file, formatPath(path), issue.message + more);
}
