// The remembered theme, read before anything paints. These functions run as the page's head
// script (their source text, src/build/headScript.ts) as well as in the app, so each uses only
// its arguments and the browser's globals: nothing imported, nothing from this module.

export type Theme = 'light' | 'dark';

/** Where the theme toggle remembers the reader's choice. */
export const THEME_KEY = 'timeline-theme';

/** The remembered choice, or null to follow the system. Storage may be blocked: then it's null. */
export function readStoredTheme(key: string): Theme | null {
  try {
    const value = window.localStorage.getItem(key);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

/** Put the remembered theme on <html> (styles.css reads `data-theme`), if there is one. */
export function applyTheme(theme: Theme | null): void {
  if (theme) document.documentElement.dataset.theme = theme;
}
