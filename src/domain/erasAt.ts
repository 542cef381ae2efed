/**
 * The eras under way at instant `t` (from their start up to, not including, their end), in the
 * order given: what the list says an event happened "during", as the bands show it.
 */
export function erasAt<E extends { start: number; end: number }>(
  eras: readonly E[],
  t: number,
): E[] {
  return eras.filter((era) => era.start <= t && t < era.end);
}
