import { Head, Html, Main, NextScript } from 'next/document';

// Only pages/_error uses the Pages Router (see there): Arabic first, like the site's default locale.
export default function Document() {
  return (
    <Html lang="ar" dir="rtl">
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
