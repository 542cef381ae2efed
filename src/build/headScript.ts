import { prefetchDataset } from '../boot/datasetPrefetch';
import { linkedDatasetUrl } from '../boot/linkedDatasetUrl';
import { prerenderFit } from '../boot/prerenderFit';
import { applyTheme, readStoredTheme, THEME_KEY } from '../boot/storedTheme';

/**
 * A function of src/boot/ as an expression in an inline script: its own source text, so the
 * page runs the app's code rather than a copy of it. Called in place, never by name, so it
 * does not matter what a bundler renamed it to.
 */
const inline = (fn: (...args: never[]) => unknown) => `(${String(fn)})`;

/** Put the remembered theme on <html> before anything paints: no flash of the wrong theme. */
export function themeScript(): string {
  return `${inline(applyTheme)}(${inline(readStoredTheme)}(${JSON.stringify(THEME_KEY)}));`;
}

/**
 * The app page's one inline script, early in <head> and allowed by its hash (the CSP allows no
 * other). Before the first paint it applies the remembered theme; hides the pre-rendered story
 * when the link asks for another page (styles.css, `data-prerender`; main.tsx shows it again);
 * and starts loading a `?data=` dataset, so a shared link does not wait for the bundle: in the
 * dataset worker at `workerUrl` (the build's file, relative to the page) when there is one.
 */
export function appHeadScript(workerUrl?: string): string {
  const prefetchArgs = [`${inline(linkedDatasetUrl)}(location.search)`];
  if (workerUrl !== undefined) prefetchArgs.push(JSON.stringify(workerUrl));
  return [
    themeScript(),
    `if (${inline(prerenderFit)}(location.search) === 'hide') document.documentElement.dataset.prerender = 'hidden';`,
    `${inline(prefetchDataset)}(${prefetchArgs.join(', ')});`,
  ].join('\n');
}
