import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { prerenderFit } from './boot/prerenderFit';
import './styles.css';

// The page arrives with the bundled story already drawn (src/build/prerenderPlugin.ts). React
// adopts it only when the link asks for exactly that page; any other link gets its own page,
// drawn over it in one synchronous commit, so no frame shows half of each and the head script's
// `data-prerender` (which hid a page the link did not ask for) can go at once.
const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
if (container.firstElementChild && prerenderFit(window.location.search) === 'hydrate') {
  hydrateRoot(container, app);
} else {
  // Evaluating the bundle is already one long task: the first render is a task of its own, so
  // the page is never held for both at once.
  setTimeout(() => {
    const root = createRoot(container);
    flushSync(() => root.render(app));
    delete document.documentElement.dataset.prerender;
  });
}
