import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * floating-ui is ~7 KB gzip that only a reader who opens an event needs: it loads on demand,
 * the first time a popover opens (a few ms from the same host).
 */
let floatingUi: Promise<typeof import('@floating-ui/dom')> | undefined;
const loadPositioning = () => (floatingUi ??= import('@floating-ui/dom'));

const GAP = 8;
const EDGE = 8;
/** A popover squeezed shorter than this scrolls inside rather than shrinking further. */
const MIN_HEIGHT = 160;

export interface AnchoredPosition {
  left: number;
  top: number;
  /** Where it ended up against its anchor: floating-ui's placement, e.g. "top-start". */
  side: string;
}

/** Nothing to stand beside: still show it, at the top left, rather than never. */
const UNANCHORED: AnchoredPosition = { left: EDGE, top: EDGE, side: 'none' };

interface Tracking {
  anchor: Element | null;
  update: () => void;
  stop: () => void;
}

/**
 * Keeps `floating` beside its anchor and on screen whenever either one's size, the window or
 * the anchor's place changes (floating-ui's autoUpdate): below, else above, else beside, slid
 * along the edge, and never taller than the room left. The anchor is looked up again each time
 * `anchorKey` changes (markers come and go as the window moves). Null until placed, and while
 * `enabled` is false (a bottom sheet needs no anchor).
 */
export function useAnchoredPosition(
  floating: RefObject<HTMLElement | null>,
  findAnchor: () => Element | null,
  anchorKey: unknown,
  enabled: boolean,
): AnchoredPosition | null {
  const [position, setPosition] = useState<AnchoredPosition | null>(null);
  const tracking = useRef<Tracking | null>(null);
  const find = useRef(findAnchor);
  useLayoutEffect(() => {
    find.current = findAnchor;
  });

  useLayoutEffect(() => {
    const anchor = enabled ? find.current() : null;
    // Same marker, moved by a transform as the window pans: autoUpdate may not see that.
    if (tracking.current && tracking.current.anchor === anchor) return tracking.current.update();
    tracking.current?.stop();
    tracking.current = enabled ? track(floating.current, anchor, setPosition) : null;
  }, [floating, anchorKey, enabled]);

  useEffect(
    () => () => {
      tracking.current?.stop();
      tracking.current = null;
    },
    [],
  );

  return enabled ? position : null;
}

function track(
  node: HTMLElement | null,
  anchor: Element | null,
  onPlace: (position: AnchoredPosition) => void,
): Tracking | null {
  if (!node) return null;
  node.style.maxHeight = '';
  if (!anchor) {
    const place = () => void Promise.resolve().then(() => onPlace(UNANCHORED));
    place();
    return { anchor, update: place, stop: () => undefined };
  }
  let stopped = false;
  let stopAuto = () => {};
  let update = () => {};
  void loadPositioning().then(({ autoUpdate, computePosition, flip, offset, shift, size }) => {
    if (stopped) return;
    update = () =>
      void computePosition(anchor, node, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(GAP),
          flip({ fallbackPlacements: ['top-start', 'right', 'left'], padding: EDGE }),
          shift({ padding: EDGE, crossAxis: true }),
          size({
            padding: EDGE,
            apply: ({ availableHeight }) => {
              const room = Math.max(availableHeight, MIN_HEIGHT);
              node.style.maxHeight = `min(${room}px, 70vh, 640px)`;
            },
          }),
        ],
      }).then(({ x, y, placement }) => {
        if (!stopped) onPlace({ left: x, top: y, side: placement });
      });
    stopAuto = autoUpdate(anchor, node, update);
  });
  return {
    anchor,
    update: () => update(),
    stop: () => {
      stopped = true;
      stopAuto();
    },
  };
}
