import { useCallback, useEffect, useRef } from 'react';

/** Call `fn` at most once per `ms`, always with the latest arguments (trailing edge). */
export function useThrottledCallback<A extends unknown[]>(fn: (...args: A) => void, ms: number) {
  const latest = useRef(fn);
  const timer = useRef<number | undefined>(undefined);
  const pending = useRef<A | null>(null);
  useEffect(() => {
    latest.current = fn;
  });
  useEffect(() => () => window.clearTimeout(timer.current), []);
  // One stable function for the component's life, so callers can memoize on it.
  return useCallback(
    (...args: A) => {
      pending.current = args;
      if (timer.current !== undefined) return;
      timer.current = window.setTimeout(() => {
        timer.current = undefined;
        if (pending.current) latest.current(...pending.current);
        pending.current = null;
      }, ms);
    },
    [ms],
  );
}
