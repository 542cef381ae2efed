import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Timeline } from '../../src/components/Timeline';
import { assignLanes } from '../../src/layout/assignLanes';
import { personMarks } from '../../src/layout/personColors';
import { boundsForRange } from '../../src/layout/viewport';
import { createViewStore } from '../../src/state/createViewStore';
import { bundledDataset } from '../unit/testData';

const dataset = bundledDataset();
const lanes = assignLanes(dataset.events, 'people', dataset);

/** The browser's IntersectionObserver, told by the test which lanes are on screen. */
class FakeIntersectionObserver {
  static all: FakeIntersectionObserver[] = [];
  targets = new Set<Element>();
  constructor(private callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  static show(target: Element, isIntersecting: boolean) {
    for (const io of FakeIntersectionObserver.all.filter((o) => o.targets.has(target)))
      io.callback(
        [{ target, isIntersecting } as IntersectionObserverEntry],
        io as unknown as IntersectionObserver,
      );
  }
}

function renderLanes() {
  const bounds = boundsForRange(dataset.range.start, dataset.range.end);
  const store = createViewStore({ view: bounds.outer, bounds, width: 960 });
  render(
    <Timeline
      events={dataset.events}
      lanes={lanes}
      eras={[]}
      store={store}
      markOf={personMarks(dataset.people)}
      selectedId={undefined}
      onSelect={() => {}}
      reducedMotion
    />,
  );
  return store;
}

const laneGroup = (name: string) => screen.getByRole('group', { name });

/** Where a lane draws each of its markers and pills: what changes when the window moves. */
function drawn(lane: HTMLElement): string {
  return [...lane.querySelectorAll<HTMLElement>('[data-event-id], [data-cluster]')]
    .map((el) => `${el.dataset.eventId ?? el.textContent}@${el.style.transform}`)
    .join('|');
}

describe('Timeline with a lane per person', () => {
  beforeEach(() => {
    FakeIntersectionObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('redraws lanes off screen only once the window holds still, and lanes on screen at once', () => {
    const store = renderLanes();
    const [first, last] = [laneGroup(lanes[0]!.label), laneGroup(lanes.at(-1)!.label)];
    act(() => FakeIntersectionObserver.show(last, false));
    const before = { first: drawn(first), last: drawn(last) };
    // Off screen is still in the page: its buttons stay for the keyboard and screen readers.
    expect(before.last).not.toBe('');

    act(() => store.zoomBy(4));
    expect(drawn(first)).not.toBe(before.first);
    expect(drawn(last)).toBe(before.last);
    // Busy while it shows an earlier window, so no one is sent to its markers meanwhile.
    expect(last).toHaveAttribute('aria-busy', 'true');
    expect(first).not.toHaveAttribute('aria-busy');

    act(() => vi.advanceTimersByTime(250));
    const settled = drawn(last);
    expect(settled).not.toBe(before.last);
    expect(last).not.toHaveAttribute('aria-busy');
    // What it caught up to is what it draws on screen: scrolling it into view changes nothing.
    act(() => FakeIntersectionObserver.show(last, true));
    expect(drawn(last)).toBe(settled);
  });

  it('a lane that leaves the screen keeps what it drew, never an earlier window', () => {
    const store = renderLanes();
    const last = laneGroup(lanes.at(-1)!.label);
    act(() => store.zoomBy(4));
    const current = drawn(last);
    act(() => FakeIntersectionObserver.show(last, false));
    expect(drawn(last)).toBe(current);
    expect(last).not.toHaveAttribute('aria-busy');
  });
});
