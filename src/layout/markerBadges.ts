import type { MarkOf, PersonMark } from './personColors';

/** Initials badges on one marker; more people are counted in a "+N" badge after them. */
export const MAX_BADGES = 3;
/**
 * What each badge after the first adds to the marker's width: 26 px wide, tucked 3 px under the
 * one before (CSS: .event .badge). The "+N" badge is narrower, 20 px.
 */
export const BADGE_STEP_PX = 23;
const MORE_STEP_PX = 17;

/** What a marker shows of its event's people. */
export interface BadgeStack {
  marks: PersonMark[];
  /** People beyond the badges: "+N", or 0 for none. */
  more: number;
}

/**
 * The people a marker shows, each once: the lane's person first when the event is drawn in a
 * person's lane (it is their lane; the badge says so), then the others in the event's order,
 * at most MAX_BADGES of them, and a count of the rest.
 */
export function badgeStack(
  people: readonly string[],
  lead: string | undefined,
  markOf: MarkOf,
): BadgeStack {
  const ordered = new Set(lead !== undefined && people.includes(lead) ? [lead] : []);
  for (const id of people) ordered.add(id);
  const ids = [...ordered];
  return {
    marks: ids.slice(0, MAX_BADGES).map((id) => markOf(id)),
    more: Math.max(ids.length - MAX_BADGES, 0),
  };
}

/**
 * How much wider than a one-person marker a marker for `people` people is: the room layout
 * must leave beyond the single pin it always counted, so a label is not cut by the badges.
 */
export function extraBadgePx(people: number): number {
  const badges = Math.min(people, MAX_BADGES);
  return Math.max(badges - 1, 0) * BADGE_STEP_PX + (people > MAX_BADGES ? MORE_STEP_PX : 0);
}
