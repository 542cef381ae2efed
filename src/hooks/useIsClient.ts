import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while React renders on the server (the page pre-rendered at build time) and while it
 * hydrates that page, true on every other render. What depends on the browser (a width, a
 * marker's place) draws only when this is true, so hydration sees exactly the server's markup.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
