export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above' | 'sheet';
}

/** Below this viewport width the popover becomes a bottom sheet. */
export const SHEET_BELOW_PX = 600;
const GAP = 8;
const EDGE = 8;

/**
 * Where a popover of `size` goes for an anchor, in viewport coordinates: below the anchor if it
 * fits, else above, always slid horizontally to stay on screen; a sheet on narrow screens.
 */
export function placePopover(
  anchor: Rect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  if (viewport.width < SHEET_BELOW_PX)
    return { left: 0, top: viewport.height - size.height, side: 'sheet' };
  const left = clamp(anchor.left, EDGE, viewport.width - size.width - EDGE);
  const below = anchor.top + anchor.height + GAP;
  if (below + size.height <= viewport.height - EDGE) return { left, top: below, side: 'below' };
  const above = anchor.top - GAP - size.height;
  if (above >= EDGE) return { left, top: above, side: 'above' };
  // Neither fits: pin to the viewport's top; the popover scrolls inside.
  return { left, top: EDGE, side: 'below' };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
