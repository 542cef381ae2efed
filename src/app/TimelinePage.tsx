import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { countByPerson } from '../domain/countByPerson';
import type { Dataset } from '../domain/types';
import { describeFilter } from '../domain/describeFilter';
import { isFiltering } from '../domain/filterEvents';
import type { LinkIo } from '../hooks/useLinkState';
import { usePrefersReducedMotion } from '../hooks/usePrefersReducedMotion';
import { useTimelineState } from '../hooks/useTimelineState';
import { assignLanes } from '../layout/assignLanes';
import { erasOf, groupsOf } from '../layout/datasetExtras';
import { personMarks } from '../layout/personColors';
import { serializeLinkState, type LinkState } from '../url/linkState';
import { EventDialog } from '../components/EventDialog';
import { EventList } from '../components/EventList';
import { findEventMarker } from '../components/EventMarker';
import { FilterBar } from '../components/FilterBar';
import { LanesControl } from '../components/LanesControl';
import { Header } from '../components/Header';
import { Notice } from '../components/Notice';
import { OpenFileButton } from '../components/OpenFileButton';
import { OpenedFileBanner } from '../components/OpenedFileBanner';
import { Overview } from '../components/Overview';
import { PlayStoryButton } from '../components/PlayStoryButton';
import { ShortcutsDialog } from '../components/ShortcutsDialog';
import { StatusLine } from '../components/StatusLine';
import { Timeline } from '../components/Timeline';
// Embedding (CONTRACT §8).
import { EmbedBar } from '../components/EmbedBar';
import { EmbedButton } from '../components/EmbedButton';
import { standaloneUrl } from '../embed/standaloneUrl';
import { shareUrlInHost } from '../embed/shareUrlInHost';
import { useEmbedBridge } from '../hooks/useEmbedBridge';

// Story mode is for the readers who ask for it: its code and CSS load on demand (CONTRACT §10).
const loadStory = () => import('../components/StoryPlayer');
const StoryPlayer = lazy(() => loadStory().then((m) => ({ default: m.StoryPlayer })));

interface TimelinePageProps {
  dataset: Dataset;
  links: LinkIo;
  /** The reader's own file, when that is what is shown. */
  fileName?: string;
  onOpenFile: (file: File) => void;
  onCloseFile: () => void;
}

