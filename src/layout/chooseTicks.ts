import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { formatPartialDate, monthName } from '../domain/formatDate';
import { partialDateAt } from '../domain/partialDate';
import { DAY_MS } from '../domain/units';
import type { View } from './viewport';

export type TickUnit = 'year' | 'quarter' | 'month' | 'week' | 'day';

export interface Tick {
  x: number;
  label: string;
  /** ISO date of the tick, a stable React key. */
  key: string;
}

export interface AxisTicks {
  unit: TickUnit;
  ticks: Tick[];
  /** A coarser row for context ("2012" above "Mar Apr May"); empty when showing years. */
  context: Tick[];
}

interface Level {
  unit: TickUnit;
  interval: TimeInterval;
  /** Approximate length of one step, to judge spacing before generating ticks. */
  stepMs: number;
  /** Narrowest spacing at which this level's labels don't touch. */
  minPx: number;
  label: (d: Date) => string;
}

// Finest first. Step lengths and the year multiples follow d3-time's tick intervals
// (https://github.com/d3/d3-time#ticks), reduced to the calendar units people read.
const LEVELS: Level[] = [
  {
    unit: 'day',
    interval: utcDay,
    stepMs: DAY_MS,
    minPx: 26,
    label: (d) => String(d.getUTCDate()),
  },
  {
    unit: 'week',
    interval: utcMonday,
    stepMs: 7 * DAY_MS,
    minPx: 30,
    label: (d) => String(d.getUTCDate()),
  },
  {
    unit: 'month',
    interval: utcMonth,
    stepMs: 30.44 * DAY_MS,
    minPx: 34,
    label: (d) => monthName(d.getUTCMonth() + 1),
  },
  {
    unit: 'quarter',
    interval: utcMonth.every(3)!,
    stepMs: 91.3 * DAY_MS,
    minPx: 34,
    label: (d) => monthName(d.getUTCMonth() + 1),
  },
];
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100];
const YEAR_MIN_PX = 44;

/** Ticks for a window `width` px wide: the finest calendar unit whose labels fit. */
export function chooseTicks(view: View, width: number): AxisTicks {
  const span = view.end - view.start;
  const pxPerMs = width / span;
  const x = (d: Date) => (d.getTime() - view.start) * pxPerMs;
  const make = (interval: TimeInterval, label: (d: Date) => string): Tick[] =>
    interval.range(new Date(view.start), new Date(view.end + 1)).map((d) => ({
      x: x(d),
      label: label(d),
      key: d.toISOString().slice(0, 10),
    }));

  for (const level of LEVELS) {
    if (level.stepMs * pxPerMs < level.minPx) continue;
    const contextInterval = level.unit === 'day' || level.unit === 'week' ? utcMonth : utcYear;
    const contextLabel =
      contextInterval === utcMonth
        ? (d: Date) => formatPartialDate(partialDateAt(d, 'month'))
        : (d: Date) => formatPartialDate(partialDateAt(d, 'year'));
    return {
      unit: level.unit,
      ticks: make(level.interval, level.label),
      context: withLeadingContext(
        make(contextInterval, contextLabel),
        view,
        contextInterval,
        contextLabel,
      ),
    };
  }
  const yearPx = 365.25 * DAY_MS * pxPerMs;
  const step = YEAR_STEPS.find((n) => n * yearPx >= YEAR_MIN_PX) ?? 100;
  const years = utcYear.every(step)!;
  return { unit: 'year', ticks: make(years, (d) => String(d.getUTCFullYear())), context: [] };
}

/** Keep the period the window starts in labelled at the left edge, so context is never lost. */
function withLeadingContext(
  ticks: Tick[],
  view: View,
  interval: TimeInterval,
  label: (d: Date) => string,
): Tick[] {
  const first = interval.floor(new Date(view.start));
  if (ticks[0] && ticks[0].x <= 0.5) return ticks;
  const lead = { x: 0, label: label(first), key: `lead-${first.toISOString().slice(0, 10)}` };
  // Drop the leading label when the next one would crowd it.
  if (ticks[0] && ticks[0].x < 70) return ticks;
  return [lead, ...ticks];
}
