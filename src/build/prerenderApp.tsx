import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '../app/App';
import type { PageLocation } from '../hooks/useLinkState';

/**
 * The app as it first draws at `location`, as HTML: the same components the browser runs, so
 * main.tsx can hydrate index.html's copy and a reader without JavaScript reads the same page.
 * Run at build time (src/build/prerenderPlugin.ts) and in tests.
 */
export function prerenderApp(location: PageLocation): string {
  return renderToString(
    <StrictMode>
      <App prerendered={location} />
    </StrictMode>,
  );
}
