import type { TimeMs } from '../domain/units';

// Eras and groups (CONTRACT §7) are optional dataset fields that the schema is only now
// gaining. Read them here, defensively and in one place, so lanes and the overview work with
// datasets that have them and quietly do without where they don't.

export interface Era {
  id: string;
  title: string;
  start: TimeMs;
  end: TimeMs;
}

export interface Group {
  id: string;
  name: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const listOf = (owner: object, key: string): Record<string, unknown>[] => {
  const value = (owner as Record<string, unknown>)[key];
  return Array.isArray(value) ? value.filter(isObject) : [];
};

/** The dataset's eras with a title and a real extent, in the order given. */
export function erasOf(dataset: object): Era[] {
  return listOf(dataset, 'eras').flatMap((era) => {
    const { id, title, start, end } = era;
    const valid =
      typeof title === 'string' &&
      typeof start === 'number' &&
      typeof end === 'number' &&
      end > start;
    return valid
      ? [{ id: String(id ?? title), title, start: start as TimeMs, end: end as TimeMs }]
      : [];
  });
}

/** The dataset's groups, each with an id and a name. */
export function groupsOf(dataset: object): Group[] {
  return listOf(dataset, 'groups').flatMap(({ id, name }) =>
    typeof id === 'string' ? [{ id, name: typeof name === 'string' ? name : id }] : [],
  );
}

/** An event's group id, if it has one. */
export function groupOf(event: object): string | undefined {
  const group = (event as Record<string, unknown>).group;
  return typeof group === 'string' ? group : undefined;
}
