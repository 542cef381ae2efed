import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LanesControl } from '../../src/components/LanesControl';
import { Overview } from '../../src/components/Overview';
import { timeMs } from '../../src/domain/units';
import { boundsForRange } from '../../src/layout/viewport';
import { createViewStore } from '../../src/state/createViewStore';
import { bundledDataset } from '../unit/testData';

const dataset = bundledDataset();
const bounds = boundsForRange(dataset.range.start, dataset.range.end);

function renderOverview(eras = [] as Parameters<typeof Overview>[0]['eras']) {
  const store = createViewStore({
    view: { start: timeMs(Date.UTC(2004, 0, 1)), end: timeMs(Date.UTC(2010, 0, 1)) },
    bounds,
    width: 800,
  });
  render(<Overview store={store} events={dataset.events} eras={eras} />);
  return store;
}

describe('Overview', () => {
  it('is a region holding the window as a slider named Visible window', () => {
    renderOverview();
    const region = screen.getByRole('region', { name: 'Overview' });
    const slider = within(region).getByRole('slider', { name: 'Visible window' });
    expect(slider).toHaveAttribute('aria-valuetext', 'Showing 2004 to 2009');
    expect(slider).toHaveAttribute('aria-valuemin', '0');
    expect(slider).toHaveAttribute('aria-valuemax', '100');
  });

  it('moves the one view store with the keys, and follows it', () => {
    const store = renderOverview();
    const slider = screen.getByRole('slider', { name: 'Visible window' });
    const before = store.getSnapshot().view;
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(store.getSnapshot().view.start).toBeGreaterThan(before.start);
    fireEvent.keyDown(slider, { key: 'Home' });
    expect(store.getSnapshot().view.start).toBe(bounds.outer.start);
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^Showing 2001 to/);
  });

  it('draws eras as labelled bands when the dataset has them', () => {
    renderOverview([
      {
        id: 'a',
        title: 'The friends years',
        start: dataset.range.start,
        end: timeMs(Date.UTC(2011, 0, 1)),
      },
    ]);
    expect(screen.getByText('The friends years')).toBeInTheDocument();
  });
});

describe('LanesControl', () => {
  it('is a select named Lanes; groups only where the dataset has them', () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <LanesControl mode={undefined} hasGroups={false} onChange={onChange} />,
    );
    const select = screen.getByRole('combobox', { name: 'Lanes' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Shared', 'One per person']);
    fireEvent.change(select, { target: { value: 'people' } });
    expect(onChange).toHaveBeenLastCalledWith('people');
    rerender(<LanesControl mode="people" hasGroups onChange={onChange} />);
    expect(within(select).getByRole('option', { name: 'One per group' })).toBeInTheDocument();
    fireEvent.change(select, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith(undefined);
  });
});
