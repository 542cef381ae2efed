import { useCallback, useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';
const KEY = 'timeline-theme';
const DARK = '(prefers-color-scheme: dark)';

/** The remembered choice, or null to follow the system. Storage may be blocked: then it's null. */
export function storedTheme(): Theme | null {
  try {
    const value = window.localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

/** Apply the remembered theme before the first render, so the page never flashes the wrong one. */
export function applyStoredTheme() {
  const theme = storedTheme();
  if (theme) document.documentElement.dataset.theme = theme;
}

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
      window.localStorage.setItem(KEY, next);
    } catch {
      // Private modes may refuse storage; the choice then lasts for this page only.
    }
    document.documentElement.dataset.theme = next;
    listeners.forEach((notify) => notify());
  }, []);
  return [theme, toggle];
}
