import type { MouseEvent } from 'react';
import { formatDateRange } from '../domain/formatDate';
import type { PlacedEvent } from '../layout/layoutEvents';
import type { PersonMark } from '../layout/personColors';

interface EventMarkerProps {
  placed: PlacedEvent;
  top: number;
  width: number;
  /** The first person's colour slot and initials: colour is never the only mark. */
  person: PersonMark;
  selected: boolean;
  tabbable: boolean;
  onSelect: (id: string, opener: HTMLElement) => void;
}

/**
 * One event on the timeline: a pin with the first person's initials at a moment, a bar for a
 * span, its title beside it.
 */
export function EventMarker({
  placed,
  top,
  width,
  person,
  selected,
  tabbable,
  onSelect,
}: EventMarkerProps) {
  const { event, x, barEnd, flip, labelPx } = placed;
  const barWidth = event.isSpan ? Math.max(Math.min(barEnd, width) - Math.max(x, 0), 4) : 0;
  const buttonWidth = Math.max(barWidth, labelPx);
  const left = flip ? x - buttonWidth : event.isSpan ? Math.max(x, 0) : x;
  const onClick = (e: MouseEvent<HTMLButtonElement>) => onSelect(event.id, e.currentTarget);
  return (
    <button
      type="button"
      className={`event ${event.isSpan ? 'span' : 'point'}${flip ? ' flip' : ''}${selected ? ' selected' : ''}`}
      data-event-id={event.id}
      data-person={person.slot}
      tabIndex={tabbable ? 0 : -1}
      aria-pressed={selected ? true : undefined}
      style={{ transform: `translate(${left}px, ${top}px)`, width: buttonWidth }}
      onClick={onClick}
    >
      {event.isSpan && <span className="bar" style={{ width: barWidth }} />}
      <span className="pin" aria-hidden="true">
        {person.initials}
      </span>
      {/* The name is the text a reader sees, then the date: axe's label-content-name-mismatch
          wants the visible words inside the name, and the initials are decoration (hidden). */}
      <span className="label">{event.title}</span>
      <span className="sr-only">, {formatDateRange(event.date, event.endDate)}</span>
    </button>
  );
}

/** The drawn marker of an event, if it is drawn (not off screen or in a cluster). */
export function findEventMarker(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.timeline [data-event-id="${CSS.escape(id)}"]`);
}
