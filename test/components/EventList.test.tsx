import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EventList } from '../../src/components/EventList';
import type { TimelineEvent } from '../../src/domain/types';
import { bundledDataset } from '../unit/testData';

const dataset = bundledDataset();

function renderList(events: readonly TimelineEvent[] = dataset.events, query = '') {
  const onSelect = vi.fn();
  render(
    <EventList
      events={events}
      dataset={dataset}
      query={query}
      selectedId={undefined}
      hrefFor={(id) => `?event=${id}`}
      onSelect={onSelect}
    />,
  );
  return onSelect;
}

describe('EventList', () => {
  it('groups the events by year, in order', () => {
    renderList();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    // The eras come first, then a heading per year.
    expect(headings).toEqual(['Eras', '2002', '2011', '2012', '2013', '2014']);
    const of2012 = screen.getByRole('region', { name: '2012' });
    expect(
      within(of2012)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(dataset.events.filter((e) => e.date.year === 2012).map((e) => e.title));
  });

  it('links each title to its event page and shows its date and people', () => {
    renderList();
    const link = screen.getByRole('link', { name: 'Wedding in Florence' });
    expect(link).toHaveAttribute('href', '?event=florence-wedding');
    const row = link.closest('li')!;
    expect(row).toHaveTextContent('24 May 2014');
    expect(row).toHaveTextContent('Kim Kardashian, Kanye West');
  });

  it('names every era with its dates, the bands of the timeline in words', () => {
    renderList();
    const eras = screen.getByRole('region', { name: 'Eras' });
    expect(
      within(eras)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Friends: 2002 – 2011',
      "Kim's marriage to Kris Humphries: 20 Aug – 31 Oct 2011",
      'Kim and Kanye, a couple: 2012 – 23 May 2014',
      'Married: 24 May 2014 – 2014',
    ]);
  });

  it('says which eras each event happened during', () => {
    renderList();
    const row = (title: string) => screen.getByRole('link', { name: title }).closest('li')!;
    expect(row('Kim meets Kanye')).toHaveTextContent('2002, during Friends');
    expect(row('Kanye proposes at AT&T Park')).toHaveTextContent(
      '21 Oct 2013, during Kim and Kanye, a couple',
    );
    const humphries = dataset.eventsById.get('marriage-to-kris-humphries')!;
    expect(row(humphries.title)).toHaveTextContent(
      "during Friends and Kim's marriage to Kris Humphries",
    );
  });

  it('says nothing of eras for a story without them', () => {
    render(
      <EventList
        events={dataset.events}
        dataset={{ ...dataset, eras: [] }}
        query=""
        selectedId={undefined}
        hrefFor={(id) => `?event=${id}`}
        onSelect={() => {}}
      />,
    );
    expect(screen.queryByRole('region', { name: 'Eras' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: /all events/i })).not.toHaveTextContent('during');
  });

  it('marks the words that match the search', () => {
    const paris = dataset.events.filter((e) => e.id === 'paris-fashion-show');
    renderList(paris, 'PARIS');
    const link = screen.getByRole('link', { name: /Paris fashion show/ });
    expect([...link.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Paris']);
    const quotes = screen.getAllByRole('blockquote');
    const marked = quotes.flatMap((q) => [...q.querySelectorAll('mark')].map((m) => m.textContent));
    expect(marked).toEqual(['Paris']);
  });

  it('marks nothing without a search', () => {
    renderList();
    expect(document.querySelector('mark')).toBeNull();
  });

  it('calls onSelect when a title is clicked', async () => {
    const user = userEvent.setup();
    const onSelect = renderList();
    const link = screen.getByRole('link', { name: 'Kanye proposes at AT&T Park' });
    await user.click(link);
    expect(onSelect).toHaveBeenCalledWith('proposal', link);
  });

  it('shows dataset text as text, never as markup', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const event = { ...dataset.events[0]!, title: markup };
    renderList([event], 'img');
    expect(screen.getByRole('link', { name: markup })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('draws a page at a time for long lists', async () => {
    const user = userEvent.setup();
    const plain = dataset.eventsById.get('going-public')!;
    const many = Array.from({ length: 250 }, (_, i) => ({
      ...plain,
      id: `e-${i}`,
      title: `Event ${i}`,
    }));
    renderList(many);
    // Counted with a selector: role queries over hundreds of rows are slow in jsdom.
    const rows = () => document.querySelectorAll('a[data-list-event-id]').length;
    expect(rows()).toBe(100);
    await user.click(screen.getByRole('button', { name: /Show 100 more of 150/ }));
    expect(rows()).toBe(200);
  });
});
