import { useMemo, type MouseEvent } from 'react';
import { formatDateRange } from '../domain/formatDate';
import type { PlacedEvent } from '../layout/layoutEvents';
import { badgeStack } from '../layout/markerBadges';
import type { MarkOf } from '../layout/personColors';

interface EventMarkerProps {
  placed: PlacedEvent;
  top: number;
  width: number;
  markOf: MarkOf;
  /** The person whose lane this is, if any: their badge comes first and colours the bar. */
  lead: string | undefined;
  selected: boolean;
  tabbable: boolean;
  onSelect: (id: string, opener: HTMLElement) => void;
}

/**
 * One event on the timeline: a stack of its people's initials at a moment, a bar for a span,
 * its title beside it.
 */
export function EventMarker({
  placed,
  top,
  width,
  markOf,
  lead,
  selected,
  tabbable,
  onSelect,
}: EventMarkerProps) {
  const { event, x, barEnd, flip, labelPx } = placed;
  const people = event.people;
  // Up to 500 markers redraw on every frame of a zoom: the badges are built once per event and
  // lane, and the same element handed back lets React skip them on every later frame.
  const colour = markOf(lead ?? people[0]).slot;
  const badges = useMemo(() => {
    const stack = badgeStack(people, lead, markOf);
    return (
      <span className="badges" aria-hidden="true">
        {stack.marks.length === 0 && <span className="badge" data-person={colour} />}
        {stack.marks.map((mark, i) => (
          <span key={i} className="badge" data-person={mark.slot}>
            {mark.initials}
          </span>
        ))}
        {stack.more > 0 && <span className="badge badge-more">+{stack.more}</span>}
      </span>
    );
  }, [people, lead, markOf, colour]);

  const barWidth = event.isSpan ? Math.max(Math.min(barEnd, width) - Math.max(x, 0), 4) : 0;
  const buttonWidth = Math.max(barWidth, labelPx);
  const left = flip ? x - buttonWidth : event.isSpan ? Math.max(x, 0) : x;
  const onClick = (e: MouseEvent<HTMLButtonElement>) => onSelect(event.id, e.currentTarget);
  return (
    <button
      type="button"
      className={`event ${event.isSpan ? 'span' : 'point'}${flip ? ' flip' : ''}${selected ? ' selected' : ''}`}
      data-event-id={event.id}
      data-person={colour}
      tabIndex={tabbable ? 0 : -1}
      aria-pressed={selected ? true : undefined}
      style={{ transform: `translate(${left}px, ${top}px)`, width: buttonWidth }}
      onClick={onClick}
    >
      {event.isSpan && <span className="bar" style={{ width: barWidth }} />}
      {badges}
      {/* The name is the text a reader sees, then the date: axe's label-content-name-mismatch
          wants the visible words inside the name, and the initials are decoration (hidden). */}
      <span className="label">{event.title}</span>
      <span className="sr-only">, {formatDateRange(event.date, event.endDate)}</span>
    </button>
  );
}

/**
 * The drawn marker of an event, if it is drawn (not off screen or in a cluster), and not in a
 * lane still showing an earlier window (it may be about to go).
 */
export function findEventMarker(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    `.timeline [data-event-id="${CSS.escape(id)}"]:not([aria-busy="true"] *)`,
  );
}
