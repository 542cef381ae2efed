import { useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset, TimelineEvent } from '../domain/types';
import { useStoryDwell } from '../hooks/useStoryDwell';
import { useStoryHold } from '../hooks/useStoryHold';
import { useStoryKeys } from '../hooks/useStoryKeys';
import type { MarkOf } from '../layout/personColors';
import type { ViewStore } from '../state/createViewStore';
import {
  readingTimeMs,
  storyOrder,
  storyProgress,
  storyStep,
  storyText,
  storyView,
} from '../story/storySequence';
import { EventDialog, SHEET_BELOW_PX } from './EventDialog';
import { StoryControls } from './StoryControls';
import './StoryPlayer.css';

interface StoryPlayerProps {
  event: TimelineEvent;
  /** The events that pass the filters: the tour. */
  events: readonly TimelineEvent[];
  dataset: Dataset;
  markOf: MarkOf;
  store: ViewStore;
  reducedMotion: boolean;
  shareUrl: () => string;
  /** Show another stop (replacing the history entry, as stepping in the dialog does). */
  onGo: (id: string) => void;
  onExit: () => void;
}

/** A glide long enough to follow where the view went, short enough not to wait for. */
const GLIDE_MS = 900;

/**
 * Story mode (CONTRACT §9), loaded on demand: the open event's dialog with the tour's controls,
 * a glide to each stop, and a reading-time dwell before the next. Starts playing, except under
 * reduced motion, where it never moves on by itself and the view jumps.
 */
export function StoryPlayer(props: StoryPlayerProps) {
  const { event, store, reducedMotion, onGo } = props;
  const order = useMemo(() => storyOrder(props.events), [props.events]);
  const previous = storyStep(order, event, -1);
  const next = storyStep(order, event, 1);
  const { position, total } = storyProgress(order, event);
  const [playing, setPlaying] = useState(true);
  const canAutoplay = !reducedMotion;

  useEffect(() => {
    store.setView(storyView(event, store.getSnapshot().bounds), reducedMotion ? 0 : GLIDE_MS);
  }, [event, store, reducedMotion]);
  // On a phone the dialog is a bottom sheet: bring the timeline to the top once, so the tour's
  // glides show above it.
  useEffect(() => {
    if (!window.matchMedia(`(max-width: ${SHEET_BELOW_PX - 0.02}px)`).matches) return;
    document.querySelector('.timeline-canvas')?.scrollIntoView({
      block: 'start',
      behavior: reducedMotion ? 'auto' : 'smooth',
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the tour opens
  }, []);

  const step = (delta: 1 | -1) => {
    const target = delta === 1 ? next : previous;
    if (target) onGo(target.id);
  };
  // Play after the last stop starts over; otherwise it resumes where the tour stands.
  const toggle = () => {
    if (!playing && !next && order[0]) onGo(order[0].id);
    setPlaying(!playing);
  };
  useStoryKeys({ step, toggle });

  const holder = useRef<HTMLDivElement>(null);
  const hold = useStoryHold(holder);
  const dwell = useMemo(() => readingTimeMs(storyText(event)), [event]);
  useStoryDwell(event.id, dwell, canAutoplay && playing && !hold.held, () =>
    next ? onGo(next.id) : setPlaying(false),
  );

  return (
    // display: contents: a hook for the pointer, no box of its own around the fixed dialog.
    <div
      className="story-player"
      ref={holder}
      onPointerEnter={hold.onPointerEnter}
      onPointerLeave={hold.onPointerLeave}
    >
      <EventDialog
        event={event}
        dataset={props.dataset}
        markOf={props.markOf}
        shareUrl={props.shareUrl}
        store={store}
        onClose={props.onExit}
        onStep={step}
        hasPrevious={previous !== undefined}
        hasNext={next !== undefined}
        story={
          <StoryControls
            title={event.title}
            position={position}
            total={total}
            playing={playing}
            canAutoplay={canAutoplay}
            hasPrevious={previous !== undefined}
            hasNext={next !== undefined}
            onToggle={toggle}
            onStep={step}
            onExit={props.onExit}
          />
        }
      />
    </div>
  );
}
