/**
 * How much one wheel event zooms: d3-zoom's default wheelDelta
 * (https://github.com/d3/d3-zoom#zoom_wheelDelta), so a mouse notch, a trackpad scroll and a
 * trackpad pinch (which Chromium reports as a wheel with ctrlKey) feel as they do on maps.
 */
export function wheelFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
  const perUnit = deltaMode === 1 ? 0.05 : deltaMode === 2 ? 1 : 0.002;
  return 2 ** (-deltaY * perUnit * (ctrlKey ? 10 : 1));
}

/** Ease-out cubic, for animated zooms that settle gently. */
export const easeOut = (t: number) => 1 - (1 - t) ** 3;
