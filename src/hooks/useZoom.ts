import { useEffect, useRef, useState, type RefObject } from 'react';
import { createZoom, type ZoomController } from '../interaction/createZoom';
import type { View, ViewBounds } from '../layout/viewport';

/**
 * Wires the gesture controller to React: created once per node, given new bounds as they come,
 * and told about every view the app sets by other means (a link, Back, a cluster).
 */
export function useZoom(
  ref: RefObject<HTMLElement | null>,
  bounds: ViewBounds,
  view: View,
  onView: (view: View) => void,
): ZoomController | null {
  const [controller, setController] = useState<ZoomController | null>(null);
  const latest = useRef({ onView, view, bounds });

  useEffect(() => {
    latest.current = { onView, view, bounds };
  });

  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const zoom = createZoom(node, {
      bounds: latest.current.bounds,
      view: latest.current.view,
      onView: (next) => latest.current.onView(next),
    });
    setController(zoom);
    return () => zoom.destroy();
  }, [ref]);

  useEffect(() => controller?.update({ bounds }), [controller, bounds]);
  useEffect(() => controller?.sync(view), [controller, view]);

  return controller;
}
