import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { formatDateRange } from '../domain/formatDate';
import type { Dataset, TimelineEvent } from '../domain/types';
import type { MarkOf } from '../layout/personColors';
import { placePopover, type Placement } from '../layout/placePopover';
import { CopyLinkButton } from './CopyLinkButton';
import { findEventMarker } from './EventMarker';
import { PersonSwatch } from './PersonSwatch';
import { QuoteBlock, SourceName } from './QuoteBlock';

interface EventDialogProps {
  event: TimelineEvent;
  dataset: Dataset;
  markOf: MarkOf;
  shareUrl: string;
  /** Re-measure the anchor when the timeline moves. */
  layoutKey: unknown;
  onClose: () => void;
  onStep: (delta: 1 | -1) => void;
  hasPrevious: boolean;
  hasNext: boolean;
}

/** The popover for one event: date, summary, people, every quote with its source. */
export function EventDialog(props: EventDialogProps) {
  const { event, dataset, onClose } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<Placement | null>(null);
  const titleId = `dialog-title-${event.id}`;

  useLayoutEffect(() => {
    const place = () => {
      const node = ref.current;
      if (!node) return;
      const anchor = findEventMarker(event.id);
      const timeline = document.querySelector('.timeline-canvas');
      const rect = (anchor ?? timeline)?.getBoundingClientRect();
      const viewport = { width: window.innerWidth, height: window.innerHeight };
      const size = { width: node.offsetWidth, height: node.offsetHeight };
      setPlacement(rect ? placePopover(rect, size, viewport) : { left: 8, top: 8, side: 'below' });
    };
    place();
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    return () => {
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
    };
  }, [event.id, props.layoutKey]);

  // Focus moves in once the popover is placed: a still-hidden element can't take focus.
  const focusedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!placement || focusedFor.current === event.id) return;
    focusedFor.current = event.id;
    ref.current?.focus();
  }, [placement, event.id]);

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
      className={`event-dialog ${placement?.side ?? 'below'}`}
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      style={
        !placement
          ? { visibility: 'hidden' }
          : placement.side === 'sheet'
            ? { left: 0, bottom: 0 }
            : { left: placement.left, top: placement.top }
      }
    >
      <header>
        <p className="dialog-date">{formatDateRange(event.date, event.endDate)}</p>
        <h2 id={titleId}>{event.title}</h2>
      </header>
      <p className="dialog-summary">{event.summary}</p>
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
        <CopyLinkButton url={props.shareUrl} title={event.title} />
        <button type="button" onClick={onClose} className="close">
          Close
        </button>
      </div>
    </div>
  );
}
