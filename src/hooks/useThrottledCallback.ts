import { useEffect, useRef, useState } from 'react';

export interface Throttled {
  /** Run soon: at most once per interval, on the trailing edge. */
  (): void;
  /** Run now if a call is waiting, and cancel the wait. */
  flush: () => void;
}

/** `fn` at most once per `ms` (trailing edge), always the latest `fn`; stable for the component's life. */
export function useThrottledCallback(fn: () => void, ms: number): Throttled {
  const latest = useRef(fn);
  useEffect(() => {
    latest.current = fn;
  });
  const [throttled] = useState(() => {
    let timer: number | undefined;
    const run = () => {
      timer = undefined;
      latest.current();
    };
    const call = (() => {
      if (timer === undefined) timer = window.setTimeout(run, ms);
    }) as Throttled;
    call.flush = () => {
      if (timer === undefined) return;
      window.clearTimeout(timer);
      run();
    };
    return call;
  });
  useEffect(() => () => throttled.flush(), [throttled]);
  return throttled;
}
