import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Tests share the machine with builds and browsers; time is budgeted by the bench, not here.
vi.setConfig({ testTimeout: 20_000 });

// jsdom leaves out a few browser APIs the components use. These are small stand-ins for the
// browser, not mocks of our own code: they behave like the real thing in a page that never
// resizes, never asks for dark mode and has a working clipboard. Unit tests of pure modules run
// in Node (no window), so each stand-in checks first.

if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class ResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

const inBrowser = typeof window !== 'undefined';

// jsdom lays nothing out: every box is 0 px wide, and the timeline, which draws only once its
// canvas has a width, would draw nothing. Here every box in the page is 960 px wide (the width
// the view store starts from), as in a browser window that is never resized.
if (inBrowser) {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get(this: HTMLElement) {
      return this.isConnected ? 960 : 0;
    },
  });
}

if (inBrowser && typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  });
}

if (typeof CSS === 'undefined' || typeof CSS.escape !== 'function') {
  // The CSSOM spec's serialize-an-identifier, enough for the ids our datasets use.
  const escape = (value: string) =>
    value.replace(/^\d|[^a-zA-Z0-9_\u00a0-\uffff-]/g, (c, at: number) =>
      at === 0 && /\d/.test(c) ? `\\3${c} ` : `\\${c}`,
    );
  (globalThis as { CSS?: unknown }).CSS = { ...(globalThis.CSS ?? {}), escape };
}

if (inBrowser && !navigator.clipboard) {
  let text = '';
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: (value: string) => {
        text = value;
        return Promise.resolve();
      },
      readText: () => Promise.resolve(text),
    },
  });
}

afterEach(() => cleanup());
