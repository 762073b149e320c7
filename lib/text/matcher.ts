import { readings, type Reading } from './clitics';
import { englishFormKey, englishReadings } from './english';
import { normalizeArabic } from './normalize';
import { isTermGap, tokenize, type Token } from './tokenize';

import type { Lang } from '@/lib/i18n/locales';
export type { Lang };

/** What the matcher needs to know of a term in one language. */
export type TermForms = { termId: string; forms: string[]; notForms?: string[] };

/** One occurrence of a term: whole written words, clitics included. Offsets are UTF-16 code units. */
export type TermSpan = {
  start: number;
  end: number;
  termId: string;
  surface: string;
  /** The glossary form that matched. */
  form: string;
  /** Proclitics written on the first word (و, ف, ب, ك, ل), in order. */
  clitics: string[];
};

type Hit = { termId: string; form: string };
type Node = { next: Map<string, Node>; hit?: Hit };

const newNode = (): Node => ({ next: new Map() });

export class DuplicateFormError extends Error {}

/**
 * A trie over the keys of the forms' words. Matching is one pass over the text's words: at each word, each of
 * its few readings (clitics split off) walks down the trie, so the cost does not grow with the glossary's size.
 * The longest match wins; the words it covers are skipped.
 */
export class TermMatcher {
  private readonly root = newNode();
  private readonly blocked = new Map<string, Set<string>>();

  constructor(
    readonly lang: Lang,
    terms: TermForms[],
  ) {
    for (const term of terms) {
      for (const form of term.forms) this.insert(term.termId, form);
      if (term.notForms?.length) this.blocked.set(term.termId, new Set(term.notForms.map((w) => this.wordKey(w))));
    }
  }

  private wordKey(word: string): string {
    return this.lang === 'ar' ? normalizeArabic(word) : englishFormKey(word);
  }

  private insert(termId: string, form: string): void {
    const words = tokenize(form).map((t) => this.wordKey(t.text));
    if (words.length === 0) throw new Error(`term "${termId}": the form "${form}" has no words`);
    let node = this.root;
    for (const key of words) {
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = newNode()));
      node = child;
    }
    if (node.hit && node.hit.termId !== termId) {
      throw new DuplicateFormError(
        `the form "${form}" of term "${termId}" reads the same as "${node.hit.form}" of term "${node.hit.termId}"`,
      );
    }
    node.hit ??= { termId, form };
  }

  // The same words recur throughout a text: each word's keys and readings are worked out once (caches, emptied
  // when full; the arrays are shared, so never changed).
  private readonly keysOf = new Map<string, string[]>();
  private readonly readingsOf = new Map<string[], Reading[]>();

  /** The keys a word of the text is looked up by when it is not the first word of a term. */
  private plainKeys(token: Token): string[] {
    let keys = this.keysOf.get(token.text);
    if (!keys) {
      if (this.keysOf.size >= 50_000) {
        this.keysOf.clear();
        this.readingsOf.clear();
      }
      keys = this.lang === 'ar' ? [normalizeArabic(token.text)] : englishReadings(token.text);
      this.keysOf.set(token.text, keys);
    }
    return keys;
  }

  /** Readings of the first word of a possible term: Arabic proclitics split off; English words as they are. */
  private firstReadings(keys: string[]): Reading[] {
    let out = this.readingsOf.get(keys);
    if (!out) this.readingsOf.set(keys, (out = this.lang === 'ar' ? readings(keys[0]) : keys.map((key) => ({ key, clitics: [] }))));
    return out;
  }

  /** The terms in `text`, in order; at most `limit` of them (the rest of the text is not searched). */
  find(text: string, limit = Infinity): TermSpan[] {
    const tokens = tokenize(text);
    const keys = tokens.map((t) => this.plainKeys(t));
    const spans: TermSpan[] = [];
    let i = 0;
    while (i < tokens.length && spans.length < limit) {
      const best = this.longestAt(text, tokens, keys, i);
      if (!best) {
        i++;
        continue;
      }
      const start = tokens[i].start;
      const end = tokens[best.last].end;
      spans.push({ start, end, termId: best.hit.termId, form: best.hit.form, surface: text.slice(start, end), clitics: [...best.clitics] });
      i = best.last + 1;
    }
    return spans;
  }

  private longestAt(text: string, tokens: Token[], keys: string[][], i: number) {
    let best: { hit: Hit; last: number; clitics: string[] } | undefined;
    for (const reading of this.firstReadings(keys[i])) {
      let node = this.root.next.get(reading.key);
      let j = i;
      while (node) {
        if (node.hit && (!best || j > best.last) && !this.isBlocked(node.hit.termId, keys[i])) {
          best = { hit: node.hit, last: j, clitics: reading.clitics };
        }
        const k = j + 1;
        if (k >= tokens.length || !isTermGap(text.slice(tokens[j].end, tokens[k].start))) break;
        const from: Node = node;
        node = keys[k].map((key) => from.next.get(key)).find(Boolean);
        j = k;
      }
    }
    return best;
  }

  /** A false friend: the first word, as written, is one the term lists as never its own (لصالح for صالح). */
  private isBlocked(termId: string, firstWordKeys: string[]): boolean {
    const blocked = this.blocked.get(termId);
    return !!blocked && firstWordKeys.some((key) => blocked.has(key));
  }
}
