import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { buildSearchIndex, filterEvents } from '../domain/filterEvents';
import type { Dataset } from '../domain/types';
import { boundsForRange, sameView, spanOf, viewShowing, type View } from '../layout/viewport';
import { parseLinkState, serializeLinkState, type LinkState } from '../url/linkState';
import { reconcileLinkState } from '../url/reconcileLinkState';
import type { useLinkState } from './useLinkState';
import { useThrottledCallback } from './useThrottledCallback';

type Links = ReturnType<typeof useLinkState>;

/** Gestures and typing reach the URL at most this often (replace, never push). */
const URL_WRITE_MS = 250;

/**
 * Everything the page derives from the link and the dataset: the reconciled link state, the live
 * view (gestures move it faster than the URL is written), the search text as typed, and the
 * filtered events. Every change goes back into the URL.
 */
export function useTimelineState(dataset: Dataset, links: Links) {
  const bounds = useMemo(() => boundsForRange(dataset.range.start, dataset.range.end), [dataset]);
  const reconciled = useMemo(() => reconcileLinkState(links.link, dataset), [links.link, dataset]);
  const link = reconciled.state;
  const [notices, setNotices] = useState(() => [...links.linkIgnored, ...reconciled.ignored]);

  const [view, setView] = useState<View>(() => link.view ?? bounds.outer);
  const [query, setQuery] = useState(link.q);
  // The latest state for handlers and timers, so they stay stable across zoom frames.
  const live = useRef({ link, view, query });
  useLayoutEffect(() => {
    live.current = { link, view, query };
  });

  const linkFor = useCallback(
    (base: LinkState, v: View, q: string, patch: Partial<LinkState>): LinkState => {
      const isWhole = spanOf(v) >= spanOf(bounds.outer) - 1;
      return { ...base, q: q.trim(), view: isWhole ? undefined : v, ...patch };
    },
    [bounds],
  );
  /** The whole state as it should stand in the URL right now: for handlers and timers. */
  const current = useCallback(
    (patch: Partial<LinkState> = {}) =>
      linkFor(live.current.link, live.current.view, live.current.query, patch),
    [linkFor],
  );
  /** The same, as of this render: for links drawn on the page (a ref may lag a render). */
  const shown = (patch: Partial<LinkState> = {}) => linkFor(link, view, query, patch);

  // Write the canonical form of the opening link once, so ignored parts leave the address bar.
  useEffect(() => {
    links.write(current(), 'replace');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Back/Forward can bring another window or search: follow it. Only a navigation moves the
  // view; links we wrote ourselves lag a gesture in progress and must not pull it back.
  const [seenNavigations, setSeenNavigations] = useState(links.navigations);
  if (seenNavigations !== links.navigations) {
    setSeenNavigations(links.navigations);
    const linkView = link.view ?? bounds.outer;
    if (!sameView(view, linkView, 60_000)) setView(linkView);
    if (query.trim() !== link.q) setQuery(link.q);
  }

  // Opening an event brings it into view. A link or Back may open one too: then adjust here,
  // during render, before anything is drawn with the event off screen.
  const [seenEvent, setSeenEvent] = useState<string | undefined>(undefined);
  if (seenEvent !== link.event) {
    setSeenEvent(link.event);
    const event = link.event ? dataset.eventsById.get(link.event) : undefined;
    if (event) setView(viewShowing(event.start, event.end, view, bounds));
  }

  const writeSoon = useThrottledCallback(() => links.write(current(), 'replace'), URL_WRITE_MS);
  const onViewChange = useCallback(
    (next: View) => {
      setView((v) => (sameView(v, next) ? v : next));
      // The throttled write may fire before React renders this view: let it see it now.
      live.current.view = next;
      writeSoon();
    },
    [writeSoon],
  );
  const onQueryChange = (q: string) => {
    setQuery(q);
    live.current.query = q;
    writeSoon();
  };

  const searchIndex = useMemo(() => buildSearchIndex(dataset), [dataset]);
  // Every URL write re-reconciles the link into new arrays; key the filter on its values so
  // a zoom's throttled writes don't re-filter 10,000 events and redraw the list.
  const peopleKey = link.people.join(',');
  const people = useMemo(() => (peopleKey ? peopleKey.split(',') : []), [peopleKey]);
  const filter = useMemo(
    () => ({ people, from: link.from, to: link.to, q: query }),
    [people, link.from, link.to, query],
  );
  const events = useMemo(
    () => filterEvents(dataset.events, filter, searchIndex),
    [dataset, filter, searchIndex],
  );

  const { write } = links;
  /** Open an event, bringing it into view: one history entry with both. */
  const openEvent = useCallback(
    (id: string, mode: 'push' | 'replace') => {
      const event = dataset.eventsById.get(id);
      if (event) {
        live.current.view = viewShowing(event.start, event.end, live.current.view, bounds);
        setView(live.current.view);
      }
      write(current({ event: id }), mode);
    },
    [dataset, bounds, write, current],
  );
  /**
   * A list row's link: the event with the filters but not the window (opening it brings the
   * event into view anyway). Keyed on the filters' text, so zooming never redraws the list.
   */
  const filters = serializeLinkState({
    ...link,
    event: undefined,
    view: undefined,
    q: query.trim(),
  });
  const eventHref = useCallback(
    (id: string) => serializeLinkState({ ...parseLinkState(filters).state, event: id }),
    [filters],
  );

  return {
    bounds,
    link,
    view,
    query,
    filter,
    events,
    notices,
    dismissNotices: () => setNotices([]),
    onViewChange,
    onQueryChange,
    openEvent,
    eventHref,
    /** Change filters: replaces the history entry. */
    update: (patch: Partial<LinkState>, mode: 'push' | 'replace' = 'replace') =>
      links.write(current(patch), mode),
    closeEvent: () => links.closeEvent(current()),
    shown,
  };
}
