import { packLanes } from './packLanes';

/** An era band on the overview: left and width as fractions of the whole range, and its row. */
export interface PlacedEra {
  left: number;
  width: number;
  row: number;
}

/** Room kept between two bands in one row, as a fraction of the range (6 px at 1,200 px). */
export const ERA_GAP = 0.005;

/**
 * Era bands as fractions of the whole range, packed into rows in time rather than in pixels, so
 * they stand the same at every width: the overview's height then never changes with the width,
 * and the page pre-rendered at build time (which knows no width) reserves exactly its space.
 */
export function placeEras(
  eras: readonly { start: number; end: number }[],
  range: { start: number; end: number },
): PlacedEra[] {
  const span = range.end - range.start;
  const at = (t: number) => (span > 0 ? (t - range.start) / span : 0);
  const extents = eras.map((era) => ({ x0: at(era.start), x1: at(era.end) }));
  const rows = packLanes(extents, Infinity, ERA_GAP);
  return extents.map(({ x0, x1 }, i) => ({ left: x0, width: x1 - x0, row: rows[i]! }));
}
