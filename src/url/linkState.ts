import {
  endOf,
  formatIsoPartial,
  parsePartialDate,
  partialDateAt,
  startOf,
  type Precision,
} from '../domain/partialDate';
import { DAY_MS } from '../domain/units';
import type { LaneMode } from '../layout/assignLanes';
import type { View } from '../layout/viewport';
import { linkedDatasetUrl } from '../boot/linkedDatasetUrl';

/** Everything a link carries (CONTRACT §3). Absent fields mean "no filter" / "default". */
export interface LinkState {
  data?: string;
  event?: string;
  people: string[];
  /** Group ids (CONTRACT §7), comma-separated like people; events in ANY of them. */
  groups: string[];
  from?: number;
  to?: number;
  q: string;
  view?: View;
  /** The app made for an iframe (CONTRACT §8): `embed=1`. */
  embed?: boolean;
  /** A story tour is playing at `event` (CONTRACT §9): `story=1`. */
  story?: boolean;
  /** One lane per person or per group; absent means the shared lanes. */
  lanes?: LaneMode;
}

const LANE_MODES: readonly string[] = ['people', 'groups'] satisfies LaneMode[];

export const EMPTY_LINK_STATE: LinkState = { people: [], groups: [], q: '' };

export interface ParsedLink {
  state: LinkState;
  /** Plain-language notes on what was ignored, for the notice. */
  ignored: string[];
}

const MAX_TEXT = 200;
const MAX_ID = 100;
/** Ids kept per list (people, groups): more than any filter bar shows, few enough to check. */
const MAX_IDS = 50;
const ID = /^[a-z0-9-]+$/;
/** A year in links: 50, 2011, -479 (480 BCE, as ISO 8601 counts). */
const YEAR = /^-?\d{1,4}$/;

/** Read a query string. Never throws: whatever can't be used is left out and named in `ignored`. */
export function parseLinkState(search: string): ParsedLink {
  const ignored: string[] = [];
  const state: LinkState = { people: [], groups: [], q: '' };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, ignored: ['the link could not be read'] };
  }
  const first = (key: string): string | undefined => {
    const values = params.getAll(key).filter((value) => value.trim() !== '');
    if (values.length > 1) ignored.push(`repeated ${key} (used the first)`);
    return values[0]?.trim();
  };

  // The head script prefetches the same URL (linkedDatasetUrl) before the bundle arrives.
  if (first('data') !== undefined) {
    const data = linkedDatasetUrl(search);
    if (data !== undefined) state.data = data;
    else ignored.push(`data: only http(s) or relative URLs can be loaded`);
  }

  const event = first('event');
  if (event !== undefined) {
    if (event.length <= MAX_ID && ID.test(event)) state.event = event;
    else ignored.push(`event "${shorten(event)}" (not an event id)`);
  }

  state.people = readIds(params.getAll('people'), 'person', ignored);
  state.groups = readIds(params.getAll('groups'), 'group', ignored);

  const from = readYear('from', first('from'), ignored);
  const to = readYear('to', first('to'), ignored);
  if (from !== undefined && to !== undefined && from > to) {
    ignored.push(`from ${from} is after to ${to}`);
  } else {
    if (from !== undefined) state.from = from;
    if (to !== undefined) state.to = to;
  }

  const q = first('q');
  if (q !== undefined) state.q = q.slice(0, MAX_TEXT);

  const view = first('view');
  if (view !== undefined) {
    const parsed = parseView(view);
    if (parsed) state.view = parsed;
    else ignored.push(`view "${shorten(view)}" (expected START..END, e.g. 2011-06..2012-12)`);
  }

  // `story=1` means "playing at this event"; without an event there is nowhere to resume.
  const story = first('story');
  if (story !== undefined) {
    if (story !== '1') ignored.push(`story "${shorten(story)}" (expected story=1)`);
    else if (state.event === undefined) ignored.push('story (needs an event to resume at)');
    else state.story = true;
  }

  const lanes = first('lanes');
  if (lanes !== undefined && lanes !== 'shared') {
    if (LANE_MODES.includes(lanes)) state.lanes = lanes as LaneMode;
    else ignored.push(`lanes "${shorten(lanes)}" (expected people or groups)`);
  }

  const embed = first('embed');
  if (embed === '1') state.embed = true;
  else if (embed !== undefined && embed !== '0') ignored.push(`embed "${shorten(embed)}" (use 1)`);
  return { state, ignored };
}

