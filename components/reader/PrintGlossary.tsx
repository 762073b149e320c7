'use client';

import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { cardDataBlocking, cardDataNow, loadCardData } from '@/components/glossary/cardDataStore';
import type { CardTerm } from '@/components/glossary/types';

type Props = {
  /** The page's card data (components/glossary/cardDataStore.ts): its terms in order of first use. */
  dataUrl: string;
  heading: string;
};

/**
 * The glossary entries of the terms an article uses, in order of first use, for the printed page only (hidden on
 * screen, where the cards do this): translators review on paper too. Rendered in the browser from the card data
 * (fetched when the browser is idle, as the cards are, or at the latest when printing starts), not on the server:
 * in the page's HTML it would be there twice (markup and React payload), a fifth of the reader's bytes, for a
 * printout. Without JavaScript the article prints without it.
 */
export function PrintGlossary({ dataUrl, heading }: Props) {
  const [terms, setTerms] = useState<CardTerm[] | null>(() => termsOf(cardDataNow(dataUrl)));

  useEffect(() => {
    let live = true;
    const show = (data = cardDataNow(dataUrl)) => data && live && setTerms(termsOf(data));
    const ric = typeof requestIdleCallback === 'function';
    const load = () => void loadCardData(dataUrl).then(show, () => undefined);
    const idle = ric ? requestIdleCallback(load, { timeout: 3000 }) : setTimeout(load, 1500);
    // Printing before the data arrived: wait for it here, the printout is taken when this handler returns.
    const beforePrint = () => {
      const data = cardDataBlocking(dataUrl);
      if (data) flushSync(() => setTerms((shown) => shown ?? termsOf(data)));
    };
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      live = false;
      if (ric) cancelIdleCallback(idle as number);
      else clearTimeout(idle);
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [dataUrl]);

  if (!terms || terms.length === 0) return null;
  return (
    <section className="print-glossary" aria-labelledby="print-glossary" data-print-glossary>
      <h2 id="print-glossary">{heading}</h2>
      <dl>
        {terms.map((term) => (
          <div key={term.id} data-print-term={term.id}>
            <dt>
              <span lang="ar" dir="rtl" className="ar">
                {term.ar}
              </span>
              {' · '}
              <span lang="en" dir="ltr">
                {term.en}
              </span>{' '}
              <span lang="ar-Latn" dir="ltr" className="print-glossary-translit">
                ({term.translit})
              </span>
            </dt>
            <dd>
              <strong>{term.gloss}</strong> {term.explanation}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function termsOf(data: { cards: Record<string, CardTerm> } | undefined): CardTerm[] | null {
  return data ? Object.values(data.cards) : null;
}
