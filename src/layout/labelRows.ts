/**
 * The rows labels are packed into, as px intervals [x0, x1) kept `gap` px apart. Two kinds of
 * label share them: labels kept from the frame before, each on its old row and placed first,
 * and the rest, which arrive in the order their labels begin and take the first row with room.
 * Kept labels are why a zoom does not reshuffle what is drawn: without them the greedy packing
 * picks different events at almost every scale.
 *
 * The stretch of a row before a kept label goes to the first label that begins in it: if that
 * one is too long to fit, the row stays shut until the kept label ends. Trying every later
 * label in case a shorter one fits would cost a look at each event under a crowded window;
 * this way each label either takes a row or shuts one, and layout can skip the runs between.
 */
export interface LabelRows {
  /** Put a label back on its old row, if it still has room there; call in x0 order. */
  keep(row: number, x0: number, x1: number): boolean;
  /**
   * The first row with room for a label that begins at or after every placed one, else -1;
   * each row it is too long for stays shut until that row's next kept label ends.
   */
  place(x0: number, x1: number): number;
  /**
   * The px before which no row can take a label beginning at or after `x` (every row is busy
   * until then); -Infinity while a row is empty.
   */
  freeFrom(x: number): number;
}

interface Span {
  x0: number;
  x1: number;
}

export function labelRows(maxRows: number, gap: number): LabelRows {
  // What `place` put on each row, in x0 order: only its last end matters.
  const ends = new Array<number>(maxRows).fill(-Infinity);
  // Where each row opens again after a label too long for its stretch shut it.
  const shutUntil = new Array<number>(maxRows).fill(-Infinity);
  // What `keep` put back, per row, disjoint and in x0 order.
  const kept: Span[][] = Array.from({ length: maxRows }, () => []);

  /** How many kept labels on `row` begin at or before x. */
  const keptUpTo = (row: number, x: number): number => {
    const spans = kept[row]!;
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (spans[mid]!.x0 <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  /** Whether the row takes the label: yes, no (busy at x0), or shut (too long for the stretch). */
  const tryRow = (row: number, x0: number, x1: number): 'yes' | 'no' | 'shut' => {
    if (ends[row]! + gap > x0 || shutUntil[row]! > x0) return 'no';
    const spans = kept[row]!;
    const k = keptUpTo(row, x0);
    const before = spans[k - 1];
    if (before && before.x1 + gap > x0) return 'no';
    const after = spans[k];
    if (!after || x1 + gap <= after.x0) return 'yes';
    shutUntil[row] = after.x1 + gap;
    return 'shut';
  };

  return {
    keep(row, x0, x1) {
      if (row >= maxRows) return false;
      const spans = kept[row]!;
      const last = spans.at(-1);
      if (last && last.x1 + gap > x0) return false;
      spans.push({ x0, x1 });
      return true;
    },
    place(x0, x1) {
      for (let row = 0; row < maxRows; row++) {
        if (tryRow(row, x0, x1) !== 'yes') continue;
        ends[row] = x1;
        return row;
      }
      return -1;
    },
    freeFrom(x) {
      let free = Infinity;
      for (let row = 0; row < maxRows; row++) {
        const before = kept[row]![keptUpTo(row, x) - 1];
        const busy = Math.max(ends[row]!, before?.x1 ?? -Infinity) + gap;
        free = Math.min(free, Math.max(busy, shutUntil[row]!));
      }
      return free;
    },
  };
}
