'use client';

import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { CardTerm } from './types';

/** Which one card is open. A store, not state, so opening a card re-renders two terms, not every term. */
class OpenCardStore {
  private key: string | null = null;
  private listeners = new Set<() => void>();
  get = () => this.key;
  set = (key: string | null) => {
    if (key === this.key) return;
    this.key = key;
    this.listeners.forEach((l) => l());
  };
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

type Cards = { terms: Record<string, CardTerm>; store: OpenCardStore };

const CardsContext = createContext<Cards | null>(null);

type Props = { terms: Record<string, CardTerm>; children: ReactNode };

/** Holds the card data of the terms on this page (sent once, not per occurrence) and the open card. */
export function TermCards({ terms, children }: Props) {
  const [store] = useState(() => new OpenCardStore());
  return <CardsContext.Provider value={{ terms, store }}>{children}</CardsContext.Provider>;
}

function useCards(): Cards {
  const cards = useContext(CardsContext);
  if (!cards) throw new Error('a term must be inside <TermCards>');
  return cards;
}

/** The card data of one term, whether its occurrence `key` is the open card, and a setter. */
export function useTermCard(termId: string, key: string) {
  const { terms, store } = useCards();
  const open = useSyncExternalStore(store.subscribe, () => store.get() === key, () => false);
  return {
    term: terms[termId],
    open,
    setOpen: (next: boolean) => store.set(next ? key : store.get() === key ? null : store.get()),
    /** Another card took over: this one must not pull focus back to its term as it closes. */
    replaced: () => store.get() !== null && store.get() !== key,
  };
}
