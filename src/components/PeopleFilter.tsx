import type { Person } from '../domain/types';
import type { MarkOf } from '../layout/personColors';
import { PersonSwatch } from './PersonSwatch';

interface PeopleFilterProps {
  people: readonly Person[];
  checked: readonly string[];
  counts: ReadonlyMap<string, number>;
  markOf: MarkOf;
  onChange: (ids: string[]) => void;
}

/** A checkbox per person; none checked means everyone. Doubles as the colour legend. */
export function PeopleFilter({ people, checked, counts, markOf, onChange }: PeopleFilterProps) {
  const toggle = (id: string, on: boolean) =>
    onChange(people.map((p) => p.id).filter((pid) => (pid === id ? on : checked.includes(pid))));
  return (
    <fieldset className="people-filter">
      <legend>People</legend>
      {people.map((person) => (
        <label key={person.id} className="person-option">
          <input
            type="checkbox"
            checked={checked.includes(person.id)}
            onChange={(e) => toggle(person.id, e.currentTarget.checked)}
          />
          <PersonSwatch mark={markOf(person.id)} />
          <span className="person-name">{person.name}</span>
          <span className="person-count" aria-hidden="true">
            {counts.get(person.id) ?? 0}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
