// Branded units, so a scale's input (time) and output (pixels) can't be swapped by accident.
// Pattern borrowed from excalidraw's packages/math/src/types.ts.
declare const timeBrand: unique symbol;
declare const pxBrand: unique symbol;

/** Milliseconds since the Unix epoch, UTC. */
export type TimeMs = number & { readonly [timeBrand]: true };
/** CSS pixels along the timeline's x axis. */
export type Px = number & { readonly [pxBrand]: true };

export const timeMs = (n: number) => n as TimeMs;
export const px = (n: number) => n as Px;

export const DAY_MS = 86_400_000;
