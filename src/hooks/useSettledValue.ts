import { startTransition, useEffect, useState } from 'react';

/**
 * `value` as it stood once it had stopped changing for `ms`: for what can wait until a gesture
 * pauses. The catch-up render is a transition, so a gesture that resumes interrupts it. A new
 * `key` settles at once (the Timeline's: which lanes are on screen, so a lane leaving it is
 * current when it goes, and one coming in is current at once).
 */
export function useSettledValue<T>(value: T, ms: number, key?: unknown): T {
  const [settled, setSettled] = useState({ value, key });
  if (settled.key !== key) setSettled({ value, key });
  useEffect(() => {
    const timer = window.setTimeout(() => startTransition(() => setSettled({ value, key })), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms, key]);
  return settled.key === key ? settled.value : value;
}
