import type { AnnotateSpan } from '@/lib/api/annotate';

export class AnnotateError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * POST /api/annotate for one text; a JSON error becomes an AnnotateError with the server's message. `truncated`:
 * the text had more terms than one answer carries (MAX_SPANS), only the first are marked.
 */
export async function annotate(lang: 'ar' | 'en', text: string): Promise<{ spans: AnnotateSpan[]; truncated: boolean }> {
  let response: Response;
  try {
    response = await fetch('/api/annotate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ lang, text }) });
  } catch {
    throw new AnnotateError(0, 'network');
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new AnnotateError(response.status, data?.error?.message ?? response.statusText);
  return { spans: data.spans, truncated: data.truncated === true };
}
