import { PASTED_KEY, pastedCodec } from '@/lib/read/pasted';
import { storedItem } from '@/lib/storage/store';

export type { Pasted } from '@/lib/read/pasted';

/** What the learner pasted on /read, and their corrections: see lib/read/pasted.ts. */
export const pastedItem = storedItem(PASTED_KEY, pastedCodec);
