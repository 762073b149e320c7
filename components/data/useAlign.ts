'use client';

import type { AlignResponse } from '@/lib/api/align';
import { postJson, useApiMutation } from './api';
import type { Texts } from './useAnnotate';

/** The texts, their units and the sentences the aligner paired (splits are offered at those only). */
export type Aligned = AlignResponse & { texts: Texts };

/** POST /api/align for a pasted pair. */
export async function align(texts: Texts): Promise<AlignResponse> {
  const { units, sentences } = await postJson<AlignResponse>('/api/align', { ar: texts.ar, en: texts.en });
  return { units, sentences };
}

/**
 * The sentence aligner over a pasted pair, beside useAnnotate: `run(texts)`, then `data` (the texts, their units
 * and sentences), `pending`, and `error` (an ApiError). Needs a QueryProvider above.
 */
export function useAlign() {
  return useApiMutation(async (texts: Texts): Promise<Aligned> => ({ texts, ...(await align(texts)) }));
}
