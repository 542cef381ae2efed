import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { bundledDataset } from '../unit/testData';

const dataset = bundledDataset();
const PLACED = { timeout: 5000 };
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const eventButton = (title: string) =>
  within(screen.getByRole('region', { name: 'Timeline' })).getByRole('button', {
    name: new RegExp(`^${escapeRegExp(title)}`),
  });

// Rendering the whole page is slow in jsdom on a busy machine; give it room.
describe('App with the bundled dataset', { timeout: 30_000 }, () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));

  it('shows the timeline, the count and a button per event', () => {
    render(<App />);
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('10 of 10 events');
    for (const event of dataset.events) expect(eventButton(event.title)).toBeInTheDocument();
    for (const name of ['Zoom in', 'Zoom out', 'Reset view'])
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toBeInTheDocument();
  });

  it('makes one marker a Tab stop: the first drawn, or the open event', async () => {
    const user = userEvent.setup();
    render(<App />);
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    const stops = () => timeline.querySelectorAll('[data-event-id][tabindex="0"]');
    const markers = timeline.querySelectorAll<HTMLElement>('[data-event-id]');
    expect([...stops()]).toEqual([markers[0]]);
    await user.click(eventButton('Wedding in Florence'));
    expect([...stops()].map((b) => b.textContent)).toEqual([
      expect.stringContaining('Wedding in Florence'),
    ]);
  });

  it('filters by person and writes it to the URL', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('checkbox', { name: 'Kris Humphries' }));
    expect(screen.getByRole('status')).toHaveTextContent('1 of 10 events');
    expect(new URLSearchParams(window.location.search).get('people')).toBe('kris-humphries');
    expect(eventButton(dataset.eventsById.get('marriage-to-kris-humphries')!.title)).toBeVisible();
  });

  it('opens an event in a dialog, and Escape closes it', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(eventButton('Wedding in Florence'));
    // Shown once placed beside its marker (the positioning code loads on first use).
    const dialog = await screen.findByRole('dialog', { name: 'Wedding in Florence' }, PLACED);
    expect(dialog).toHaveTextContent('24 May 2014');
    expect(new URLSearchParams(window.location.search).get('event')).toBe('florence-wedding');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(window.location.search).not.toContain('event=');
    expect(eventButton('Wedding in Florence')).toHaveFocus();
  });

  it('opens the event a link names, and notes what it ignored', async () => {
    window.history.replaceState(null, '', '/?event=proposal&people=kim,nobody&from=abc');
    render(<App />);
    expect(
      await screen.findByRole('dialog', { name: 'Kanye proposes at AT&T Park' }, PLACED),
    ).toBeInTheDocument();
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('from "abc"');
    expect(note).toHaveTextContent('person "nobody"');
    expect(screen.getByRole('checkbox', { name: 'Kim Kardashian' })).toBeChecked();
  });

  it('keeps a zoom made while an event is open when Close pops its history entry', async () => {
    // Reduced motion: the zoom lands in one step, so the first URL write is the final window.
    const real = window.matchMedia;
    vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => ({
      ...real(query),
      matches: query.includes('reduced-motion'),
    }));
    const user = userEvent.setup();
    render(<App />);
    await user.click(eventButton('Wedding in Florence'));
    await screen.findByRole('dialog', { name: 'Wedding in Florence' }, PLACED);
    const opened = new URLSearchParams(window.location.search).get('view');
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await waitFor(
      () => expect(new URLSearchParams(window.location.search).get('view')).not.toBe(opened),
      { timeout: 3000 },
    );
    const zoomed = new URLSearchParams(window.location.search).get('view');
    const popped = new Promise((resolve) =>
      window.addEventListener('popstate', resolve, { once: true }),
    );
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await popped;
    await waitFor(() => expect(window.location.search).not.toContain('event='));
    expect(new URLSearchParams(window.location.search).get('view')).toBe(zoomed);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('moves focus to the marker, not the page, when Back closes the event', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(eventButton('Wedding in Florence'));
    const dialog = await screen.findByRole('dialog', { name: 'Wedding in Florence' }, PLACED);
    await waitFor(() => expect(dialog).toHaveFocus());
    const popped = new Promise((resolve) =>
      window.addEventListener('popstate', resolve, { once: true }),
    );
    window.history.back();
    await popped;
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(eventButton('Wedding in Florence')).toHaveFocus());
  });
});
