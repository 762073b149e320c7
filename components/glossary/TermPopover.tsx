'use client';

import { useRef } from 'react';
import { occurrenceText, pageTextLoaded } from '@/components/reader/pageTextStore';
import { PopoverContent, PopoverElementAnchor, PopoverRoot } from '@/components/ui/Popover';
import { TermCard } from './TermCard';
import type { CardData } from './types';

export type TermPopoverProps = {
  anchor: HTMLElement;
  /** Opened by hover: focus stays where it is, and leaving closes it. Otherwise focus goes into the card. */
  byHover: boolean;
  data: CardData;
  contentId: string;
  onHover: (inside: boolean) => void;
  onClose: () => void;
  /** Another term's card took over: this one must not pull focus back to its term as it closes. */
  replaced: () => boolean;
};

/**
 * The card of one term, anchored to its element (loaded after first paint, with Radix). The occurrence's text and
 * clitics come from the page's text by the element's data-occ; a term outside the page's text (an SVG marker, a
 * pasted paragraph that could not be aligned) is taken as written.
 */
export function TermPopover({ anchor, byHover, data, contentId, onHover, onClose, replaced }: TermPopoverProps) {
  const contentRef = useRef<HTMLDivElement>(null);
  const outside = useRef(false);
  const term = data.cards[anchor.dataset.term ?? ''];
  if (!term) return null;
  const lang = anchor.closest('[lang]')?.getAttribute('lang') === 'ar' ? 'ar' : 'en';
  const occurrence = occurrenceText(pageTextLoaded(), anchor.dataset.occ) ?? { text: anchor.textContent ?? '', form: '', clitics: [] };
  const titleId = `${contentId}-title`;
  return (
    <PopoverRoot open onOpenChange={(next) => !next && onClose()}>
      <PopoverElementAnchor element={anchor} />
      <PopoverContent
        ref={contentRef}
        id={contentId}
        tabIndex={-1}
        aria-labelledby={titleId}
        onPointerEnter={(e) => e.pointerType === 'mouse' && onHover(true)}
        onPointerLeave={(e) => e.pointerType === 'mouse' && !anchor.contains(e.relatedTarget as Node | null) && onHover(false)}
        onInteractOutside={(e) => {
          // A click on the card's own term toggles it (the controller's click), it does not dismiss it first.
          if (anchor.contains(e.target as Node)) e.preventDefault();
          else outside.current = true;
        }}
        onOpenAutoFocus={(e) => {
          e.preventDefault();
          // Opened by click, tap or keyboard: focus goes to the card so a screen reader reads it; a hover leaves focus alone.
          if (!byHover) contentRef.current?.focus();
        }}
        onCloseAutoFocus={(e) => {
          e.preventDefault();
          // Closed by Escape, by its term or from inside: focus goes back to the term (not after a hover, a click
          // elsewhere, or when another card took over).
          if (!byHover && !outside.current && !replaced()) anchor.focus();
        }}
      >
        <TermCard term={term} titleId={titleId} labels={data.labels} occurrence={{ ...occurrence, lang }} anchor={anchor} />
      </PopoverContent>
    </PopoverRoot>
  );
}
