import type { Person } from '../domain/types';
import { initialsOf } from '../layout/personColors';

interface PeopleFilterProps {
  people: readonly Person[];
  checked: readonly string[];
  counts: ReadonlyMap<string, number>;
  colorSlots: ReadonlyMap<string, number>;
  onChange: (ids: string[]) => void;
}

/** A checkbox per person; none checked means everyone. Doubles as the colour legend. */
export function PeopleFilter({ people, checked, counts, colorSlots, onChange }: PeopleFilterProps) {
  const toggle = (id: string, on: boolean) =>
    onChange(people.map((p) => p.id).filter((pid) => (pid === id ? on : checked.includes(pid))));
  return (
    <fieldset className="people-filter">
      <legend>People</legend>
      {people.map((person) => (
        <label
          key={person.id}
          className="person-option"
          data-person={colorSlots.get(person.id) ?? 0}
        >
          <input
            type="checkbox"
            checked={checked.includes(person.id)}
            onChange={(e) => toggle(person.id, e.currentTarget.checked)}
          />
          <span className="swatch" aria-hidden="true">
            {initialsOf(person.name)}
          </span>
          <span className="person-name">{person.name}</span>
          <span className="person-count" aria-hidden="true">
            {counts.get(person.id) ?? 0}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
