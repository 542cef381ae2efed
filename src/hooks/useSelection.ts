import { useCallback, useRef, useState } from 'react';

export interface Selection {
  /** The open event's id, as of this render. */
  selectedId: string | undefined;
  /** As of now, for handlers and the URL writer. */
  current: () => string | undefined;
  select: (id: string | undefined) => void;
}

/** Which event is open: one owner, started from the link and moved by the reader or history. */
export function useSelection(initial: string | undefined): Selection {
  const [selectedId, setSelectedId] = useState(initial);
  const live = useRef(initial);
  return {
    selectedId,
    current: useCallback(() => live.current, []),
    select: useCallback((id: string | undefined) => {
      live.current = id;
      setSelectedId(id);
    }, []),
  };
}
