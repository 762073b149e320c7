'use client';

import { useEffect } from 'react';

const TERM = '[data-term]';

/**
 * Lights a place both ways, by event delegation on the reader's wrapper: hovering or focusing a place term in
 * either column lights its marker, shaded country or list entry, and hovering or focusing one of those lights
 * the term's occurrences in both columns. It sets `data-place-lit` on the elements; the stylesheet draws it.
 * Only ids the map knows (`data-place`) are lit, so other terms cost one attribute lookup.
 */
export function PlaceLinks() {
  useEffect(() => {
    const root = document.querySelector<HTMLElement>('.reader-view');
    if (!root) return;
    const state = { hover: null as string | null, focus: null as string | null, lit: null as string | null };
    const placeOf = (target: EventTarget | null) => {
      const id = target instanceof Element ? target.closest(TERM)?.getAttribute('data-term') : null;
      return id && root.querySelector(`[data-place="${CSS.escape(id)}"]`) ? id : null;
    };
    const relight = () => {
      const id = state.hover ?? state.focus;
      if (id === state.lit) return;
      root.querySelectorAll('[data-place-lit]').forEach((el) => el.removeAttribute('data-place-lit'));
      if (id) {
        const q = CSS.escape(id);
        root.querySelectorAll(`[data-place="${q}"], .column [data-term="${q}"]`).forEach((el) => el.setAttribute('data-place-lit', ''));
      }
      state.lit = id;
    };
    const on = (type: string, key: 'hover' | 'focus', related: boolean) => {
      const listener = (e: Event) => {
        state[key] = placeOf(related ? (e as MouseEvent | FocusEvent).relatedTarget : e.target);
        relight();
      };
      root.addEventListener(type, listener);
      return () => root.removeEventListener(type, listener);
    };
    const off = [on('pointerover', 'hover', false), on('pointerout', 'hover', true), on('focusin', 'focus', false), on('focusout', 'focus', true)];
    return () => off.forEach((f) => f());
  }, []);
  return null;
}
