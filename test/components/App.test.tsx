import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
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
});
