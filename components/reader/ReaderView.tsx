'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import './reader-view.css';
import { focusSentence, initStops, isSentence, makeStop, mark, sentenceAt, sentenceForKey } from './sentences';

type Props = { children: ReactNode };

/**
 * The reader's wrapper, one small client component for the whole article: counterpart sentences by event
 * delegation (hover or focus lights a pair, a click pins it, keys move sentence by sentence), and the element
 * the view settings apply to (data-layout and CSS variables, set by a script before paint and by the controls).
 * State lives in refs and attributes, so nothing here re-renders the article.
 */
export function ReaderView({ children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const lit = useRef({ hover: null as string | null, focus: null as string | null, pinned: null as string | null });

  useEffect(() => {
    const root = ref.current!;
    initStops(root);
    // Columns rendered later (pasted texts) get their tab stops too.
    const observer = new MutationObserver(() => initStops(root));
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  const relight = () => mark(ref.current!, 'data-lit', lit.current.hover ?? lit.current.focus);
  const idAt = (target: EventTarget | null) => sentenceAt(ref.current!, target)?.dataset.sent ?? null;
  /** Hover or focus on a sentence (entering it, or leaving for `target`) lights its pair. */
  const light = (by: 'hover' | 'focus', target: EventTarget | null) => {
    lit.current[by] = idAt(target);
    relight();
  };
  const pin = (id: string | null) => {
    lit.current.pinned = id;
    mark(ref.current!, 'data-pinned', id);
    mark(ref.current!, 'aria-current', id);
  };

  return (
    <div
      ref={ref}
      id="reader-view"
      className="reader-view"
      // The settings script changes this element's attributes before hydration, on purpose.
      suppressHydrationWarning
      onPointerOver={(e) => light('hover', e.target)}
      // Moving between a sentence and its counterpart, or inside one, keeps the pair lit.
      onPointerOut={(e) => light('hover', e.relatedTarget)}
      onFocus={(e) => light('focus', e.target)}
      onBlur={(e) => light('focus', e.relatedTarget)}
      onClick={(e) => {
        const s = sentenceAt(ref.current!, e.target);
        if (!s || (e.target as Element).closest('a, button')) return;
        makeStop(s);
        const id = s.dataset.sent ?? null;
        pin(id && lit.current.pinned !== id ? id : null);
      }}
      onKeyDown={(e) => {
        if (!isSentence(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
        const s = e.target;
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          const id = s.dataset.sent ?? null;
          pin(id && lit.current.pinned !== id ? id : null);
          return;
        }
        if (e.key === 'Escape' && lit.current.pinned) return pin(null);
        const next = sentenceForKey(ref.current!, s, e.key);
        if (next) {
          e.preventDefault();
          focusSentence(next);
        }
      }}
    >
      {children}
    </div>
  );
}
