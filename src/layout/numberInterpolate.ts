// d3-scale's continuous scales default to d3-interpolate's `interpolate`, which blends colours,
// strings, dates and objects and so brings all of d3-color: ~4.5 KB gzip. Our scales map time to
// pixels, numbers at both ends, so vite.config.ts points d3-interpolate here: the four functions
// d3-scale imports, for numbers, written as d3-interpolate writes them.

type Interpolator = (t: number) => number;

export const interpolateNumber =
  (a: number, b: number): Interpolator =>
  (t) =>
    a * (1 - t) + b * t;

export const interpolateRound =
  (a: number, b: number): Interpolator =>
  (t) =>
    Math.round(a * (1 - t) + b * t);

/** Only numbers: anything else is a bug here, and says so rather than drawing nonsense. */
export function interpolate(a: unknown, b: unknown): Interpolator {
  if (typeof a === 'number' && typeof b === 'number') return interpolateNumber(a, b);
  throw new Error('only numbers are interpolated: d3-interpolate is not bundled');
}

/** d3-interpolate's piecewise, for a scale with more than two stops. */
export function piecewise(
  make: (a: number, b: number) => Interpolator,
  values: readonly number[],
): Interpolator {
  const n = values.length - 1;
  const parts = Array.from({ length: Math.max(n, 0) }, (_, i) => make(values[i]!, values[i + 1]!));
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    return parts[i]!(t - i);
  };
}
