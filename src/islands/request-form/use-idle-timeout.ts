/**
 * A phone put down mid-form should not keep the answers on screen for whoever picks it up:
 * after a while untouched the form warns, then clears itself (nothing has been sent).
 * While the warning shows, only its button (or Escape) extends the time: a stray key or tap
 * used to take it away before it could be read or pressed (WCAG 2.2.1).
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** Left alone this long with answers typed, the form warns; this long after the warning, it clears them. */
export const idleWarnAfterMs = 15 * 60_000;
export const idleClearAfterMs = 2 * 60_000;

export type IdleState = 'active' | 'warning' | 'cleared';

/** `running`: the island is live; `hasAnswers`: something is typed; `clear`: forget the answers. */
export function useIdleTimeout(running: boolean, hasAnswers: boolean, clear: () => void): { idle: IdleState; extend: () => void } {
  const [idle, setIdle] = useState<IdleState>('active');
  const dirty = useRef(false);
  dirty.current = hasAnswers;
  const warning = useRef(false);
  warning.current = idle === 'warning';
  const clearNow = useRef(clear);
  clearNow.current = clear;
  const extend = useRef<() => void>(() => {});
  useEffect(() => {
    if (!running) return;
    let warn: ReturnType<typeof setTimeout> | undefined;
    let wipe: ReturnType<typeof setTimeout> | undefined;
    const restart = () => {
      clearTimeout(warn);
      clearTimeout(wipe);
      warn = setTimeout(() => {
        if (!dirty.current) return restart();
        setIdle('warning');
        wipe = setTimeout(() => {
          clearNow.current();
          setIdle('cleared');
        }, idleClearAfterMs);
      }, idleWarnAfterMs);
    };
    const activity = () => {
      if (!warning.current) restart();
    };
    extend.current = () => {
      setIdle('active');
      restart();
    };
    const events = ['keydown', 'pointerdown', 'input'] as const;
    for (const name of events) addEventListener(name, activity, true);
    restart();
    return () => {
      clearTimeout(warn);
      clearTimeout(wipe);
      for (const name of events) removeEventListener(name, activity, true);
    };
  }, [running]);
  return { idle, extend: () => extend.current() };
}
