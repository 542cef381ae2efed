export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above' | 'right' | 'left' | 'sheet';
}

/** Below this viewport width the popover becomes a bottom sheet. */
export const SHEET_BELOW_PX = 600;
const GAP = 8;
const EDGE = 8;

/**
 * Where a popover of `size` goes for an anchor, in viewport coordinates: below the anchor if it
 * fits, else above (slid horizontally to stay on screen), else beside it; a sheet on narrow
 * screens.
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
  // A tall popover beside its anchor, so the marker stays visible.
  const top = clamp(
    anchor.top + anchor.height / 2 - size.height / 2,
    EDGE,
    viewport.height - size.height - EDGE,
  );
  const right = anchor.left + anchor.width + GAP;
  if (right + size.width <= viewport.width - EDGE) return { left: right, top, side: 'right' };
  const leftSide = anchor.left - GAP - size.width;
  if (leftSide >= EDGE) return { left: leftSide, top, side: 'left' };
  // Nothing fits: pin to the viewport's top; the popover scrolls inside.
  return { left, top: EDGE, side: 'below' };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
