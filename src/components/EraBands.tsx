import type { EraBand } from '../layout/eraBands';

/** One row of the era strip under the lanes. */
export const ERA_ROW_PX = 20;

interface EraBandsProps {
  bands: readonly EraBand[];
  /** Where the tint begins (under the axis labels) and how tall it is (down to the strip). */
  top: number;
  height: number;
}

/**
 * The eras in the window as tinted bands behind the events, each named in the strip under the
 * lanes, one row per level of overlap. Decoration for the eye: the list names every era for
 * screen readers, so this is hidden from them, and it never takes a click, drag or wheel.
 */
export function EraBands({ bands, top, height }: EraBandsProps) {
  if (bands.length === 0) return null;
  return (
    <div className="eras" aria-hidden="true">
      {bands.map((band) => (
        <div
          key={band.id}
          className="era"
          data-tone={band.tone}
          data-start={band.startsInView || undefined}
          data-end={band.endsInView || undefined}
          style={{ transform: `translateX(${band.left}px)`, width: band.width, top, height }}
        >
          {band.labelled && (
            <span className="era-label" style={{ top: height + band.row * ERA_ROW_PX }}>
              {band.title}
            </span>
          )}
        </div>
      ))}
    </div>
  );
}
