import type { Person } from '../domain/types';
import type { MarkOf } from '../layout/personColors';
import { ChoiceFilter } from './ChoiceFilter';
import { PersonSwatch } from './PersonSwatch';

interface PeopleFilterProps {
  people: readonly Person[];
  checked: readonly string[];
  counts: ReadonlyMap<string, number>;
  markOf: MarkOf;
  onChange: (ids: string[]) => void;
}

/** A checkbox per person; none checked means everyone. Doubles as the colour legend. */
export function PeopleFilter({ people, markOf, ...rest }: PeopleFilterProps) {
  return (
    <ChoiceFilter
      legend="People"
      choices={people}
      markOf={(id) => <PersonSwatch mark={markOf(id)} />}
      {...rest}
    />
  );
}
