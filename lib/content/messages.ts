import { IntlMessageFormat } from 'intl-messageformat';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import type { Locale } from '@/lib/i18n/routing';
import { ContentError } from './errors';

export type Messages = typeof en;
type Tree = { [key: string]: string | Tree };

const FILES: Record<Locale, Tree> = { ar, en };

/** Both message files, checked: a server-side read of the glossary texts goes through here. */
export const allMessages = (): Record<Locale, Messages> => ({ ar: loadMessages('ar'), en: loadMessages('en') });

/** Every leaf key of a message tree, dotted: "Glossary.gna.gloss". */
export function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : leafKeys(v, `${prefix}${k}.`)));
}

/**
 * Problems in a pair of message files: a key one file has and the other lacks, a message that is not a valid
 * ICU message, an empty message. Each names the file and the key.
 */
export function messageProblems(files: Record<string, Tree>): ContentError[] {
  const problems: ContentError[] = [];
  const keySets = Object.fromEntries(Object.entries(files).map(([locale, tree]) => [locale, new Set(leafKeys(tree))]));
  for (const [locale, keys] of Object.entries(keySets)) {
    const file = `messages/${locale}.json`;
    for (const [other, otherKeys] of Object.entries(keySets)) {
      for (const key of otherKeys) if (!keys.has(key)) problems.push(new ContentError(file, key, `missing (messages/${other}.json has it)`));
    }
    for (const key of keys) {
      const message = key.split('.').reduce<string | Tree>((t, k) => (t as Tree)[k], files[locale]) as string;
      if (!message.trim()) problems.push(new ContentError(file, key, 'is empty'));
      try {
        new IntlMessageFormat(message, locale);
      } catch (e) {
        problems.push(new ContentError(file, key, `is not a valid ICU message: ${(e as Error).message}`));
      }
    }
  }
  return problems;
}

let checked = false;

export function loadMessages(locale: Locale): Messages {
  if (!checked) {
    const problems = messageProblems(FILES);
    if (problems.length) throw problems[0];
    checked = true;
  }
  return FILES[locale] as Messages;
}
