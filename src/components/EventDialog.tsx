import { useEffect, useRef, type ReactNode } from 'react';
import { formatDateRange } from '../domain/formatDate';
import type { Dataset, TimelineEvent } from '../domain/types';
import { useAnchoredPosition } from '../hooks/useAnchoredPosition';
import { useMediaQuery } from '../hooks/useMediaQuery';
import { useViewSnapshot } from '../hooks/useViewStore';
import type { MarkOf } from '../layout/personColors';
import type { ViewStore } from '../state/createViewStore';
import { CopyLinkButton } from './CopyLinkButton';
import { EventMedia } from './EventMedia';
import { RichText } from './RichText';
import { findEventMarker } from './EventMarker';
import { PersonSwatch } from './PersonSwatch';
import { QuoteBlock, SourceName } from './QuoteBlock';

interface EventDialogProps {
  event: TimelineEvent;
  /**
   * In an iframe (?embed=1) the frame is only as tall as its content, so there is no room to
   * float beside a marker: the popover sits in the page's flow under the timeline instead.
   */
  inFrame?: boolean;
  dataset: Dataset;
  markOf: MarkOf;
  /** The link Copy link hands out, made when asked (it carries the window at that moment). */
  shareUrl: () => string;
  /** The window: the popover follows its event's marker as it moves. */
  store: ViewStore;
  onClose: () => void;
  onStep: (delta: 1 | -1) => void;
  hasPrevious: boolean;
  hasNext: boolean;
  /**
   * Story mode (CONTRACT §9): its controls, drawn first so they are the first stop for Tab, in
   * place of the usual actions. Focus then moves in only when the dialog first opens: a tour
   * that moves on by itself must not pull focus from wherever the reader took it.
   */
  story?: ReactNode;
}

/** Below this viewport width the popover becomes a bottom sheet. */
export const SHEET_BELOW_PX = 600;

/** The popover for one event: date, summary, people, every quote with its source. */
export function EventDialog(props: EventDialogProps) {
  const { event, dataset, onClose } = props;
  const ref = useRef<HTMLDivElement>(null);
  const titleId = `dialog-title-${event.id}`;
  // Narrow screens get a bottom sheet (CSS); wider ones a popover beside the marker.
  const narrow = useMediaQuery(`(max-width: ${SHEET_BELOW_PX - 0.02}px)`);
  const sheet = narrow || props.inFrame === true;
  const { view } = useViewSnapshot(props.store);
  const position = useAnchoredPosition(
    ref,
    () => findEventMarker(event.id) ?? document.querySelector('.timeline-canvas'),
    view,
    !sheet,
  );
  const placed = sheet || position !== null;

  // Focus moves in once the popover is placed: a still-hidden element can't take focus.
  const focusedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!placed || focusedFor.current === event.id) return;
    if (props.story && focusedFor.current !== null) return;
    focusedFor.current = event.id;
    ref.current?.focus();
  }, [placed, event.id, props.story]);

  // Escape closes it wherever focus is, inside the popover or back on the page.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A native <dialog> above it (the shortcuts) takes its own Escape.
      const inModal = (e.target as Element | null)?.closest?.('dialog[open]');
      if (e.key === 'Escape' && !e.defaultPrevented && !inModal) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div
      ref={ref}
      className={`event-dialog${sheet ? ' sheet' : ''}${props.story ? ' story' : ''}`}
      data-side={sheet ? 'sheet' : position?.side}
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      style={
        sheet
          ? { left: 0, bottom: 0 }
          : position
            ? { left: position.left, top: position.top }
            : { left: 0, top: 0, visibility: 'hidden' }
      }
    >
      {props.story}
      <header>
        <p className="dialog-date">
          {event.displayDate ?? formatDateRange(event.date, event.endDate)}
        </p>
        <h2 id={titleId}>{event.title}</h2>
      </header>
      {/* Media loads only now, with the dialog: nothing outside is asked for before. */}
      {event.media && <EventMedia media={event.media} />}
      {event.summaryRich ? (
        <RichText doc={event.summaryRich} className="dialog-summary" />
      ) : (
        event.summary && <p className="dialog-summary">{event.summary}</p>
      )}
      <ul className="dialog-people" aria-label="People">
        {event.people.map((id) => (
          <li key={id}>
            <PersonSwatch mark={props.markOf(id)} />
            {dataset.peopleById.get(id)?.name ?? id}
          </li>
        ))}
      </ul>
      {event.quotes.map((quote, i) => (
        <QuoteBlock key={i} quote={quote} dataset={dataset} />
      ))}
      <p className="dialog-sources">
        Sources:{' '}
        {event.sources.map((id, i) => {
          const source = dataset.sourcesById.get(id);
          return (
            <span key={id}>
              {i > 0 && '; '}
              {source ? <SourceName source={source} /> : id}
            </span>
          );
        })}
      </p>
      {!props.story && (
        <div className="dialog-actions">
          <button
            type="button"
            onClick={() => props.onStep(-1)}
            disabled={!props.hasPrevious}
            aria-label="Previous event"
          >
            ← Previous
          </button>
          <button
            type="button"
            onClick={() => props.onStep(1)}
            disabled={!props.hasNext}
            aria-label="Next event"
          >
            Next →
          </button>
          <CopyLinkButton getUrl={props.shareUrl} title={event.title} />
          <button type="button" onClick={onClose} className="close">
            Close
          </button>
        </div>
      )}
    </div>
  );
}
