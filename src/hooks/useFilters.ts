import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { EventFilter } from '../domain/filterEvents';

export interface Filters {
  /** As of this render, for drawing. The search is as typed, not yet trimmed. */
  filter: EventFilter;
  /** As of now, for handlers and the URL writer (a render may lag a keystroke). */
  current: () => EventFilter;
  setPeople: (people: string[]) => void;
  setGroups: (groups: string[]) => void;
  setYears: (from: number | undefined, to: number | undefined) => void;
  setQuery: (q: string) => void;
  clear: () => void;
}

/**
 * The people, groups, years and search the reader chose: one owner, started from the link. `onChange`
 * hears every change, `soon` for typing, so the URL can follow at the right pace.
 */
export function useFilters(
  initial: EventFilter,
  onChange: (urgency: 'now' | 'soon') => void,
): Filters {
  const [filter, setFilter] = useState(initial);
  const live = useRef(filter);
  const changed = useRef(onChange);
  useLayoutEffect(() => {
    changed.current = onChange;
  });

  const set = useCallback((patch: Partial<EventFilter>, urgency: 'now' | 'soon') => {
    live.current = { ...live.current, ...patch };
    setFilter(live.current);
    changed.current(urgency);
  }, []);

  // Keyed on values, so a new array with the same ids doesn't re-filter 10,000 events.
  const peopleKey = filter.people.join(',');
  const groupsKey = filter.groups.join(',');
  const stable = useMemo(
    () => ({ ...filter, people: splitKey(peopleKey), groups: splitKey(groupsKey) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [peopleKey, groupsKey, filter.from, filter.to, filter.q],
  );

  return {
    filter: stable,
    current: useCallback(() => live.current, []),
    setPeople: useCallback((people) => set({ people }, 'now'), [set]),
    setGroups: useCallback((groups) => set({ groups }, 'now'), [set]),
    setYears: useCallback((from, to) => set({ from, to }, 'now'), [set]),
    setQuery: useCallback((q) => set({ q }, 'soon'), [set]),
    clear: useCallback(
      () => set({ people: [], groups: [], from: undefined, to: undefined, q: '' }, 'now'),
      [set],
    ),
  };
}

// Ids are slugs ([a-z0-9-]+): a comma never occurs in one.
const splitKey = (key: string): string[] => (key ? key.split(',') : []);
