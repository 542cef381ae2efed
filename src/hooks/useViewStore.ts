import { useState, useSyncExternalStore } from 'react';
import { createViewStore, type ViewSnapshot, type ViewStore } from '../state/createViewStore';
import type { View, ViewBounds } from '../layout/viewport';

/** Before the canvas is measured; the first layout effect sets the real width. */
const FIRST_WIDTH = 960;

/** The page's view store, made once from the window the page opens with. */
export function useViewStore(bounds: ViewBounds, initial: () => View): ViewStore {
  const [store] = useState(() => createViewStore({ view: initial(), bounds, width: FIRST_WIDTH }));
  return store;
}

/** The window as of this render; re-renders the caller on every change. */
export function useViewSnapshot(store: ViewStore): ViewSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
