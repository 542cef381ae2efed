import { describeFilter } from '../domain/describeFilter';
import { isFiltering, type EventFilter } from '../domain/filterEvents';
import type { Dataset } from '../domain/types';

interface EmptyStateProps {
  filter: EventFilter;
  dataset: Dataset;
  shown: number;
}

/** When the filters leave nothing, say which ones in the reader's words and how to undo them. */
export function EmptyState({ filter, dataset, shown }: EmptyStateProps) {
  if (shown > 0 || !isFiltering(filter)) return null;
  const described = describeFilter(
    filter,
    (id) => dataset.peopleById.get(id)?.name ?? id,
    (id) => dataset.groupsById.get(id)?.name ?? id,
  );
  return (
    <p className="empty-state">
      No events {described}. Loosen a filter, or use Clear filters to see all{' '}
      {dataset.events.length}.
    </p>
  );
}
