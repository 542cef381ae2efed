import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Keep a tour stop on screen for `durationMs` of running time, then call `onDone`. Time only
 * runs while `running`: a hold (pointer on the dialog, text selected, paused) stops the clock
 * and the stop resumes with what was left, never less than a short beat, so the view doesn't
 * jump the instant the pointer leaves. A new `stopKey` starts a new stop with a full reading.
 */
export function useStoryDwell(
  stopKey: string,
  durationMs: number,
  running: boolean,
  onDone: () => void,
): void {
  const done = useRef(onDone);
  useLayoutEffect(() => {
    done.current = onDone;
  });
  const left = useRef({ stopKey, ms: durationMs });

  useEffect(() => {
    if (left.current.stopKey !== stopKey) left.current = { stopKey, ms: durationMs };
    if (!running) return;
    const began = Date.now();
    const timer = window.setTimeout(
      () => done.current(),
      Math.max(left.current.ms, RESUME_BEAT_MS),
    );
    return () => {
      window.clearTimeout(timer);
      if (left.current.stopKey === stopKey) left.current.ms -= Date.now() - began;
    };
  }, [stopKey, durationMs, running]);
}

/** After a hold, at least this long before the tour moves on. */
const RESUME_BEAT_MS = 1500;
