import { useSyncExternalStore } from 'react';

// The browser's voices as an external store: Chromium fills the list asynchronously and says so with
// "voiceschanged"; a browser without speech synthesis simply has none.

let cached: { key: string; voices: SpeechSynthesisVoice[] } = { key: '', voices: [] };

function getVoices(): SpeechSynthesisVoice[] {
  const list = 'speechSynthesis' in window ? window.speechSynthesis.getVoices() : [];
  const key = list.map((v) => `${v.voiceURI}|${v.lang}`).join('\n');
  if (key !== cached.key) cached = { key, voices: list };
  return cached.voices;
}

function subscribe(listener: () => void) {
  if (!('speechSynthesis' in window)) return () => {};
  window.speechSynthesis.addEventListener('voiceschanged', listener);
  return () => window.speechSynthesis.removeEventListener('voiceschanged', listener);
}

/** The voices available, or null while not known (server rendering and hydration). */
export function useVoices(): SpeechSynthesisVoice[] | null {
  return useSyncExternalStore(subscribe, getVoices, () => null);
}
