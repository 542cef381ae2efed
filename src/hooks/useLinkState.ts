import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  parseLinkState,
  serializeLinkState,
  type LinkState,
  type ParsedLink,
} from '../url/linkState';

export type HistoryMode = 'push' | 'replace';

/** Marks history entries this app pushed to open an event, so closing can pop them. */
const OPENED = 'timeline:opened-event';

const isOpenedEntry = () =>
  Boolean((window.history.state as Record<string, unknown> | null)?.[OPENED]);
const back = () => window.history.back();

/**
 * Where a page rendered at build time stands, with no address bar to read (src/build/).
 * In the browser the app always runs on its root page: `e/<id>/` pages hand over to it.
 */
export interface PageLocation {
  /** The link the page is rendered for: '' for index.html, `?event=<id>` for e/<id>/. */
  search: string;
  /** The app's root from the page: '' for index.html, '../../' for e/<id>/. */
  base: string;
}

export interface LinkIo {
  /** The link in the address bar now: a page reads it once, to start from, never again. */
  read: () => ParsedLink;
  /** The app's root relative to this page, for links to its static event pages. */
  base: string;
  /** The dataset URL in force (`data=`): it picks what App loads. */
  data: string | undefined;
  setData: (data: string | undefined) => void;
  write: (next: LinkState, mode: HistoryMode) => void;
  /** Whether the current entry is one we pushed to open an event (so Back closes it). */
  isOpenedEntry: () => boolean;
  back: () => void;
  /** Back/Forward: `listener` gets the entry's link. */
  onNavigate: (listener: (link: LinkState) => void) => () => void;
}

/**
 * The only code touching window.history. It reads the link once when the page opens and again
 * only on Back/Forward; everything else flows the other way, from the page's state into the URL.
 */
export function useLinkState(prerendered?: PageLocation): LinkIo {
  const search = prerendered?.search;
  const read = useMemo(() => () => parseLinkState(search ?? window.location.search), [search]);
  const [data, setData] = useState(() => read().state.data);
  const listeners = useRef(new Set<(link: LinkState) => void>());

  useEffect(() => {
    const onPop = () => listeners.current.forEach((listener) => listener(read().state));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [read]);

  const write = useCallback((next: LinkState, mode: HistoryMode) => {
    const url = `${window.location.pathname}${serializeLinkState(next)}${window.location.hash}`;
    if (mode === 'push') window.history.pushState({ [OPENED]: true }, '', url);
    else window.history.replaceState(window.history.state, '', url);
  }, []);

  const onNavigate = useCallback((listener: (link: LinkState) => void) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);

  return {
    read,
    base: prerendered?.base ?? '',
    data,
    setData,
    write,
    isOpenedEntry,
    back,
    onNavigate,
  };
}
