import { useEffect, useRef, useState } from 'react';

export interface Debounced {
  /** Run once calls have stopped for the interval (trailing edge). */
  (): void;
  /** Run now if a call is waiting, and cancel the wait. */
  flush: () => void;
}

/**
 * `fn` once calls have paused for `ms`, always the latest `fn`; stable for the component's life.
 * A gesture calls it every frame, and what it guards (history.replaceState, ~7 ms a call in
 * Chromium here) then waits until the gesture pauses instead of landing in its frames.
 */
export function useDebouncedCallback(fn: () => void, ms: number): Debounced {
  const latest = useRef(fn);
  useEffect(() => {
    latest.current = fn;
  });
  const [debounced] = useState(() => {
    let timer: number | undefined;
    const run = () => {
      timer = undefined;
      latest.current();
    };
    const call = (() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(run, ms);
    }) as Debounced;
    call.flush = () => {
      if (timer === undefined) return;
      window.clearTimeout(timer);
      run();
    };
    return call;
  });
  useEffect(() => () => debounced.flush(), [debounced]);
  return debounced;
}
