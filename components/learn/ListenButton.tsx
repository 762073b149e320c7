'use client';

import { useId } from 'react';
import type { ListenLabels } from '@/components/glossary/types';
import { pickVoice } from '@/lib/learn/speech';
import './learn.css';
import { useVoices } from './useVoices';
import type { Lang } from '@/lib/i18n/locales';

type Props = {
  lang: Lang;
  label: string;
  /** A shorter visible text (contained in `label`, which then names the button): for the compact toolbar. */
  short?: string;
  labels: ListenLabels;
  getText: () => string | null | undefined | Promise<string | null | undefined>;
};

/**
 * Reads a text aloud with the browser's speech synthesis in an Arabic or English voice. Where the device has no
 * such voice the button stays focusable but inactive (aria-disabled), crossed out, and says why in its description.
 */
export function ListenButton({ lang, label, short, labels, getText }: Props) {
  const voices = useVoices();
  const noteId = useId();
  const voice = voices && pickVoice(voices, lang);
  const name = short ? { 'aria-label': label } : {};
  if (!voice) {
    // The state shows on the control itself: inactive but focusable, its reason as its description (and a tooltip),
    // not a line of text beside every button.
    const reason = voices ? labels.noVoice : labels.voicesLoading;
    return (
      <span className="listen">
        <button type="button" className="listen-button" data-listen={lang} aria-disabled="true" aria-describedby={noteId} title={reason} {...name}>
          {short ?? label}
        </button>
        <span id={noteId} className="visually-hidden" data-testid={`no-voice-${lang}`}>
          {reason}
        </span>
      </span>
    );
  }
  return (
    <button
      type="button"
      className="listen-button"
      data-listen={lang}
      {...name}
      onClick={async () => {
        const text = (await getText())?.trim();
        if (!text) return;
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = voice.lang;
        utterance.voice = voice;
        window.speechSynthesis.cancel(); // a new request replaces what is still being read
        window.speechSynthesis.speak(utterance);
      }}
    >
      {short ?? label}
    </button>
  );
}
