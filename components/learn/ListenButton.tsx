'use client';

import { useId } from 'react';
import type { ListenLabels } from '@/components/glossary/types';
import { pickVoice } from '@/lib/learn/speech';
import './learn.css';
import { useVoices } from './useVoices';

type Props = { lang: 'ar' | 'en'; label: string; labels: ListenLabels; getText: () => string | null | undefined | Promise<string | null | undefined> };

/**
 * Reads a text aloud with the browser's speech synthesis in an Arabic or English voice. Where the device has no
 * such voice the button stays focusable but inactive (aria-disabled) and says why, instead of doing nothing.
 */
export function ListenButton({ lang, label, labels, getText }: Props) {
  const voices = useVoices();
  const noteId = useId();
  const voice = voices && pickVoice(voices, lang);
  if (!voice) {
    return (
      <span className="listen">
        <button type="button" className="listen-button" data-listen={lang} aria-disabled="true" aria-describedby={noteId}>
          {label}
        </button>
        <span id={noteId} className="listen-note" data-testid={`no-voice-${lang}`}>
          {voices ? labels.noVoice : labels.voicesLoading}
        </span>
      </span>
    );
  }
  return (
    <button
      type="button"
      className="listen-button"
      data-listen={lang}
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
      {label}
    </button>
  );
}
