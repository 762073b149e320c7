import type { ReactNode } from 'react';
import './globals.css';
import './translators.css';

// The <html> element is rendered by app/[locale]/layout.tsx (lang and dir follow the interface language) and by
// app/not-found.tsx for paths outside any locale.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
