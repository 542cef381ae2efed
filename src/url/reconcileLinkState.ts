import type { Dataset } from '../domain/types';
import { groupsOf } from '../layout/datasetExtras';
import { boundsForRange, clampView, spanOf } from '../layout/viewport';
import type { LinkState } from './linkState';

/**
 * Check a parsed link against the dataset it opens: unknown ids are dropped, years clamped to the
 * dataset's range, a window outside the range ignored. Each change is named for the notice.
 */
export function reconcileLinkState(
  state: LinkState,
  dataset: Dataset,
): { state: LinkState; ignored: string[] } {
  const ignored: string[] = [];
  const next: LinkState = { ...state, people: [], groups: [] };

  if (state.event !== undefined && !dataset.eventsById.has(state.event)) {
    ignored.push(`event "${state.event}" (no such event)`);
    delete next.event;
  }
  for (const id of state.people) {
    if (dataset.peopleById.has(id)) next.people.push(id);
    else ignored.push(`person "${id}" (no such person)`);
  }
  const groups = new Set(groupsOf(dataset).map((group) => group.id));
  // One note for a story without groups, rather than one per id it can't have.
  if (state.groups.length > 0 && groups.size === 0) {
    const asked = state.groups.join(',');
    const shown = asked.length > 40 ? `${asked.slice(0, 40)}…` : asked;
    ignored.push(`groups=${shown} (this dataset has no groups)`);
  } else {
    for (const id of state.groups) {
      if (groups.has(id)) next.groups.push(id);
      else ignored.push(`group "${id}" (no such group)`);
    }
  }

  const { startYear, endYear } = dataset.range;
  const clampYear = (key: 'from' | 'to') => {
    const year = state[key];
    if (year === undefined) return;
    const clamped = Math.min(Math.max(year, startYear), endYear);
    if (clamped !== year)
      ignored.push(`${key} ${year} (outside ${startYear}–${endYear}; used ${clamped})`);
    next[key] = clamped;
  };
  clampYear('from');
  clampYear('to');
  // Both clamped to the same edge from beyond the range: the filter means nothing, drop it.
  if (next.from === startYear) delete next.from;
  if (next.to === endYear) delete next.to;

  if (state.view) {
    const bounds = boundsForRange(dataset.range.start, dataset.range.end);
    const overlaps = state.view.end > bounds.outer.start && state.view.start < bounds.outer.end;
    if (!overlaps) {
      ignored.push('view (outside the timeline)');
      delete next.view;
    } else {
      const clamped = clampView(state.view, bounds);
      // The whole range is the default view: keep links short.
      if (spanOf(clamped) >= spanOf(bounds.outer) - 1) delete next.view;
      else next.view = clamped;
    }
  }
  if (state.lanes === 'groups' && groupsOf(dataset).length === 0) {
    ignored.push('lanes=groups (this dataset has no groups)');
    delete next.lanes;
  }
  return { state: next, ignored };
}