/** One dataset, shown: filters, the timeline, its count, the list, and the open event. */
export function TimelinePage({
  dataset,
  links,
  fileName,
  onOpenFile,
  onCloseFile,
}: TimelinePageProps) {
  const state = useTimelineState(dataset, links);
  const { events, filters, selectedId, store } = state;
  const reducedMotion = usePrefersReducedMotion();
  const markOf = useMemo(() => personMarks(dataset.people), [dataset]);
  const opener = useRef<HTMLElement | null>(null);
  const selected = selectedId ? dataset.eventsById.get(selectedId) : undefined;
  const selectedIndex = selected ? events.indexOf(selected) : -1;

  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = (e.target as HTMLElement).closest?.('input, select, textarea');
      if (e.key === '?' && !typing) setShortcutsOpen(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    document.title = selected ? `${selected.title} · ${dataset.title}` : dataset.title;
  }, [selected, dataset.title]);

  // However an event closes (Close, Escape, Back), focus must not fall to the page: it goes
  // to the event's marker when drawn, else to the timeline.
  const lastOpen = useRef(selectedId);
  useEffect(() => {
    const closed = lastOpen.current;
    lastOpen.current = selectedId;
    if (selectedId !== undefined || closed === undefined) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    focusEventOrTimeline(closed);
  }, [selectedId]);

  const { openEvent } = state;
  const isOpen = selectedId !== undefined;
  // Embedding: with embed.js on the host page, the host owns history (its fragment), so the frame
  // only replaces; pushing too would make Back take two steps.
  const embedded = state.embedded;
  const { host } = useEmbedBridge({
    enabled: embedded,
    openEventId: selectedId,
    onOpenEvent: (id) => openEvent(id, 'replace'),
    onCloseEvent: () => onClose(),
  });
  const onSelect = useCallback(
    (id: string, from: HTMLElement) => {
      opener.current = from;
      openEvent(id, isOpen || host ? 'replace' : 'push');
    },
    [openEvent, isOpen, host],
  );

  const onClose = () => {
    const id = selectedId ?? '';
    state.closeEvent();
    // Focus goes back where the person was: the row or marker that opened the popover, or,
    // after stepping with Previous/Next, the marker of the event they ended on.
    const from = opener.current;
    const openedThis =
      from?.isConnected && (from.dataset.eventId ?? from.dataset.listEventId) === id;
    if (openedThis) from.focus();
    else focusEventOrTimeline(id);
    opener.current = null;
  };

  const onStep = (delta: 1 | -1) => {
    const next = events[selectedIndex + delta];
    if (next) state.openEvent(next.id, 'replace');
  };

  // The tour starts at the first event that passes the filters (they are in date order).
  const playStory = () => {
    if (events[0]) state.startStory(events[0].id);
  };
  const exitStory = () => {
    state.closeEvent();
    document.querySelector<HTMLElement>('.play-story')?.focus();
  };

  // Copy link hands out the host page's address when embed.js runs there.
  const shareUrl = () =>
    !selected
      ? ''
      : host
        ? shareUrlInHost(host.url, host.key, selected.id)
        : shareUrlFor(selected.id, state.linkNow({ event: undefined, embed: undefined }));
  const hiddenByFilter = selected !== undefined && selectedIndex === -1;
  const counts = useMemo(() => countByPerson(dataset.events), [dataset]);
  const eras = useMemo(() => erasOf(dataset), [dataset]);
  const hasGroups = useMemo(() => groupsOf(dataset).length > 0, [dataset]);
  const lanes = useMemo(
    () => assignLanes(events, state.lanes, dataset),
    [events, state.lanes, dataset],
  );
  // The list view says which lanes the timeline shows (CONTRACT §9).
  const lanesNote = state.lanes
    ? `The timeline shows one lane per ${state.lanes === 'people' ? 'person' : 'group'}: ${lanes.map((lane) => lane.label).join(', ')}.`
    : undefined;

  return (
    <>
      {embedded ? (
        <EmbedBar
          title={dataset.title}
          fullUrl={() => standaloneUrl(window.location.href, state.linkNow())}
        />
      ) : (
        <Header
          title={dataset.title}
          description={dataset.description}
          onShowShortcuts={() => setShortcutsOpen(true)}
          tools={
            <>
              <OpenFileButton onOpen={onOpenFile} />
              {/* A frame can't load a file from the reader's computer: no Embed for one. */}
              {!fileName && <EmbedButton link={state.linkNow} title={dataset.title} />}
            </>
          }
        />
      )}
      {/* A frame may be too short for the modal shortcuts list: no `?` overlay there. */}
      {!embedded && (
        <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      )}
      <main>
        {fileName && <OpenedFileBanner name={fileName} onClose={onCloseFile} />}
        <Notice
          title="Parts of this link were ignored:"
          items={state.notices}
          onDismiss={state.dismissNotices}
        />
        <FilterBar
          dataset={dataset}
          filter={filters.filter}
          counts={counts}
          markOf={markOf}
          onPeople={filters.setPeople}
          onYears={filters.setYears}
          onQuery={filters.setQuery}
          onClear={filters.clear}
        />
        <StatusLine shown={events.length} total={dataset.events.length} />
        <Timeline
          events={events}
          lanes={lanes}
          store={store}
          markOf={markOf}
          selectedId={selectedId}
          onSelect={onSelect}
          reducedMotion={reducedMotion}
          tools={
            <>
              <PlayStoryButton
                disabled={events.length === 0}
                onPlay={playStory}
                onPreload={() => void loadStory()}
              />
              <LanesControl mode={state.lanes} hasGroups={hasGroups} onChange={state.setLanes} />
            </>
          }
        />
        <Overview store={store} events={events} eras={eras} />
        {hiddenByFilter && (
          <p className="notice" aria-live="polite">
            “{selected.title}” is hidden by the current filters.{' '}
            <button type="button" onClick={filters.clear}>
              Show all events
            </button>
          </p>
        )}
        {selected && state.story && (
          <Suspense fallback={null}>
            <StoryPlayer
              event={selected}
              events={events}
              dataset={dataset}
              markOf={markOf}
              store={store}
              reducedMotion={reducedMotion}
              shareUrl={shareUrl}
              onGo={(id) => state.openEvent(id, 'replace', false)}
              onExit={exitStory}
            />
          </Suspense>
        )}
        {selected && !state.story && (
          <EventDialog
            event={selected}
            dataset={dataset}
            markOf={markOf}
            shareUrl={shareUrl}
            store={store}
            inFrame={embedded}
            onClose={onClose}
            onStep={onStep}
            hasPrevious={selectedIndex > 0}
            hasNext={selectedIndex >= 0 && selectedIndex < events.length - 1}
          />
        )}
        {events.length === 0 && isFiltering(filters.filter) && (
          <p className="empty-state">
            No events{' '}
            {describeFilter(filters.filter, (id) => dataset.peopleById.get(id)?.name ?? id)}. Loosen
            a filter, or use Clear filters to see all {dataset.events.length}.
          </p>
        )}
        <EventList
          events={events}
          dataset={dataset}
          query={filters.filter.q}
          selectedId={selectedId}
          hrefFor={state.eventHref}
          lanesNote={lanesNote}
          onSelect={onSelect}
        />
      </main>
    </>
  );
}

/** Focus an event's marker if it is drawn, else the timeline itself. */
function focusEventOrTimeline(id: string) {
  const target =
    findEventMarker(id) ?? document.querySelector<HTMLElement>('section.timeline[tabindex]');
  target?.focus();
}

/**
 * The link `Copy link` hands out: the event's static page (e/<id>/, which previews well in chats)
 * carrying the rest of the view; a dataset loaded with ?data= has no static pages, so its events
 * link to ?event= directly.
 */
function shareUrlFor(id: string, rest: LinkState): string {
  const appBase = new URL('.', window.location.href);
  if (rest.data) return new URL(serializeLinkState({ ...rest, event: id }), appBase).href;
  return new URL(`e/${encodeURIComponent(id)}/${serializeLinkState(rest)}`, appBase).href;
}
