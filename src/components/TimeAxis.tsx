import type { AxisTicks } from '../layout/chooseTicks';

/** Where tick lines begin, under the context row: `.axis-tick`'s top in styles.css. */
export const TICK_TOP_PX = 22;

interface TimeAxisProps {
  axis: AxisTicks;
  /** Of the tick lines. */
  height: number;
}

/** Draws ticks computed by chooseTicks; a coarser context row sits above when zoomed in. */
export function TimeAxis({ axis, height }: TimeAxisProps) {
  return (
    <div className="axis" aria-hidden="true" data-unit={axis.unit}>
      {axis.context.map((tick) => (
        <span
          key={tick.key}
          className="axis-context"
          style={{ transform: `translateX(${tick.x}px)` }}
        >
          {tick.label}
        </span>
      ))}
      {axis.ticks.map((tick) => (
        <span
          key={tick.key}
          className="axis-tick"
          style={{ transform: `translateX(${tick.x}px)`, height }}
        >
          <span className="axis-label">{tick.label}</span>
        </span>
      ))}
    </div>
  );
}
