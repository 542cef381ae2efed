import { useCallback, useEffect, useRef } from 'react';
import { findEventMarker } from '../components/EventMarker';

/** Focus an event's marker if it is drawn, else the timeline itself. */
function focusEventOrTimeline(id: string) {
  const target =
    findEventMarker(id) ?? document.querySelector<HTMLElement>('section.timeline[tabindex]');
  target?.focus();
}

/**
 * Where focus goes when an event closes. Close and Escape return it to what opened the event
 * (a list row or a marker), or after Previous/Next to the marker of the event the reader ended
 * on; however else an event closes (Back, the host page of a frame), focus must not fall to the
 * page: it goes to the marker when drawn, else to the timeline.
 */
export function useFocusAfterClose(selectedId: string | undefined) {
  const opener = useRef<HTMLElement | null>(null);
  const lastOpen = useRef(selectedId);

  useEffect(() => {
    const closed = lastOpen.current;
    lastOpen.current = selectedId;
    if (selectedId !== undefined || closed === undefined) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    focusEventOrTimeline(closed);
  }, [selectedId]);

  return {
    /** The element that opened an event. */
    remember: useCallback((from: HTMLElement) => {
      opener.current = from;
    }, []),
    /** After `id` closed by the reader's hand. */
    restore: useCallback((id: string) => {
      const from = opener.current;
      const openedThis =
        from?.isConnected && (from.dataset.eventId ?? from.dataset.listEventId) === id;
      if (openedThis) from.focus();
      else focusEventOrTimeline(id);
      opener.current = null;
    }, []),
  };
}
