'use client';

import { useEffect, useRef, useState } from 'react';
import { useAlign, type Aligned } from '@/components/data/useAlign';
import { useAnnotate, type Texts } from '@/components/data/useAnnotate';
import type { AlignUnit } from '@/lib/api/align';
import { joinWithNext, splitUnit, unitsOnSentences, type Segmented } from '@/lib/read/corrections';
import type { Lang } from '@/lib/i18n/locales';
import { pastedItem, type Pasted } from './storage';

/** Corrected units, with the texts they were made for and how many corrections made them. */
type Corrected = { texts: Texts; units: AlignUnit[]; count: number };

const same = (a: Texts, b: Texts) => a.ar === b.ar && a.en === b.en;

/**
 * The state of /read: the pasted texts (kept in browser storage), their annotation and alignment (two API calls
 * run together), and a person's corrections of the alignment. Corrections belong to the exact texts they were made
 * on: they are stored beside those texts, dropped from storage as soon as a text is edited, and shown only over
 * an annotation of the same texts, and only if they are made of the sentences the aligner paired (kept ones from an
 * earlier aligner may split where it has no boundary now: they are set aside, as unreadable ones are, and the
 * aligner's units shown). Rendered only once hydrated, so storage can be read at once.
 */
export function usePairing() {
  // Read once (storage's recovery too: an unreadable value was copied aside); later changes are this state's.
  const [stored] = useState(pastedItem.snapshot);
  const [texts, setTexts] = useState<Texts>({ ar: stored.value.ar, en: stored.value.en });
  const [corrected, setCorrected] = useState<Corrected | null>(() => {
    const { ar, en, units, corrections } = stored.value;
    return units && corrections ? { texts: { ar, en }, units, count: corrections } : null;
  });
  // Typed before this code loaded into storage that refused it: the page still warns that it will not be kept.
  const [unsaved, setUnsaved] = useState(() => Boolean(stored.unsaved && (stored.value.ar || stored.value.en)));
  const [recovery, setRecovery] = useState(stored.recovery);
  const annotation = useAnnotate();
  const alignment = useAlign();
  const restored = useRef(false);

  // Corrections that split where the aligner has no sentence boundary now (kept from an earlier aligner) are
  // dropped, and the stored copy set aside with the notice that says so.
  const dropStale = (a: Aligned) => {
    setCorrected((c) => (c && same(c.texts, a.texts) && !unitsOnSentences(a.sentences, c.units) ? null : c));
    const now = pastedItem.snapshot().value;
    if (now.units && same(now, a.texts) && !unitsOnSentences(a.sentences, now.units)) {
      pastedItem.setAside('corrections', { ar: now.ar, en: now.en });
      setRecovery(pastedItem.snapshot().recovery);
    }
  };

  const run = (t: Texts) => {
    annotation.run(t);
    if (t.ar.trim() && t.en.trim()) alignment.run(t, { onSuccess: dropStale });
    else alignment.reset();
  };

  // What was pasted before a reload is shown again, with its corrections.
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    if (texts.ar || texts.en) run(texts);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on the first render
  }, []);

  const write = (value: Pasted) => setUnsaved(!pastedItem.set(value) && Boolean(value.ar || value.en));

  const change = (lang: Lang, value: string) => {
    const next = { ...texts, [lang]: value };
    setTexts(next);
    // Edited texts are stored without corrections: those were made on the text as it was.
    write(next);
  };

  const clear = () => {
    setTexts({ ar: '', en: '' });
    setCorrected(null);
    write({ ar: '', en: '' });
    annotation.reset();
    alignment.reset();
  };

  const data = annotation.data;
  const aligned = data && alignment.data && same(alignment.data.texts, data.texts) ? alignment.data : null;
  const kept = data && corrected && same(corrected.texts, data.texts) ? corrected : null;
  const mine = aligned && kept && !unitsOnSentences(aligned.sentences, kept.units) ? null : kept;
  const units = aligned ? (mine?.units ?? aligned.units) : null;
  const seg: Segmented | null = aligned && { texts: aligned.texts, sentences: aligned.sentences };


  /** Apply a correction to the units shown; store it with the texts if they are still the ones in the boxes. */
  const correct = (change: (texts: Texts, units: AlignUnit[]) => AlignUnit[]) => {
    if (!data || !units) return;
    const next = change(data.texts, units);
    if (next === units) return;
    const made: Corrected = { texts: data.texts, units: next, count: (mine?.count ?? 0) + 1 };
    setCorrected(made);
    if (same(texts, data.texts)) write({ ...texts, units: next, corrections: made.count });
  };

  const undoAll = () => {
    setCorrected(null);
    if (data && same(texts, data.texts)) write(texts);
  };

  return {
    texts,
    stored,
    unsaved,
    change,
    clear,
    submit: () => {
      if (texts.ar.trim() || texts.en.trim()) run(texts);
    },
    data,
    /** The units shown: the corrected ones, else the aligner's; null while aligning, or for one text alone. */
    units,
    /** The texts and the sentences the aligner paired in them, beside `units`. */
    seg,
    /** What could not be kept from storage, and where it was copied: on reading, or found stale since. */
    recovery,
    corrections: mine?.count ?? 0,
    join: (k: number) => correct((_, u) => joinWithNext(u, k)),
    split: (k: number, lang: Lang, at: number) => correct((_, u) => (seg ? splitUnit(seg, u, k, lang, at) : u)),
    undoAll,
    pending: annotation.pending || alignment.pending,
    error: annotation.error ?? alignment.error,
    truncatedAt: data?.truncatedAt ?? 0,
  };
}
