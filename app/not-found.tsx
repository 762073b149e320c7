import Link from 'next/link';
import { naskh } from '@/components/layout/fonts';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';

// Paths outside any locale (the proxy sends most of them to a locale, so this is rare): say it in both languages.
export default function GlobalNotFound() {
  return (
    <html lang="ar" dir="rtl" className={naskh.variable}>
      <body>
        <main id="main" className="page not-found">
          <h1>{ar.NotFound.title}</h1>
          <p>
            <Link href="/ar">{ar.NotFound.home}</Link>
          </p>
          <div lang="en" dir="ltr">
            <h2>{en.NotFound.title}</h2>
            <p>
              <Link href="/en">{en.NotFound.home}</Link>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
