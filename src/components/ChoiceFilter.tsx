import type { ReactNode } from 'react';

export interface Choice {
  id: string;
  name: string;
}

interface ChoiceFilterProps {
  /** The group's name: `People`, `Groups`. */
  legend: string;
  choices: readonly Choice[];
  checked: readonly string[];
  /** Events per choice, in the whole story: shown beside each name, not read out in it. */
  counts: ReadonlyMap<string, number>;
  onChange: (ids: string[]) => void;
  /** Drawn before a name, e.g. a person's colour; decoration, so hidden from the name. */
  markOf?: (id: string) => ReactNode;
}

/**
 * A checkbox per choice, named by its full name; none checked means no filter. The ids go out
 * in the choices' order, whatever order they were ticked in, so equal filters give equal links.
 */
export function ChoiceFilter({
  legend,
  choices,
  checked,
  counts,
  onChange,
  markOf,
}: ChoiceFilterProps) {
  const toggle = (id: string, on: boolean) =>
    onChange(choices.map((c) => c.id).filter((cid) => (cid === id ? on : checked.includes(cid))));
  return (
    <fieldset className="choice-filter">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.id} className="choice-option">
          <input
            type="checkbox"
            checked={checked.includes(choice.id)}
            onChange={(e) => toggle(choice.id, e.currentTarget.checked)}
          />
          {markOf?.(choice.id)}
          <span className="choice-name">{choice.name}</span>
          <span className="choice-count" aria-hidden="true">
            {counts.get(choice.id) ?? 0}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
