import { useEffect, useLayoutEffect, useRef } from 'react';

export interface StoryKeyHandlers {
  step: (delta: 1 | -1) => void;
  toggle: () => void;
}

/** Where the arrows and Space already mean something: typing, sliders, menus. */
const OWN_ARROWS = 'input, select, textarea, [role="slider"], [contenteditable="true"]';
/** Where Space presses the focused control instead. */
const OWN_SPACE = `${OWN_ARROWS}, button, a[href], summary`;

/**
 * The tour's keys, page-wide while it plays: Left/Right step, Space pauses or plays (Escape is
 * the dialog's own). A key something else already handled (the timeline steps and pans with
 * the arrows) or one with a modifier is left alone, so nothing is taken from the reader.
 */
export function useStoryKeys(handlers: StoryKeyHandlers): void {
  const live = useRef(handlers);
  useLayoutEffect(() => {
    live.current = handlers;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        if (target?.closest(OWN_ARROWS)) return;
        e.preventDefault();
        live.current.step(e.key === 'ArrowRight' ? 1 : -1);
      } else if (e.key === ' ' && !e.shiftKey) {
        if (target?.closest(OWN_SPACE)) return;
        e.preventDefault();
        live.current.toggle();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
