import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { filterEvents, searchIndexOf } from '../domain/filterEvents';
import { queryWords } from '../domain/normalizeText';
import type { Dataset } from '../domain/types';
import { boundsForRange, spanOf, viewShowing } from '../layout/viewport';
import type { LaneMode } from '../layout/assignLanes';
import type { LinkState } from '../url/linkState';
import { eventLink } from '../url/shareUrlFor';
import { reconcileLinkState } from '../url/reconcileLinkState';
import type { HistoryMode, LinkIo } from './useLinkState';
import { useFilters } from './useFilters';
import { useSelection } from './useSelection';
import { useDebouncedCallback } from './useDebouncedCallback';
import { useViewStore } from './useViewStore';

/** Gestures and typing reach the URL once they pause this long (replace, never push). */
const URL_WRITE_MS = 250;

/**
 * The page's state, each piece with one owner: the window (the view store), the filters, the
 * open event. The link seeds them once; from then on they are written into the URL, never read
 * back, except that Back/Forward say which event is open (ARCHITECTURE.md, "History").
 */
export function useTimelineState(dataset: Dataset, links: LinkIo) {
  const [opening] = useState(() => {
    const link = links.read();
    const reconciled = reconcileLinkState(link.state, dataset);
    return { state: reconciled.state, ignored: [...link.ignored, ...reconciled.ignored] };
  });
  const start = opening.state;
  const [notices, setNotices] = useState(opening.ignored);
  const bounds = useMemo(() => boundsForRange(dataset.range.start, dataset.range.end), [dataset]);

  const store = useViewStore(bounds, () => {
    const view = start.view ?? bounds.outer;
    const event = start.event ? dataset.eventsById.get(start.event) : undefined;
    return event ? viewShowing(event.start, event.end, view, bounds) : view;
  });
  const { write } = links;
  const writeSoon = useDebouncedCallback(() => write(linkNow(), 'replace'), URL_WRITE_MS);
  const filters = useFilters(
    { people: start.people, groups: start.groups, from: start.from, to: start.to, q: start.q },
    (urgency) => (urgency === 'soon' ? writeSoon() : write(linkNow(), 'replace')),
  );
  const selection = useSelection(start.event);
  // A story tour (CONTRACT §9) and the lane mode: read by the URL writer as of now, so each
  // keeps a live copy beside its render state, as useSelection does.
  const [story, setStoryState] = useState(start.story === true && start.event !== undefined);
  const storyLive = useRef(story);
  const setStory = (on: boolean) => {
    storyLive.current = on;
    setStoryState(on);
  };
  const [lanes, setLanesState] = useState(start.lanes);
  const lanesLive = useRef(lanes);

  /** The whole state as it should stand in the URL right now. */
  function linkNow(): LinkState {
    const { view } = store.getSnapshot();
    const { people, groups, from, to, q } = filters.current();
    const isWhole = spanOf(view) >= spanOf(bounds.outer) - 1;
    return {
      data: links.data,
      embed: start.embed,
      event: selection.current(),
      people: [...people],
      groups: [...groups],
      from,
      to,
      q: q.trim(),
      view: isWhole ? undefined : view,
      story: storyLive.current && selection.current() !== undefined ? true : undefined,
      lanes: lanesLive.current,
    };
  }

  useEffect(() => store.subscribe(writeSoon), [store, writeSoon]);
  // The canonical form of the opening link, once, so ignored parts leave the address bar.
  useEffect(() => {
    write(linkNow(), 'replace');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const showEvent = useCallback(
    (id: string | undefined) => {
      const event = id ? dataset.eventsById.get(id) : undefined;
      if (!event) return;
      const { view } = store.getSnapshot();
      store.setView(viewShowing(event.start, event.end, view, bounds));
    },
    [dataset, store, bounds],
  );

  /**
   * Open an event and bring it into view: one history entry holding both. A story moves the
   * view itself (it glides), so it passes `moveView` false.
   */
  const openEvent = (id: string, mode: HistoryMode, moveView = true) => {
    if (moveView) showEvent(id);
    selection.select(id);
    writeSoon.flush();
    write(linkNow(), mode);
  };

  /** Close keeps everything the reader set, the window included; only the event goes. */
  const closeEvent = () => {
    // Bring the entry we leave up to date, so Forward reopens the event where it was.
    writeSoon.flush();
    selection.select(undefined);
    setStory(false);
    if (links.isOpenedEntry()) links.back();
    else write(linkNow(), 'replace');
  };

  // Back/Forward only open or close events; the window and filters stay as the reader left
  // them, and the entry we land on is rewritten to say so.
  const { onNavigate } = links;
  useEffect(
    () =>
      onNavigate((link) => {
        const id = link.event && dataset.eventsById.has(link.event) ? link.event : undefined;
        showEvent(id);
        selection.select(id);
        setStory(link.story === true && id !== undefined);
        write(linkNow(), 'replace');
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [onNavigate, showEvent],
  );

  const searching = queryWords(filters.filter.q).length > 0;
  const searchIndex = useMemo(
    () => (searching ? searchIndexOf(dataset) : []),
    [dataset, searching],
  );
  const events = useMemo(
    () => filterEvents(dataset.events, filters.filter, searchIndex),
    [dataset, filters.filter, searchIndex],
  );

  /** A list row's link: the event with the filters, not the window (opening shows it anyway). */
  const { people, groups, from, to, q } = filters.filter;
  const { data, base } = links;
  // A row's link is for a new tab, a copy or a reader without JavaScript: the standalone page,
  // never the framed one, and the event's static page where it has one.
  const eventHref = useCallback(
    (id: string) =>
      eventLink(
        id,
        { data, people: [...people], groups: [...groups], from, to, q: q.trim() },
        base,
      ),
    [data, people, groups, from, to, q, base],
  );

  /** Start (or restart) a story tour at `id`: opening it is one history entry, as any event. */
  const startStory = (id: string) => {
    setStory(true);
    openEvent(id, selection.current() === undefined ? 'push' : 'replace', false);
  };

  const setLanes = (mode: LaneMode | undefined) => {
    lanesLive.current = mode;
    setLanesState(mode);
    write(linkNow(), 'replace');
  };

  return {
    bounds,
    store,
    filters,
    events,
    selectedId: selection.selectedId,
    /** `?embed=1`: the page is in a frame (CONTRACT §8), for the page's whole life. */
    embedded: start.embed === true,
    notices,
    dismissNotices: () => setNotices([]),
    openEvent,
    closeEvent,
    story,
    startStory,
    lanes,
    setLanes,
    eventHref,
    /** The link to the page as it is now, with a patch: for Copy link. */
    linkNow: (patch: Partial<LinkState> = {}) => ({ ...linkNow(), ...patch }),
  };
}
