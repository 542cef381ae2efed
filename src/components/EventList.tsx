import { memo, useState, type MouseEvent } from 'react';
import { erasAt } from '../domain/erasAt';
import { formatDateRange } from '../domain/formatDate';
import { groupByYear } from '../domain/groupByYear';
import type { Dataset, TimelineEvent } from '../domain/types';
import { Highlighted } from './Highlighted';

interface EventListProps {
  events: readonly TimelineEvent[];
  dataset: Dataset;
  query: string;
  selectedId: string | undefined;
  hrefFor: (id: string) => string;
  onSelect: (id: string, opener: HTMLElement) => void;
  /** Which lanes the timeline shows, when it shows more than the shared one. */
  lanesNote?: string;
}

/** Rows drawn at a time, so a 10,000-event dataset doesn't put 10,000 rows in the page. */
const PAGE = 100;

/** The same events as the timeline, in order and grouped by year: for small screens and screen readers. */
export const EventList = memo(function EventList({
  events,
  dataset,
  query,
  selectedId,
  hrefFor,
  onSelect,
  lanesNote,
}: EventListProps) {
  const [limit, setLimit] = useState(PAGE);
  const years = groupByYear(events.slice(0, limit));
  const open = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onSelect(id, e.currentTarget);
  };
  return (
    <section
      className="event-list"
      id="event-list"
      aria-labelledby="event-list-title"
      tabIndex={-1}
    >
      <h2 id="event-list-title">All events, in order</h2>
      {lanesNote && <p className="event-list-lanes">{lanesNote}</p>}
      {/* The eras drawn as bands on the timeline, in words (for screen readers, print and readers without JavaScript). */}
      {dataset.eras.length > 0 && (
        <section className="event-list-eras" aria-labelledby="event-list-eras">
          <h3 id="event-list-eras">Eras</h3>
          <ul>
            {dataset.eras.map((era) => (
              <li key={era.id}>
                <strong>{era.title}</strong>: {formatDateRange(era.date, era.endDate)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {years.map(([year, items]) => (
        <section key={year} className="event-list-year" aria-labelledby={`year-${year}`}>
          <h3 id={`year-${year}`}>{year}</h3>
          <ol>
            {items.map((event) => {
              const during = erasAt(dataset.eras, event.start);
              return (
                <li key={event.id} className={event.id === selectedId ? 'selected' : undefined}>
                  <p className="event-list-date">
                    {formatDateRange(event.date, event.endDate)}
                    {during.length > 0 &&
                      `, during ${during.map((era) => era.title).join(' and ')}`}
                  </p>
                  <a
                    href={hrefFor(event.id)}
                    data-list-event-id={event.id}
                    onClick={(e) => open(e, event.id)}
                  >
                    <Highlighted text={event.title} query={query} />
                  </a>
                  <p className="event-list-people">
                    {event.people.map((id) => dataset.peopleById.get(id)?.name ?? id).join(', ')}
                  </p>
                  <p className="event-list-summary print-only">{event.summary}</p>
                  {/* The first quote on screen; all of them, and the sources, when printed. */}
                  {event.quotes.map((quote, i) => (
                    <blockquote key={i} className={i > 0 ? 'print-only' : undefined}>
                      <p>
                        “<Highlighted text={quote.text} query={query} />”
                      </p>
                      <footer>
                        — {dataset.peopleById.get(quote.speaker)?.name ?? quote.speaker}
                      </footer>
                    </blockquote>
                  ))}
                  <p className="event-list-sources print-only">
                    Sources:{' '}
                    {event.sources.map((id) => dataset.sourcesById.get(id)?.title ?? id).join('; ')}
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      {events.length > limit && (
        <button type="button" className="show-more" onClick={() => setLimit((n) => n + PAGE)}>
          Show {Math.min(PAGE, events.length - limit)} more of {events.length - limit} remaining
        </button>
      )}
    </section>
  );
});
