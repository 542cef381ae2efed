import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { formatPartialDate, monthName } from '../domain/formatDate';
import { partialDateAt } from '../domain/partialDate';
import { DAY_MS } from '../domain/units';
import { msPerPx, viewOf, type TimeScale } from './timeScale';

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
// 1-2-5 steps, on past d3's 100 so a range of thousands of years (±9999) still reads well.
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000];
const YEAR_MIN_PX = 44;

/** The tick's day, ISO, also for years past 9999 or before 0 ("-000480-01-01"). */
const dayKey = (d: Date) => d.toISOString().replace(/T.*$/, '');

const yearLabel = (d: Date) => formatPartialDate(partialDateAt(d, 'year'));

/** Ticks for the scale's window: the finest calendar unit whose labels fit. */
export function chooseTicks(scale: TimeScale): AxisTicks {
  const view = viewOf(scale);
  const pxPerMs = 1 / msPerPx(scale);
  const make = (interval: TimeInterval, label: (d: Date) => string): Tick[] =>
    scale.ticks(interval).map((d) => ({ x: scale(d), label: label(d), key: dayKey(d) }));

  for (const level of LEVELS) {
    if (level.stepMs * pxPerMs < level.minPx) continue;
    const contextInterval = level.unit === 'day' || level.unit === 'week' ? utcMonth : utcYear;
    const contextLabel =
      contextInterval === utcMonth
        ? (d: Date) => formatPartialDate(partialDateAt(d, 'month'))
        : yearLabel;
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
  const step = YEAR_STEPS.find((n) => n * yearPx >= YEAR_MIN_PX) ?? YEAR_STEPS.at(-1)!;
  return { unit: 'year', ticks: make(utcYear.every(step)!, yearLabel), context: [] };
}

/** Keep the period the window starts in labelled at the left edge, so context is never lost. */
function withLeadingContext(
  ticks: Tick[],
  view: { start: number },
  interval: TimeInterval,
  label: (d: Date) => string,
): Tick[] {
  const first = interval.floor(new Date(view.start));
  if (ticks[0] && ticks[0].x <= 0.5) return ticks;
  const lead = { x: 0, label: label(first), key: `lead-${dayKey(first)}` };
  // Drop the leading label when the next one would crowd it.
  if (ticks[0] && ticks[0].x < 70) return ticks;
  return [lead, ...ticks];
}
