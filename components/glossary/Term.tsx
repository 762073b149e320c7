'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef } from 'react';
import { HOVER_CLOSE_MS, HOVER_OPEN_MS, PopoverContent, PopoverRoot, PopoverTrigger } from '@/components/ui/Popover';
import { useHydrated } from '@/components/ui/useHydrated';
import { TermCard } from './TermCard';
import { useTermCard } from './TermCards';

type Props = {
  termId: string;
  text: string;
  clitics: string[];
  form: string;
  lang: 'ar' | 'en';
  href: string;
  /** Review mode: the occurrence's key and QA status, shown by CSS when review mode is on. */
  occ?: string;
  status?: string;
};

/**
 * One highlighted occurrence. Without JavaScript it is a link to the glossary entry; once hydrated it becomes
 * a button named by the term itself that opens the card on hover intent, click, tap or Enter.
 */
export function Term({ termId, text, clitics, form, lang, href, occ, status }: Props) {
  const key = useId();
  const hydrated = useHydrated();
  const tq = useTranslations('QaStatus');
  // Review mode shows the status as an icon (CSS ::after) whose alternative text is this label.
  const review = status ? { 'data-occ': occ, 'data-status': status, 'data-status-label': tq(status as 'ok') } : {};
  const { term, open, setOpen, replaced } = useTermCard(termId, key);
  const byHover = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const contentRef = useRef<HTMLDivElement>(null);

  const cancel = () => clearTimeout(timer.current);
  const later = (ms: number, fn: () => void) => {
    cancel();
    timer.current = setTimeout(fn, ms);
  };
  useEffect(() => cancel, []);

  if (!hydrated || !term) {
    return (
      <a className="term" data-term={termId} {...review} href={href}>
        {text}
      </a>
    );
  }

  const hoverIn = (e: React.PointerEvent) => {
    if (e.pointerType !== 'mouse') return;
    if (open) return cancel();
    later(HOVER_OPEN_MS, () => {
      byHover.current = true;
      setOpen(true);
    });
  };
  const hoverOut = (e: React.PointerEvent) => {
    if (e.pointerType !== 'mouse') return;
    if (!open) return cancel();
    if (byHover.current) later(HOVER_CLOSE_MS, () => setOpen(false));
  };

  return (
    <PopoverRoot open={open} onOpenChange={(next) => !next && setOpen(false)}>
      <PopoverTrigger
        className="term"
        data-term={termId}
        {...review}
        onPointerEnter={hoverIn}
        onPointerLeave={hoverOut}
        onClick={(e) => {
          e.preventDefault();
          cancel();
          if (open && byHover.current) byHover.current = false; // a click on a hovered card keeps it open
          else {
            byHover.current = false;
            setOpen(!open);
          }
        }}
      >
        {text}
      </PopoverTrigger>
      <PopoverContent
        ref={contentRef}
        tabIndex={-1}
        aria-labelledby={`${key}-title`}
        onPointerEnter={hoverIn}
        onPointerLeave={hoverOut}
        onOpenAutoFocus={(e) => {
          e.preventDefault();
          // Opened by click, tap or keyboard: focus goes to the card so a screen reader reads it; a hover leaves focus alone.
          if (!byHover.current) contentRef.current?.focus();
        }}
        onCloseAutoFocus={(e) => {
          if (byHover.current || replaced()) e.preventDefault();
        }}
      >
        <TermCard term={term} titleId={`${key}-title`} occurrence={{ text, clitics, form, lang }} />
      </PopoverContent>
    </PopoverRoot>
  );
}
