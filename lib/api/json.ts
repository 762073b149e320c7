import type { z } from 'zod';

/** A JSON error answer: a status and one clear sentence, never a stack trace. */
export function jsonError(status: number, code: string, message: string, headers?: HeadersInit): Response {
  return Response.json({ error: { code, message } }, { status, headers });
}

export class BodyTooLarge extends Error {}
export class BodyNotUtf8 extends Error {}

/** The request body as UTF-8 text, refusing to read more than `maxBytes` (whatever Content-Length claims). */
export async function readBody(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new BodyTooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  // Offsets are answered in the text as sent: bytes that are not UTF-8 have no such text, so they are refused
  // rather than silently replaced.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new BodyNotUtf8();
  }
}

/**
 * A JSON request body, or the error answer that says why it cannot be had: 413 over `maxBytes` (with
 * `tooLarge` as its message), 400 for a body that is not UTF-8, cannot be read, or is not JSON (`shape` says what is).
 */
export async function readJsonBody(request: Request, limits: { maxBytes: number; tooLarge: string; shape: string }): Promise<{ data: unknown } | { error: Response }> {
  let body: string;
  try {
    body = await readBody(request, limits.maxBytes);
  } catch (e) {
    if (e instanceof BodyTooLarge) return { error: jsonError(413, 'too_large', limits.tooLarge) };
    if (e instanceof BodyNotUtf8) return { error: jsonError(400, 'invalid_encoding', 'The body must be UTF-8 encoded JSON.') };
    return { error: jsonError(400, 'unreadable_body', 'The request body could not be read.') };
  }
  try {
    return { data: JSON.parse(body) };
  } catch {
    return { error: jsonError(400, 'invalid_json', `The body must be JSON: ${limits.shape}.`) };
  }
}

/**
 * A JSON request body validated by `schema`, or the error answer: readJsonBody's, or a 400 naming the first problem
 * (an unknown field and the ones accepted, `fields`; a body that is not an object; a missing field; else the
 * schema's own message).
 */
export async function readJsonRequest<T>(request: Request, schema: z.ZodType<T>, limits: { maxBytes: number; tooLarge: string; shape: string; fields: string }): Promise<{ data: T } | { error: Response }> {
  const read = await readJsonBody(request, limits);
  if ('error' in read) return read;
  const { data } = read;
  const parsed = schema.safeParse(data);
  if (parsed.success) return { data: parsed.data };
  const issue = parsed.error.issues[0];
  const message =
    issue.code === 'unrecognized_keys'
      ? `Unknown field "${issue.keys[0]}": only ${limits.fields} are accepted.`
      : issue.code === 'invalid_type' && issue.path.length === 0
        ? `The body must be a JSON object: ${limits.shape}.`
        : issue.path.length && !Object.hasOwn(data as object, issue.path[0])
          ? `The field "${String(issue.path[0])}" is missing.`
          : issue.message;
  return { error: jsonError(400, 'invalid_request', message) };
}
