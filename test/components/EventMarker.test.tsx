import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EventMarker } from '../../src/components/EventMarker';
import type { TimelineEvent } from '../../src/domain/types';
import type { PlacedEvent } from '../../src/layout/layoutEvents';
import { personMarks } from '../../src/layout/personColors';
import { bundledDataset } from '../unit/testData';

const dataset = bundledDataset();
const crowd = [
  ...dataset.people,
  { id: 'kris-jenner', name: 'Kris Jenner' },
  { id: 'kourtney', name: 'Kourtney Kardashian' },
];
const markOf = personMarks(crowd);
const born = dataset.eventsById.get('north-west-born')!;

function renderMarker(event: TimelineEvent, lead?: string) {
  const placed: PlacedEvent = { event, x: 100, barEnd: 100, lane: 0, flip: false, labelPx: 300 };
  const onSelect = vi.fn();
  render(
    <EventMarker
      placed={placed}
      top={50}
      width={1000}
      markOf={markOf}
      lead={lead}
      selected={false}
      tabbable
      onSelect={onSelect}
    />,
  );
  return onSelect;
}
/** The badges, first to last: what a sighted reader sees on the marker. */
const badges = () => [...document.querySelectorAll('.badge')].map((b) => b.textContent);

describe('EventMarker', () => {
  it('shows every person as initials, yet is named by its title and date alone', async () => {
    const onSelect = renderMarker(born);
    expect(badges()).toEqual(['KK', 'KW', 'NW']);
    // Exactly as before the badges: the axe rule label-content-name-mismatch holds.
    const button = screen.getByRole('button', {
      name: 'Their daughter North West is born, 15 Jun 2013',
    });
    expect(document.querySelector('.badges')).toHaveAttribute('aria-hidden', 'true');
    await userEvent.setup().click(button);
    expect(onSelect).toHaveBeenCalledWith('north-west-born', button);
  });

  it('stops at three badges and counts the rest in "+N"', () => {
    renderMarker({ ...born, people: [...born.people, 'kris-jenner', 'kourtney'] });
    expect(badges()).toEqual(['KK', 'KW', 'NW', '+2']);
    expect(screen.getByRole('button')).toHaveAccessibleName(
      'Their daughter North West is born, 15 Jun 2013',
    );
  });

  it('puts the lane’s person first, coloured as theirs, and colours the bar by them', () => {
    renderMarker(born, 'north-west');
    expect(badges()).toEqual(['NW', 'KK', 'KW']);
    const slot = String(markOf('north-west').slot);
    expect(document.querySelector('.badge')).toHaveAttribute('data-person', slot);
    expect(screen.getByRole('button')).toHaveAttribute('data-person', slot);
  });

  it('draws a plain pin for an event with no one named', () => {
    renderMarker({ ...born, people: [] });
    expect(badges()).toEqual(['']);
    expect(screen.getByRole('button')).toHaveAccessibleName(
      'Their daughter North West is born, 15 Jun 2013',
    );
  });
});
