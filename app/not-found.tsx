/* eslint-disable @next/next/no-html-link-for-pages -- plain anchors on purpose: a 404 needs no client router (components/layout/SiteHeader.tsx) */
import { arabicFontVariables } from '@/components/layout/fonts';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';

// Paths outside any locale (the proxy sends most of them to a locale, so this is rare): say it in both languages.
export default function GlobalNotFound() {
  return (
    <html lang="ar" dir="rtl" className={arabicFontVariables}>
      <body>
        <main id="main" className="page not-found">
          <h1>{ar.NotFound.title}</h1>
          <p>
            <a href="/ar">{ar.NotFound.home}</a>
          </p>
          <div lang="en" dir="ltr">
            <h2>{en.NotFound.title}</h2>
            <p>
              <a href="/en">{en.NotFound.home}</a>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
