import { useRef, type PointerEvent } from 'react';
import { dragHandle, type HandlePart } from '../layout/overviewHandle';
import type { View } from '../layout/viewport';
import type { ViewStore } from '../state/createViewStore';

/**
 * Dragging the overview's handle: each move is measured from where the drag began (not from the
 * last move), so rounding never accumulates, and written straight into the view store.
 */
export function useHandleDrag(store: ViewStore) {
  const drag = useRef<{ part: HandlePart; x: number; from: View } | null>(null);
  return {
    begin(e: PointerEvent<HTMLElement>, part: HandlePart) {
      e.currentTarget.setPointerCapture?.(e.pointerId);
      drag.current = { part, x: e.clientX, from: store.getSnapshot().view };
    },
    move(e: PointerEvent<HTMLElement>, scale: Parameters<typeof dragHandle>[3]) {
      const d = drag.current;
      if (!d) return;
      const { bounds } = store.getSnapshot();
      store.setView(dragHandle(d.from, d.part, e.clientX - d.x, scale, bounds));
    },
    end() {
      drag.current = null;
    },
  };
}
