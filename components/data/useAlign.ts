'use client';

import type { AlignUnit } from '@/lib/api/align';
import { postJson, useApiMutation } from './api';
import type { Texts } from './useAnnotate';

export type Aligned = { texts: Texts; units: AlignUnit[] };

/** POST /api/align for a pasted pair. */
export async function align(texts: Texts): Promise<AlignUnit[]> {
  return (await postJson<{ units: AlignUnit[] }>('/api/align', { ar: texts.ar, en: texts.en })).units;
}

/**
 * The sentence aligner over a pasted pair, beside useAnnotate: `run(texts)`, then `data` (the texts and their
 * units), `pending`, and `error` (an ApiError). Needs a QueryProvider above.
 */
export function useAlign() {
  return useApiMutation(async (texts: Texts): Promise<Aligned> => ({ texts, units: await align(texts) }));
}
