import type { z } from 'zod';

/** A content or message file that cannot be used: names the file, the place in it and the problem. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly place: string,
    readonly problem: string,
  ) {
    super(`${file}: ${place ? place + ': ' : ''}${problem}`);
    this.name = 'ContentError';
  }
}

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
