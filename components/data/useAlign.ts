'use client';

import { useMutation } from '@tanstack/react-query';
import type { AlignUnit } from '@/lib/api/align';
import { ApiError, fetchJson } from './api';
import type { Texts } from './useAnnotate';

export type Aligned = { texts: Texts; units: AlignUnit[] };

/** POST /api/align for a pasted pair. */
export async function align(texts: Texts): Promise<AlignUnit[]> {
  const body = JSON.stringify({ ar: texts.ar, en: texts.en });
  return (await fetchJson<{ units: AlignUnit[] }>('/api/align', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).units;
}

/**
 * The sentence aligner over a pasted pair, beside useAnnotate: `run(texts)`, then `data` (the texts and their
 * units), `pending`, and `error` (an ApiError). Needs a QueryProvider above.
 */
export function useAlign() {
  const mutation = useMutation({ mutationFn: async (texts: Texts): Promise<Aligned> => ({ texts, units: await align(texts) }) });
  return {
    data: mutation.data,
    pending: mutation.isPending,
    error: mutation.error instanceof ApiError ? mutation.error : mutation.error ? new ApiError(0, mutation.error.message) : null,
    run: mutation.mutate,
    reset: mutation.reset,
  };
}
