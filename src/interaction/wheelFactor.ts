/**
 * How much one wheel event zooms: d3-zoom's default wheelDelta
 * (https://github.com/d3/d3-zoom#zoom_wheelDelta), so a mouse notch, a trackpad scroll and a
 * trackpad pinch (which Chromium reports as a wheel with ctrlKey) feel as they do on maps.
 */
export function wheelFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
  const perUnit = deltaMode === 1 ? 0.05 : deltaMode === 2 ? 1 : 0.002;
  return 2 ** (-deltaY * perUnit * (ctrlKey ? 10 : 1));
}

/** Pixels per line, as d3-zoom weighs a line against a pixel (0.05 / 0.002). */
export const LINE_PX = 25;

/**
 * A wheel delta in pixels, whatever unit the device reported: some mice scroll in lines
 * (deltaMode 1), some settings in pages (deltaMode 2, here one `pagePx` wide).
 */
export function wheelPixels(delta: number, deltaMode: number, pagePx: number): number {
  return delta * (deltaMode === 1 ? LINE_PX : deltaMode === 2 ? pagePx : 1);
}
