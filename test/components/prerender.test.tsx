import { act, screen, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { prerenderInNode } from '../support/prerenderInNode';
import { bundledDataset } from '../unit/testData';

const dataset = bundledDataset();
const EVENT = dataset.eventsById.get('proposal')!;
/** index.html's #root and e/proposal/'s, rendered in Node as the build renders them. */
let page: { index: string; event: string };
beforeAll(async () => {
  const [index, event] = await prerenderInNode([
    { search: '', base: '' },
    { search: `?event=${EVENT.id}`, base: '../../' },
  ]);
  page = { index: index!, event: event! };
}, 60_000);

// React's development build names every difference between the server's markup and the first
// client render (text, attributes, elements); this is where a mismatch shows, before any browser.
describe('the pre-rendered page', { timeout: 30_000 }, () => {
  let container: HTMLElement;
  let root: Root | undefined;
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    container = document.createElement('div');
    container.id = 'root';
    document.body.append(container);
  });
  afterEach(() => {
    act(() => root?.unmount());
    root = undefined;
    container.remove();
  });

  it('hydrates without a single warning, then draws the markers', async () => {
    container.innerHTML = page.index;
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    const recoverable = vi.fn();
    await act(async () => {
      root = hydrateRoot(
        container,
        <StrictMode>
          <App />
        </StrictMode>,
        { onRecoverableError: recoverable },
      );
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    for (const event of dataset.events)
      expect(
        within(timeline).getByRole('button', { name: new RegExp(`^${escape(event.title)}`) }),
      ).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Visible window' })).toBeInTheDocument();
  });

  it('holds the story to read: every event, its quotes and sources, the eras; no script', () => {
    container.innerHTML = page.index;
    expect(container.innerHTML).not.toMatch(/<script/i);
    const list = within(container.querySelector<HTMLElement>('#event-list')!);
    for (const event of dataset.events) {
      const link = list.getByRole('link', { name: event.title });
      expect(link).toHaveAttribute('href', `e/${event.id}/`);
      for (const quote of event.quotes) expect(container.textContent).toContain(quote.text);
      for (const id of event.sources)
        expect(container.textContent).toContain(dataset.sourcesById.get(id)!.title);
    }
    const eras = list.getByRole('region', { name: 'Eras' });
    for (const era of dataset.eras) expect(eras).toHaveTextContent(era.title);
    // Nothing the width decides: the canvas is reserved, not drawn.
    expect(container.querySelector('[data-event-id], .axis')).toBeNull();
  });

  it("draws an event page with that event's dialog open, linking from its own place", () => {
    const event = EVENT;
    container.innerHTML = page.event;
    // Hidden until placed beside its marker (styles.css shows it in place without JavaScript),
    // so it has no accessible name here: found by its role and its heading.
    const dialog = container.querySelector<HTMLElement>('[role="dialog"]')!;
    expect(within(dialog).getByRole('heading', { hidden: true })).toHaveTextContent(event.title);
    expect(dialog).toHaveTextContent(event.summary);
    const list = within(container.querySelector<HTMLElement>('#event-list')!);
    expect(list.getByRole('link', { name: event.title })).toHaveAttribute(
      'href',
      `../../e/${event.id}/`,
    );
    expect(list.getByRole('link', { name: event.title }).closest('li')).toHaveClass('selected');
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
