import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EventDialog } from '../../src/components/EventDialog';
import type { Dataset, TimelineEvent } from '../../src/domain/types';
import { personMarks } from '../../src/layout/personColors';
import { boundsForRange } from '../../src/layout/viewport';
import { createViewStore } from '../../src/state/createViewStore';
import { bundledDataset } from '../unit/testData';

const dataset = bundledDataset();
const SHARE = 'http://localhost/?event=first-meeting';

async function renderDialog(event: TimelineEvent, data: Dataset = dataset) {
  const onClose = vi.fn();
  const onStep = vi.fn();
  render(
    <EventDialog
      event={event}
      dataset={data}
      markOf={personMarks(data.people)}
      shareUrl={() => SHARE}
      store={createViewStore({
        view: dataset.range,
        bounds: boundsForRange(dataset.range.start, dataset.range.end),
        width: 800,
      })}
      onClose={onClose}
      onStep={onStep}
      hasPrevious={false}
      hasNext
    />,
  );
  // The popover is placed, then shown: wait for that, as a reader would.
  await screen.findByRole('dialog');
  return { onClose, onStep };
}

const byId = (id: string) => dataset.eventsById.get(id)!;

describe('EventDialog', () => {
  it('is a dialog named by the event title, showing its date, summary and people', async () => {
    await renderDialog(byId('first-meeting'));
    const dialog = screen.getByRole('dialog', { name: 'Kim meets Kanye' });
    expect(within(dialog).getByText('2002')).toBeInTheDocument();
    expect(dialog).toHaveTextContent(byId('first-meeting').summary);
    const people = within(dialog).getByRole('list', { name: 'People' });
    expect(people).toHaveTextContent('Kim Kardashian');
    expect(people).toHaveTextContent('Kanye West');
  });

  it.each([
    ['florence-wedding', '24 May 2014'],
    ['marriage-to-kris-humphries', '20 Aug – 31 Oct 2011'],
    ['magnetic-attraction', '2002 – 2011'],
  ])('shows the date of %s at its precision: %s', async (id, date) => {
    await renderDialog(byId(id));
    expect(within(screen.getByRole('dialog')).getByText(date)).toBeInTheDocument();
  });

  it('shows each quote as a blockquote with the speaker and the source', async () => {
    const event = byId('first-meeting');
    await renderDialog(event);
    const quotes = within(screen.getByRole('dialog')).getAllByRole('blockquote');
    expect(quotes).toHaveLength(event.quotes.length);
    const source = dataset.sourcesById.get('article')!.title;
    quotes.forEach((quote, i) => {
      expect(quote).toHaveTextContent(event.quotes[i]!.text);
      expect(quote).toHaveTextContent('Kim Kardashian');
      expect(quote).toHaveTextContent(source);
    });
  });

  it('names Kanye as the speaker of his quotes', async () => {
    await renderDialog(byId('magnetic-attraction'));
    for (const quote of screen.getAllByRole('blockquote'))
      expect(quote).toHaveTextContent('Kanye West');
  });

  it('closes with the Close button', async () => {
    const user = userEvent.setup();
    const { onClose } = await renderDialog(byId('proposal'));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('closes with Escape', async () => {
    const user = userEvent.setup();
    const { onClose } = await renderDialog(byId('proposal'));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });

  it('steps to the next event, and cannot step back from the first', async () => {
    const user = userEvent.setup();
    const { onStep } = await renderDialog(byId('proposal'));
    expect(screen.getByRole('button', { name: 'Previous event' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next event' }));
    expect(onStep).toHaveBeenCalledWith(1);
  });

  it('copies the link to the clipboard and says so', async () => {
    const user = userEvent.setup();
    await renderDialog(byId('first-meeting'));
    expect(screen.queryByText('Link copied')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(SHARE);
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
  });

  it('shows dataset text as text, never as markup', async () => {
    const markup = '<img src=x onerror=alert(1)>';
    const event = { ...byId('proposal'), title: markup, summary: `<b>${markup}</b>` };
    await renderDialog(event);
    expect(screen.getByRole('dialog', { name: markup })).toBeInTheDocument();
    expect(screen.getByText(`<b>${markup}</b>`)).toBeInTheDocument();
    expect(document.querySelector('img, b')).toBeNull();
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x'])(
    'draws a source with a %s URL as plain text, not a link',
    async (url) => {
      const sourcesById = new Map(dataset.sourcesById);
      sourcesById.set('article', { id: 'article', title: 'Bad', url });
      await renderDialog(byId('first-meeting'), { ...dataset, sourcesById });
      expect(screen.queryAllByRole('link', { name: 'Bad' })).toEqual([]);
      expect(screen.getAllByText('Bad').length).toBeGreaterThan(0);
      expect(document.querySelector('blockquote[cite]')).toBeNull();
    },
  );
});
