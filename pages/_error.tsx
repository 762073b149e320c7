import type { NextPageContext } from 'next';
import Head from 'next/head';
import Link from 'next/link';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { securityHeaders } from '@/lib/http/security-headers';

type Props = { statusCode: number };

/**
 * Next answers a path it cannot decode (`/ar/%E0%A4%A`) by rendering the Pages Router's `/_error` with status
 * 400, before any route or the proxy runs; without this page an App Router-only build answers a bare 500. Said in
 * both languages, like app/not-found.tsx. App routes keep their own not-found and error pages.
 */
export default function ErrorPage({ statusCode }: Props) {
  const kind = statusCode === 400 ? 'badRequest' : 'serverError';
  return (
    <main className="page not-found">
      <Head>
        <title>{`${ar.ErrorPage[`${kind}Title`]} · ${en.ErrorPage[`${kind}Title`]}`}</title>
      </Head>
      <h1>{ar.ErrorPage[`${kind}Title`]}</h1>
      <p>{ar.ErrorPage[`${kind}Body`]}</p>
      <p>
        <Link href="/ar">{ar.ErrorPage.home}</Link>
      </p>
      <div lang="en" dir="ltr">
        <h2>{en.ErrorPage[`${kind}Title`]}</h2>
        <p>{en.ErrorPage[`${kind}Body`]}</p>
        <p>
          <Link href="/en">{en.ErrorPage.home}</Link>
        </p>
      </div>
    </main>
  );
}

ErrorPage.getInitialProps = ({ res, err }: NextPageContext): Props => {
  // Next answers here before applying next.config.js headers: set them ourselves.
  for (const { key, value } of securityHeaders(process.env.NODE_ENV === 'development')) res?.setHeader(key, value);
  return { statusCode: res?.statusCode ?? err?.statusCode ?? 500 };
};
