import { formatPartialDate } from '../domain/formatDate';
import { partialDateAt } from '../domain/partialDate';
import { DAY_MS } from '../domain/units';
import type { View } from './viewport';

/** "Showing 2002 to 2014", "Showing Mar 2012 to Jun 2012", "Showing 3 Mar 2012 to 17 Mar 2012". */
export function describeView(view: View): string {
  const span = view.end - view.start;
  const precision = span > 3 * 365 * DAY_MS ? 'year' : span > 60 * DAY_MS ? 'month' : 'day';
  const at = (t: number) => formatPartialDate(partialDateAt(t, precision));
  return `Showing ${at(view.start)} to ${at(view.end - 1)}`;
}
