import { useCallback, useSyncExternalStore } from 'react';
import { applyTheme, readStoredTheme, THEME_KEY, type Theme } from '../boot/storedTheme';

const DARK = '(prefers-color-scheme: dark)';

// The remembered theme is applied before the first paint by the page's head script
// (src/build/headScript.ts), from the same functions this hook reads and writes with.
const storedTheme = () => readStoredTheme(THEME_KEY);

const listeners = new Set<() => void>();
function subscribe(onChange: () => void) {
  const media = window.matchMedia(DARK);
  listeners.add(onChange);
  media.addEventListener('change', onChange);
  return () => {
    listeners.delete(onChange);
    media.removeEventListener('change', onChange);
  };
}
function effectiveTheme(): Theme {
  return storedTheme() ?? (window.matchMedia(DARK).matches ? 'dark' : 'light');
}

/** The theme in force and a toggle that remembers the person's choice. */
export function useTheme(): [Theme, () => void] {
  const theme = useSyncExternalStore(subscribe, effectiveTheme, () => 'light' as Theme);
  const toggle = useCallback(() => {
    const next: Theme = effectiveTheme() === 'dark' ? 'light' : 'dark';
    try {
      window.localStorage.setItem(THEME_KEY, next);
    } catch {
      // Private modes may refuse storage; the choice then lasts for this page only.
    }
    applyTheme(next);
    listeners.forEach((notify) => notify());
  }, []);
  return [theme, toggle];
}
