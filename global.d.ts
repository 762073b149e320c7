import type en from '@/messages/en.json';
import type { Locale } from '@/lib/i18n/locales';

// next-intl's type augmentation: every message key is checked against messages/en.json (ar.json has the same keys,
// tested in test/messages.test.ts), and a locale is one of ours. A misspelt key or namespace is a type error
// (test/types/misspelt-key.tsx shows it; test/messages-types.test.ts runs tsc on it).
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
