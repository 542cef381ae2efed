// A branded time unit, so an instant can't be passed where pixels are meant by accident.
// Pattern borrowed from excalidraw's packages/math/src/types.ts.
declare const timeBrand: unique symbol;

/** Milliseconds since the Unix epoch, UTC. */
export type TimeMs = number & { readonly [timeBrand]: true };

export const timeMs = (n: number) => n as TimeMs;

export const DAY_MS = 86_400_000;
