import { DAY_MS } from '../domain/units';
import type { View } from './viewport';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Showing 2002 to 2014", "Showing Mar 2012 to Jun 2012", "Showing 3 Mar 2012 to 17 Mar 2012". */
export function describeView(view: View): string {
  const span = view.end - view.start;
  const start = new Date(view.start);
  const last = new Date(view.end - 1);
  const fmt = (d: Date) => {
    if (span > 3 * 365 * DAY_MS) return String(d.getUTCFullYear());
    const month = `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    return span > 60 * DAY_MS ? month : `${d.getUTCDate()} ${month}`;
  };
  return `Showing ${fmt(start)} to ${fmt(last)}`;
}
