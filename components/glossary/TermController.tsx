'use client';

import { useEffect, useId, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { providePageText } from '@/components/reader/pageTextStore';
import { HOVER_CLOSE_MS, HOVER_OPEN_MS } from '@/components/ui/hoverIntent';
import { loadCardData } from './cardDataStore';
import type { TermPopoverProps } from './TermPopover';
import type { CardData } from './types';

type Props = {
  /** Where the card data of this region's terms is (a prerendered JSON route). */
  dataUrl: string;
  children: ReactNode;
};

type Open = { el: HTMLElement; byHover: boolean; serial: number };
type Loaded = { Popover: ComponentType<TermPopoverProps>; data: CardData };

const TERM = '[data-term]';

/**
 * One controller for every term in a region (an article's columns, /read's output, an SVG map's markers): terms
 * are plain server-rendered links, and this listens by delegation for hover intent, click, tap and Enter/Space,
 * and opens one card anchored to the term. The card's code and data load after first paint (when the browser is
 * idle, or at the first sign of intent); until then a term is the link it is. Once they have loaded, every term
 * gets aria-haspopup and aria-expanded (and aria-controls while its card is open).
 */
export function TermController({ dataUrl, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [open, setOpenState] = useState<Open | null>(null);
  const contentId = useId();
  // What event handlers read: the open card and the loaded code, kept with the state they mirror.
  const state = useRef({ open: null as Open | null, loaded: null as Loaded | null, timer: undefined as ReturnType<typeof setTimeout> | undefined, serial: 0, loading: null as Promise<void> | null });
  const setOpen = (next: Open | null) => {
    state.current.open = next;
    setOpenState(next);
  };

  useEffect(() => {
    const root = ref.current!;
    const s = state.current;
    const load = () => {
      s.loading ??= (async () => {
        const data = loadCardData(dataUrl);
        providePageText(data.then((d) => d.text).catch(() => undefined));
        const [mod, d] = await Promise.all([import('./TermPopover'), data]);
        s.loaded = { Popover: mod.TermPopover, data: d };
        setLoaded(s.loaded);
      })().catch(() => {
        s.loading = null; // the terms stay links; the next intent tries again
      });
      return s.loading;
    };
    const ric = typeof requestIdleCallback === 'function';
    const idle = ric ? requestIdleCallback(load, { timeout: 3000 }) : setTimeout(load, 1500);

    const termAt = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(TERM) : null);
    const cancel = () => clearTimeout(s.timer);
    const later = (ms: number, fn: () => void) => {
      cancel();
      s.timer = setTimeout(fn, ms);
    };
    const show = (el: HTMLElement, byHover: boolean) => setOpen({ el, byHover, serial: ++s.serial });

    const onOver = (e: PointerEvent) => {
      const el = termAt(e.target);
      if (!el || e.pointerType !== 'mouse' || el.contains(e.relatedTarget as Node | null)) return;
      void load();
      if (s.open?.el === el) return cancel();
      if (!s.loaded) return;
      later(HOVER_OPEN_MS, () => show(el, true));
    };
    const onOut = (e: PointerEvent) => {
      const el = termAt(e.target);
      if (!el || e.pointerType !== 'mouse' || el.contains(e.relatedTarget as Node | null)) return;
      if (s.open?.el !== el) return cancel();
      if (s.open.byHover && !(e.relatedTarget instanceof Element && e.relatedTarget.closest('.popover'))) later(HOVER_CLOSE_MS, () => setOpen(null));
    };
    const activate = (el: HTMLElement) => {
      cancel();
      const current = s.open;
      if (current?.el === el && current.byHover) setOpen({ ...current, byHover: false }); // a click on a hovered card keeps it open
      else if (current?.el === el) setOpen(null);
      else show(el, false);
    };
    const onClick = (e: MouseEvent) => {
      const el = termAt(e.target);
      // Before the card has loaded, the term is a link: the click follows it.
      if (!el || !s.loaded || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      activate(el);
    };
    const onKey = (e: KeyboardEvent) => {
      const el = termAt(e.target);
      if (el && s.loaded && e.key === ' ') {
        e.preventDefault(); // Space on a link would scroll; here it opens the card, as on a button
        activate(el);
      }
    };
    const onFocus = (e: FocusEvent) => termAt(e.target) && void load();
    root.addEventListener('pointerover', onOver);
    root.addEventListener('pointerout', onOut);
    root.addEventListener('click', onClick);
    root.addEventListener('keydown', onKey);
    root.addEventListener('focusin', onFocus);
    return () => {
      if (ric) cancelIdleCallback(idle as number);
      else clearTimeout(idle);
      cancel();
      root.removeEventListener('pointerover', onOver);
      root.removeEventListener('pointerout', onOut);
      root.removeEventListener('click', onClick);
      root.removeEventListener('keydown', onKey);
      root.removeEventListener('focusin', onFocus);
    };
  }, [dataUrl]);

  // Once the card can open, say so on every term, including those rendered later (pasted texts).
  useEffect(() => {
    if (!loaded) return;
    const root = ref.current!;
    const mark = () => root.querySelectorAll(`${TERM}:not([aria-haspopup])`).forEach((el) => el.setAttribute('aria-haspopup', 'dialog'));
    const expanded = () => root.querySelectorAll(`${TERM}:not([aria-expanded])`).forEach((el) => el.setAttribute('aria-expanded', 'false'));
    mark();
    expanded();
    const observer = new MutationObserver(() => {
      mark();
      expanded();
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [loaded]);

  useEffect(() => {
    const el = open?.el;
    if (!el) return;
    el.setAttribute('aria-expanded', 'true');
    el.setAttribute('aria-controls', contentId);
    return () => {
      el.setAttribute('aria-expanded', 'false');
      el.removeAttribute('aria-controls');
    };
  }, [open?.el, contentId]);

  const hover = (inside: boolean) => {
    const s = state.current;
    if (inside) clearTimeout(s.timer);
    else if (s.open?.byHover) {
      clearTimeout(s.timer);
      s.timer = setTimeout(() => setOpen(null), HOVER_CLOSE_MS);
    }
  };

  const Popover = loaded?.Popover;
  return (
    <div ref={ref} className="term-scope">
      {children}
      {Popover && open && (
        <Popover
          key={open.serial}
          anchor={open.el}
          byHover={open.byHover}
          data={loaded.data}
          contentId={contentId}
          onHover={hover}
          onClose={() => state.current.open?.serial === open.serial && setOpen(null)}
          replaced={() => {
            const now = state.current.open;
            return now !== null && now.el !== open.el;
          }}
        />
      )}
    </div>
  );
}
