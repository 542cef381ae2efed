import type { Group } from '../layout/datasetExtras';
import { ChoiceFilter } from './ChoiceFilter';

interface GroupsFilterProps {
  groups: readonly Group[];
  checked: readonly string[];
  counts: ReadonlyMap<string, number>;
  onChange: (ids: string[]) => void;
}

/** A checkbox per group (CONTRACT §7); none checked means every group, and no group at all. */
export function GroupsFilter({ groups, ...rest }: GroupsFilterProps) {
  return <ChoiceFilter legend="Groups" choices={groups} {...rest} />;
}
