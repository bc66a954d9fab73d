import { useEffect, useRef, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies text to the clipboard and says so, politely, to screen readers too. */
export function useCopy(resetAfterMs = 2500) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const copy = async (text: string) => {
    window.clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
    timer.current = window.setTimeout(() => setState('idle'), resetAfterMs);
  };
  return { state, copy };
}

export function CopyButton({ text, label, copiedLabel }: { text: string; label: string; copiedLabel: string }) {
  const { state, copy } = useCopy();
  return (
    <button
      type="button"
      className="btn-quiet shrink-0 text-xs print:hidden"
      onClick={() => void copy(text)}
      aria-label={`${label}: ${text}`}
    >
      <span aria-live="polite">{state === 'copied' ? copiedLabel : label}</span>
    </button>
  );
}
