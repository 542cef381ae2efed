import { useEffect, type RefObject } from 'react';
import { createZoom } from '../interaction/createZoom';
import type { ViewStore } from '../state/createViewStore';

/** Wires the gesture controller to the node: made once, writing straight into the view store. */
export function useZoom(ref: RefObject<HTMLElement | null>, store: ViewStore): void {
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const zoom = createZoom(node, store);
    return () => zoom.destroy();
  }, [ref, store]);
}
