import { useCallback, useEffect, useState } from 'react';
import { parseLinkState, serializeLinkState, type LinkState } from '../url/linkState';

export type HistoryMode = 'push' | 'replace';

/** Marks history entries this app pushed to open an event, so closing can pop them. */
const OPENED = 'timeline:opened-event';

function readLocation() {
  return parseLinkState(window.location.search);
}

/**
 * The URL is the state. This hook is the only place that touches window.history: it reads the
 * link on load and on Back/Forward, and writes every change (push to open an event, replace
 * for everything else).
 */
export function useLinkState() {
  const [parsed, setParsed] = useState(readLocation);
  // Counts Back/Forward moves: the page follows the URL's window and search only then, never
  // its own throttled writes (which lag a gesture in progress).
  const [navigations, setNavigations] = useState(0);

  useEffect(() => {
    const onPop = () => {
      setParsed(readLocation());
      setNavigations((n) => n + 1);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const write = useCallback((next: LinkState, mode: HistoryMode) => {
    const url = `${window.location.pathname}${serializeLinkState(next)}${window.location.hash}`;
    if (mode === 'push') window.history.pushState({ [OPENED]: true }, '', url);
    else window.history.replaceState(window.history.state, '', url);
    setParsed((prev) => ({ state: next, ignored: prev.ignored }));
  }, []);

  /** Close the open event: pop the entry we pushed, or rewrite a shared link's entry in place. */
  const closeEvent = useCallback(
    (current: LinkState) => {
      if ((window.history.state as Record<string, unknown> | null)?.[OPENED]) window.history.back();
      else write({ ...current, event: undefined }, 'replace');
    },
    [write],
  );

  return { link: parsed.state, linkIgnored: parsed.ignored, navigations, write, closeEvent };
}
