import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { countByGroup } from '../domain/countByGroup';
import { countByPerson } from '../domain/countByPerson';
import type { Dataset } from '../domain/types';
import type { LinkIo } from '../hooks/useLinkState';
import { usePrefersReducedMotion } from '../hooks/usePrefersReducedMotion';
import { useFocusAfterClose } from '../hooks/useFocusAfterClose';
import { useTimelineState } from '../hooks/useTimelineState';
import { shareUrlFor } from '../url/shareUrlFor';
import { assignLanes } from '../layout/assignLanes';
import { erasOf, groupsOf } from '../layout/datasetExtras';
import { personMarks } from '../layout/personColors';
import { EmptyState } from '../components/EmptyState';
import { EventDialog } from '../components/EventDialog';
import { EventList } from '../components/EventList';
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

  const focus = useFocusAfterClose(selectedId);

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
      focus.remember(from);
      openEvent(id, isOpen || host ? 'replace' : 'push');
    },
    [openEvent, isOpen, host, focus],
  );

  const onClose = () => {
    const id = selectedId ?? '';
    state.closeEvent();
    focus.restore(id);
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
        : shareUrlFor(
            window.location.href,
            selected.id,
            state.linkNow({ event: undefined, embed: undefined }),
          );
  const hiddenByFilter = selected !== undefined && selectedIndex === -1;
  const counts = useMemo(() => countByPerson(dataset.events), [dataset]);
  const eras = useMemo(() => erasOf(dataset), [dataset]);
  const groups = useMemo(() => groupsOf(dataset), [dataset]);
  const groupCounts = useMemo(() => countByGroup(dataset.events), [dataset]);
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
          groups={groups}
          groupCounts={groupCounts}
          onPeople={filters.setPeople}
          onGroups={filters.setGroups}
          onYears={filters.setYears}
          onQuery={filters.setQuery}
          onClear={filters.clear}
        />
        <StatusLine shown={events.length} total={dataset.events.length} />
        <Timeline
          events={events}
          lanes={lanes}
          eras={eras}
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
              <LanesControl
                mode={state.lanes}
                hasGroups={groups.length > 0}
                onChange={state.setLanes}
              />
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
        <EmptyState filter={filters.filter} dataset={dataset} shown={events.length} />
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
