import type { NextPageContext } from 'next';
import Head from 'next/head';
import Link from 'next/link';
import { securityHeaders } from '@/lib/http/security-headers';
import type { Lang } from '@/lib/i18n/locales';

type Text = { title: string; body: string; home: string };
type Props = { statusCode: number; text: Record<Lang, Text> };

/**
 * Next answers a path it cannot decode (`/ar/%E0%A4%A`) by rendering the Pages Router's `/_error` with status
 * 400, before any route or the proxy runs; without this page an App Router-only build answers a bare 500. Said in
 * both languages, like app/not-found.tsx. App routes keep their own not-found and error pages. Its words come as
 * props from getInitialProps (which runs on the server), so the page's chunk holds no message file.
 */
export default function ErrorPage({ text }: Props) {
  const { ar, en } = text;
  return (
    <main className="page not-found">
      <Head>
        <title>{`${ar.title} · ${en.title}`}</title>
      </Head>
      <h1>{ar.title}</h1>
      <p>{ar.body}</p>
      <p>
        <Link href="/ar">{ar.home}</Link>
      </p>
      <div lang="en" dir="ltr">
        <h2>{en.title}</h2>
        <p>{en.body}</p>
        <p>
          <Link href="/en">{en.home}</Link>
        </p>
      </div>
    </main>
  );
}

ErrorPage.getInitialProps = async ({ res, err }: NextPageContext): Promise<Props> => {
  // Next answers here before applying next.config.js headers: set them ourselves.
  for (const { key, value } of securityHeaders(process.env.NODE_ENV === 'development')) res?.setHeader(key, value);
  const statusCode = res?.statusCode ?? err?.statusCode ?? 500;
  const kind = statusCode === 400 ? 'badRequest' : 'serverError';
  // The words are picked from the message files on the server only. `typeof window` is fixed at build time, so the
  // browser's bundle holds neither file (a lazy import would still put both, every glossary text, in .next/static).
  // The browser runs this only on a client-side move to an error page, which the App Router never makes: it then
  // loads the address afresh, and the server renders it.
  if (typeof window !== 'undefined') {
    window.location.reload();
    return new Promise<Props>(() => {});
  }
  const [{ default: ar }, { default: en }] = await Promise.all([import('@/messages/ar.json'), import('@/messages/en.json')]);
  const pick = (m: typeof ar): Text => ({ title: m.ErrorPage[`${kind}Title`], body: m.ErrorPage[`${kind}Body`], home: m.ErrorPage.home });
  return { statusCode, text: { ar: pick(ar), en: pick(en) } };
};
