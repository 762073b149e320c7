import type { CardData } from './types';

// The card data of a page (a prerendered JSON route), fetched once and shared: the term controller needs it to open
// a card, the printed glossary to list the page's terms.

const loads = new Map<string, Promise<CardData>>();
const loaded = new Map<string, CardData>();

/** Fetch a page's card data, once; a failed fetch is forgotten, so the next call tries again. */
export function loadCardData(url: string): Promise<CardData> {
  let load = loads.get(url);
  if (!load) {
    load = fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<CardData>) : Promise.reject(new Error(`${url}: ${r.status}`))))
      .then((data) => {
        loaded.set(url, data);
        return data;
      });
    load.catch(() => loads.delete(url));
    loads.set(url, load);
  }
  return load;
}

/** The card data if it has arrived. */
export function cardDataNow(url: string): CardData | undefined {
  return loaded.get(url);
}

/**
 * The card data now, waiting for it if need be: for `beforeprint`, whose page is printed as soon as its handlers
 * return, so a request still on its way would miss the printout. A synchronous request is the one way to wait
 * there; it runs only when printing starts before the idle-time load has finished (the browser cache usually
 * answers it).
 */
export function cardDataBlocking(url: string): CardData | undefined {
  const now = loaded.get(url);
  if (now) return now;
  try {
    const request = new XMLHttpRequest();
    request.open('GET', url, false);
    request.send();
    if (request.status !== 200) return undefined;
    const data = JSON.parse(request.responseText) as CardData;
    loaded.set(url, data);
    loads.set(url, Promise.resolve(data));
    return data;
  } catch {
    return undefined;
  }
}
