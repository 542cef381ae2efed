import { isFiltering, type EventFilter } from '../domain/filterEvents';
import type { Dataset } from '../domain/types';
import type { MarkOf } from '../layout/personColors';
import { PeopleFilter } from './PeopleFilter';
import { SearchBox } from './SearchBox';
import { YearFilter } from './YearFilter';

interface FilterBarProps {
  dataset: Dataset;
  filter: EventFilter;
  counts: ReadonlyMap<string, number>;
  markOf: MarkOf;
  onPeople: (ids: string[]) => void;
  onYears: (from: number | undefined, to: number | undefined) => void;
  onQuery: (q: string) => void;
  onClear: () => void;
}

export function FilterBar(props: FilterBarProps) {
  const { dataset, filter } = props;
  return (
    <div className="filter-bar" role="search" aria-label="Filters">
      <PeopleFilter
        people={dataset.people}
        checked={filter.people}
        counts={props.counts}
        markOf={props.markOf}
        onChange={props.onPeople}
      />
      <YearFilter
        startYear={dataset.range.startYear}
        endYear={dataset.range.endYear}
        from={filter.from}
        to={filter.to}
        onChange={props.onYears}
      />
      <SearchBox value={filter.q} onChange={props.onQuery} />
      {isFiltering(filter) && (
        <button type="button" className="clear-filters" onClick={props.onClear}>
          Clear filters
        </button>
      )}
    </div>
  );
}