/** Write the state in one canonical order, so equal states give equal URLs. */
export function serializeLinkState(state: LinkState): string {
  const params = new URLSearchParams();
  if (state.data) params.set('data', state.data);
  if (state.event) params.set('event', state.event);
  if (state.story && state.event) params.set('story', '1');
  if (state.people.length > 0) params.set('people', state.people.join(','));
  if (state.groups.length > 0) params.set('groups', state.groups.join(','));
  if (state.from !== undefined) params.set('from', String(state.from));
  if (state.to !== undefined) params.set('to', String(state.to));
  if (state.q) params.set('q', state.q);
  if (state.view) params.set('view', formatView(state.view));
  if (state.lanes) params.set('lanes', state.lanes);
  // Last, so an embedded view's link reads as the standalone one plus a suffix.
  if (state.embed) params.set('embed', '1');
  // Commas and dots are safe in a query; keeping them readable makes shared links legible.
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/**
 * A comma-separated id list, from every copy of its parameter: empty items dropped silently,
 * repeats once, ids that are no slug named for the notice (`what` is "person" or "group").
 */
function readIds(values: string[], what: string, ignored: string[]): string[] {
  const ids: string[] = [];
  for (const raw of values.flatMap((value) => value.split(','))) {
    const id = raw.trim();
    if (id === '') continue;
    if (id.length > MAX_ID || !ID.test(id))
      ignored.push(`${what} "${shorten(id)}" (not a ${what} id)`);
    else if (!ids.includes(id) && ids.length < MAX_IDS) ids.push(id);
  }
  return ids;
}

function readYear(key: string, value: string | undefined, ignored: string[]): number | undefined {
  if (value === undefined) return undefined;
  if (YEAR.test(value)) return Number(value);
  ignored.push(`${key} "${shorten(value)}" (not a year)`);
  return undefined;
}

/** `2011-06..2012-12` -> the window from the start of June 2011 to the end of December 2012. */
export function parseView(text: string): View | undefined {
  const parts = text.split('..');
  if (parts.length !== 2) return undefined;
  const start = parsePartialDate(parts[0]!);
  const end = parsePartialDate(parts[1]!);
  if (!start || !end) return undefined;
  const view = { start: startOf(start), end: endOf(end) };
  return view.end > view.start ? view : undefined;
}

/**
 * The shortest ISO form that restores the window to within a day: whole years or months when
 * the edges fall on them, else days (the end written inclusively, as people read ranges).
 */
export function formatView(view: View): string {
  const start = new Date(Math.round(view.start / DAY_MS) * DAY_MS);
  const endExclusive = new Date(
    Math.max(Math.round(view.end / DAY_MS) * DAY_MS, start.getTime() + DAY_MS),
  );
  const last = new Date(endExclusive.getTime() - DAY_MS);
  const wholeYears =
    start.getUTCMonth() === 0 &&
    start.getUTCDate() === 1 &&
    endExclusive.getUTCMonth() === 0 &&
    endExclusive.getUTCDate() === 1;
  const wholeMonths = start.getUTCDate() === 1 && endExclusive.getUTCDate() === 1;
  const fmt = (d: Date, precision: Precision) => formatIsoPartial(partialDateAt(d, precision));
  const precision = wholeYears ? 'year' : wholeMonths ? 'month' : 'day';
  return `${fmt(start, precision)}..${fmt(last, precision)}`;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
