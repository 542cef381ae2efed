import { isFiltering, type EventFilter } from '../domain/filterEvents';
import type { Dataset } from '../domain/types';
import type { Group } from '../layout/datasetExtras';
import type { MarkOf } from '../layout/personColors';
import { GroupsFilter } from './GroupsFilter';
import { PeopleFilter } from './PeopleFilter';
import { SearchBox } from './SearchBox';
import { YearFilter } from './YearFilter';

interface FilterBarProps {
  dataset: Dataset;
  filter: EventFilter;
  counts: ReadonlyMap<string, number>;
  markOf: MarkOf;
  /** The story's groups; without any, there is no Groups filter. */
  groups: readonly Group[];
  groupCounts: ReadonlyMap<string, number>;
  onPeople: (ids: string[]) => void;
  onGroups: (ids: string[]) => void;
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
      {props.groups.length > 0 && (
        <GroupsFilter
          groups={props.groups}
          checked={filter.groups}
          counts={props.groupCounts}
          onChange={props.onGroups}
        />
      )}
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
