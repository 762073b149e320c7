// Page weight from the production build (run `npm run build` first): for each page, the gzip size of the
// JavaScript it loads first and of its fonts, next to the floor every App Router page of this Next/React build
// loads (the build manifest's rootMainFiles: React, React DOM and Next's client runtime). Prints figures only.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { gzipBytes, mapCost, mapHtml, moduleBytes } from './map-weight';

const NEXT = '.next';
const TARGET_RATIO = 1.1;
const READER = 'articles/misrata-foreign-intervention';
const PAGES = [
  { name: 'home', file: '' },
  { name: 'reader', file: READER },
  { name: 'glossary', file: 'glossary' },
  { name: 'read', file: 'read' },
  { name: 'term', file: 'glossary/gna' },
  { name: 'words', file: 'words' },
];
// A string that ships only with TanStack Query's client (its error for a missing provider).
const TANSTACK = /No QueryClient set/;

if (!existsSync(path.join(NEXT, 'BUILD_ID'))) {
  console.error('No production build in .next: run `npm run build` first.');
  process.exit(1);
}

const gz = (file: string) => gzipSync(readFileSync(file)).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const staticFile = (url: string) => path.join(NEXT, url.replace(/^\/?_next\//, '').replace(/^\//, ''));

const manifest = JSON.parse(readFileSync(path.join(NEXT, 'build-manifest.json'), 'utf8'));
const floorFiles: string[] = manifest.rootMainFiles.map((f: string) => path.join(NEXT, f));
const polyfills = new Set<string>(manifest.polyfillFiles.map((f: string) => path.join(NEXT, f)));
const floor = floorFiles.reduce((sum, f) => sum + gz(f), 0);

/** Every script a page's HTML makes the browser load before it is interactive: tags, preloads and the chunks its
 * React Server Components payload names for hydration. noModule polyfills are skipped (modern browsers ignore them). */
function firstLoadScripts(html: string): string[] {
  const urls = new Set<string>();
  for (const m of html.matchAll(/(?:\/_next\/)?static\/chunks\/[\w.-]+\.js/g)) urls.add(staticFile(m[0]));
  return [...urls].filter((f) => !polyfills.has(f) && existsSync(f));
}

/** The font files a page can load at first: preloaded ones and those its stylesheets declare, except faces limited
 *  to a unicode-range and not preloaded (the Arabic face's rarer blocks: fetched only for a text that has them). */
function fonts(html: string): string[] {
  const files = new Set<string>();
  for (const m of html.matchAll(/<link rel="preload"[^>]*href="([^"]+\.woff2)"/g)) files.add(staticFile(m[1]));
  for (const m of html.matchAll(/<link rel="stylesheet" href="([^"]+\.css)"/g)) {
    const css = readFileSync(staticFile(m[1]), 'utf8');
    for (const face of css.matchAll(/@font-face\s*\{[^}]*\}/g)) {
      if (face[0].includes('unicode-range')) continue;
      for (const f of face[0].matchAll(/url\(([^)]+\.woff2)\)/g)) files.add(staticFile(f[1].replace(/^\.\.\/media\//, '/_next/static/media/')));
    }
  }
  return [...files];
}

console.log(`Floor (rootMainFiles, ${floorFiles.length} chunks every App Router page loads): ${kb(floor)} gzip\n`);
console.log('page            JS gzip    × floor  chunks  fonts (files)       HTML gzip  TanStack Query');
const results: Record<string, number> = {};
for (const locale of ['ar', 'en']) {
  for (const page of PAGES) {
    const htmlFile = path.join(NEXT, 'server/app', `${locale}${page.file ? `/${page.file}` : ''}.html`);
    const html = readFileSync(htmlFile, 'utf8');
    const scripts = firstLoadScripts(html);
    const js = scripts.reduce((sum, f) => sum + gz(f), 0);
    const fontFiles = fonts(html);
    const fontBytes = fontFiles.reduce((sum, f) => sum + readFileSync(f).length, 0);
    const tanstack = scripts.some((f) => TANSTACK.test(readFileSync(f, 'utf8')));
    results[`${locale}/${page.name}`] = js / floor;
    console.log(
      `${`/${locale} ${page.name}`.padEnd(15)} ${kb(js).padStart(9)}  ${(js / floor).toFixed(2).padStart(6)}×  ${String(scripts.length).padStart(6)}  ${`${kb(fontBytes)} (${fontFiles.length})`.padEnd(18)}  ${kb(gz(htmlFile)).padStart(9)}  ${tanstack ? 'yes' : 'no'}`,
    );
  }
}
// Where the reader's JavaScript beyond the floor goes, chunk by chunk.
const readerHtml = readFileSync(path.join(NEXT, 'server/app', `en/${READER}.html`), 'utf8');
console.log('\nThe reader page beyond the floor:');
for (const f of firstLoadScripts(readerHtml).filter((f) => !floorFiles.includes(f))) console.log(`  ${path.basename(f).padEnd(22)} ${kb(gz(f)).padStart(9)}`);
const reader = Math.max(results['ar/reader'], results['en/reader']);
console.log(`\nReader page: ${reader.toFixed(2)}× the floor (target ≤ ${TARGET_RATIO}×): ${reader <= TARGET_RATIO ? 'met' : 'NOT met'}`);

// The article pages' HTML: raw and gzip bytes, and how much of it is the React Server Components payload that Next
// inlines for hydration (the `self.__next_f.push` scripts, and that payload decoded), next to the markup itself.
console.log('\nArticle pages (bytes of the prerendered HTML; the payload is also in the .rsc file soft navigations fetch):');
console.log('page                                          HTML raw  HTML gzip   markup  payload scripts  payload decoded  .rsc');
for (const locale of ['ar', 'en']) {
  for (const slug of ['misrata-foreign-intervention', 'macedonia-name-referendum']) {
    const base = path.join(NEXT, 'server/app', `${locale}/articles/${slug}`);
    const html = readFileSync(`${base}.html`);
    const text = html.toString('utf8');
    const pushes = [...text.matchAll(/<script>self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g)];
    const scripts = pushes.reduce((sum, m) => sum + Buffer.byteLength(m[0]), 0);
    const payload = pushes.reduce((sum, m) => {
      const [kind, chunk] = JSON.parse(m[1]) as [number, string?];
      return sum + (kind === 1 && chunk ? Buffer.byteLength(chunk) : 0);
    }, 0);
    const rsc = existsSync(`${base}.rsc`) ? kb(readFileSync(`${base}.rsc`).length) : '-';
    console.log(
      `${`/${locale}/articles/${slug}`.padEnd(44)} ${kb(html.length).padStart(9)}  ${kb(gzipSync(html).length).padStart(9)}  ${kb(html.length - scripts).padStart(7)}  ${kb(scripts).padStart(15)}  ${kb(payload).padStart(15)}  ${rsc.padStart(8)}`,
    );
  }
}

// The place maps: the article's map and a place term page's locator map, as HTML and repeated in the RSC payload.
const MAP_LIMIT = 30 * 1024;
console.log('\nPlace maps (limit 30 KB gzip a page, HTML and payload together):');
console.log('page                                         HTML raw  HTML gzip  added to the page, gzip');
for (const locale of ['ar', 'en']) {
  for (const [file, tag, cls] of [
    [READER, 'section', 'place-map'],
    ['articles/macedonia-name-referendum', 'section', 'place-map'],
    ['glossary/misrata', 'figure', 'locator-map'],
    ['glossary/united-states', 'figure', 'locator-map'],
    ['glossary/italy', 'figure', 'locator-map'],
  ] as const) {
    const html = readFileSync(path.join(NEXT, 'server/app', `${locale}/${file}.html`), 'utf8');
    const part = mapHtml(html, tag, cls);
    if (!part) {
      console.log(`/${locale}/${file}: no map`);
      continue;
    }
    const cost = mapCost(html, part);
    console.log(`${`/${locale}/${file}`.padEnd(44)} ${kb(part.length).padStart(8)}  ${kb(gzipBytes(part)).padStart(9)}  ${kb(cost).padStart(9)}${cost > MAP_LIMIT ? '  OVER' : ''}`);
  }
}
// The client code that links the map and the text (components/map/PlaceLinks.tsx), wherever the bundler put it.
for (const f of firstLoadScripts(readerHtml)) {
  const bytes = moduleBytes(readFileSync(f, 'utf8'), 'data-place-lit');
  if (bytes) console.log(`Linking code (PlaceLinks): ${bytes} bytes gzip (limit 2 KB), in ${path.basename(f)} (${kb(gz(f))} gzip with its neighbours)`);
}
