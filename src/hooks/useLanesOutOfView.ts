import { useCallback, useState } from 'react';

/**
 * Which lanes (by `data-lane` id) are out of the viewport, for drawing them at low priority.
 * No margin: a lane is behind only during a gesture on the timeline, which does not scroll the
 * page (the wheel zooms there), and one scrolled into view is reported within a frame.
 * Until the browser says otherwise every lane counts as in view, so a page without
 * IntersectionObserver (the build's pre-render, jsdom) draws them all as it always did.
 * `observe` is the ref callback for each lane's element.
 */
export function useLanesOutOfView(): {
  outOfView: ReadonlySet<string>;
  observe: (node: HTMLElement | null) => (() => void) | undefined;
} {
  const [outOfView, setOutOfView] = useState<ReadonlySet<string>>(() => new Set());
  // Each lane's ref cleanup unobserves it, so the observer holds nothing once they are gone.
  const [observer] = useState(() =>
    typeof IntersectionObserver === 'undefined'
      ? undefined
      : new IntersectionObserver((entries) =>
          setOutOfView((before) => {
            const next = new Set(before);
            for (const { target, isIntersecting } of entries) {
              const id = (target as HTMLElement).dataset.lane;
              if (id === undefined) continue;
              if (isIntersecting) next.delete(id);
              else next.add(id);
            }
            return sameSet(next, before) ? before : next;
          }),
        ),
  );
  const observe = useCallback(
    (node: HTMLElement | null) => {
      if (!node || !observer) return undefined;
      observer.observe(node);
      return () => observer.unobserve(node);
    },
    [observer],
  );
  return { outOfView, observe };
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((id) => b.has(id));
}
