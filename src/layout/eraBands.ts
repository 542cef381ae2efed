import { packLanes } from './packLanes';
import { viewOf, widthOf, type TimeScale } from './timeScale';

interface Span {
  start: number;
  end: number;
}

/** Where an era sits in the stack: its row, and a tone that differs from its row neighbours'. */
export interface EraSlot {
  row: number;
  tone: 0 | 1;
}

/**
 * Stack eras so that overlapping ones never share a row. Packed on time, not pixels, so rows
 * stay put while the window zooms and pans, and the overview and the timeline stack alike. An
 * era ends where the next may begin (ends are exclusive): back to back, they share a row, and
 * alternate tones keep them apart to the eye.
 */
export function stackEras(eras: readonly Span[]): EraSlot[] {
  const rows = packLanes(
    eras.map((era) => ({ x0: era.start, x1: era.end })),
    Infinity,
    0,
  );
  const order = eras.map((_, i) => i).sort((a, b) => eras[a]!.start - eras[b]!.start || a - b);
  const slots: EraSlot[] = new Array<EraSlot>(eras.length);
  const lastTone = new Map<number, 0 | 1>();
  for (const i of order) {
    const row = rows[i]!;
    const tone = lastTone.get(row) === 0 ? 1 : 0;
    lastTone.set(row, tone);
    slots[i] = { row, tone };
  }
  return slots;
}

/** One era as the timeline draws it, in pixels of the current window. */
export interface EraBand extends EraSlot {
  id: string;
  title: string;
  /** The visible part only: a band that starts or ends off screen is cut at the edge. */
  left: number;
  width: number;
  /** Whether the era's own start and end are on screen (where its edges are drawn). */
  startsInView: boolean;
  endsInView: boolean;
  /** Room for at least a few letters; a sliver shows its colour without a lone "…". */
  labelled: boolean;
}

/** Narrower than this, a band's label would be nothing but an ellipsis. */
export const MIN_LABEL_PX = 32;

/**
 * The eras that reach into the scale's window, cut to it. Cutting keeps the label inside the
 * visible part of a band that began off screen (it sits at the band's left), and keeps a
 * decade-long era from being millions of pixels wide when zoomed to days.
 */
export function eraBands(
  eras: readonly (Span & { id: string; title: string })[],
  slots: readonly EraSlot[],
  scale: TimeScale,
): EraBand[] {
  const view = viewOf(scale);
  const width = widthOf(scale);
  const bands: EraBand[] = [];
  eras.forEach((era, i) => {
    if (era.end <= view.start || era.start >= view.end) return;
    const x0 = scale(era.start);
    const x1 = scale(era.end);
    const left = Math.max(x0, 0);
    const right = Math.min(x1, width);
    bands.push({
      id: era.id,
      title: era.title,
      ...slots[i]!,
      left,
      width: right - left,
      startsInView: x0 >= 0,
      endsInView: x1 <= width,
      labelled: right - left >= MIN_LABEL_PX,
    });
  });
  return bands;
}

/** How many rows the stack needs: the era strip's height doesn't change as the window moves. */
export const rowCount = (slots: readonly EraSlot[]): number =>
  slots.reduce((most, slot) => Math.max(most, slot.row + 1), 0);
