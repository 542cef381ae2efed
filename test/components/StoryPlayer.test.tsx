import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoryPlayer } from '../../src/components/StoryPlayer';
import { personMarks } from '../../src/layout/personColors';
import { boundsForRange } from '../../src/layout/viewport';
import { createViewStore } from '../../src/state/createViewStore';
import { MAX_READING_MS } from '../../src/story/storySequence';
import { bundledDataset } from '../unit/testData';

const dataset = bundledDataset();
const events = dataset.events;

function renderStory(at: number, reducedMotion = false) {
  const onGo = vi.fn();
  const onExit = vi.fn();
  const store = createViewStore({
    view: dataset.range,
    bounds: boundsForRange(dataset.range.start, dataset.range.end),
    width: 800,
  });
  render(
    <StoryPlayer
      event={events[at]!}
      events={events}
      dataset={dataset}
      markOf={personMarks(dataset.people)}
      store={store}
      reducedMotion={reducedMotion}
      shareUrl={() => ''}
      onGo={onGo}
      onExit={onExit}
    />,
  );
  return { onGo, onExit, store };
}

// The dialog stays hidden until it is placed beside its marker; tests on a fake clock, where
// placing never finishes, look at it hidden.
const controls = (hidden = false) => within(screen.getByRole('group', { name: 'Story', hidden }));

describe('StoryPlayer', () => {
  afterEach(() => vi.useRealTimers());

  it('is the event dialog with the tour controls, Pause first, and the progress', async () => {
    renderStory(2);
    const dialog = await screen.findByRole('dialog', { name: events[2]!.title });
    const buttons = within(dialog).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Pause',
      '← Previous',
      'Next →',
      'Exit story',
    ]);
    expect(controls().getByText(/3 of 10/)).toHaveAttribute('aria-live', 'polite');
    // The usual popover actions give way to the tour's.
    expect(within(dialog).queryByRole('button', { name: 'Close' })).toBeNull();
  });

  it('steps with Next, Previous and the arrow keys; Escape exits', async () => {
    const user = userEvent.setup();
    const { onGo, onExit } = renderStory(2);
    await screen.findByRole('dialog');
    await user.click(controls().getByRole('button', { name: 'Next' }));
    expect(onGo).toHaveBeenLastCalledWith(events[3]!.id);
    await user.click(controls().getByRole('button', { name: 'Previous' }));
    expect(onGo).toHaveBeenLastCalledWith(events[1]!.id);
    screen.getByRole('dialog').focus();
    await user.keyboard('{ArrowRight}');
    expect(onGo).toHaveBeenLastCalledWith(events[3]!.id);
    await user.keyboard('{Escape}');
    expect(onExit).toHaveBeenCalled();
  });

  it('Space on the dialog pauses and plays', async () => {
    const user = userEvent.setup();
    renderStory(0);
    (await screen.findByRole('dialog')).focus();
    await user.keyboard(' ');
    expect(controls().getByRole('button', { name: 'Play' })).toBeInTheDocument();
    await user.keyboard(' ');
    expect(controls().getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });

  it('marks Previous as unavailable at the first stop, without disabling it', async () => {
    renderStory(0);
    await screen.findByRole('dialog');
    const previous = controls().getByRole('button', { name: 'Previous' });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    expect(previous).toBeEnabled();
  });

  it('moves on by itself after the reading time', () => {
    vi.useFakeTimers();
    const { onGo } = renderStory(0);
    act(() => vi.advanceTimersByTime(MAX_READING_MS + 100));
    expect(onGo).toHaveBeenCalledWith(events[1]!.id);
  });

  it('never moves on by itself under reduced motion, and offers no Pause', () => {
    vi.useFakeTimers();
    const { onGo } = renderStory(0, true);
    act(() => vi.advanceTimersByTime(10 * MAX_READING_MS));
    expect(onGo).not.toHaveBeenCalled();
    // Hidden until placed, and a hidden element has no accessible name: read the text.
    const buttons = screen.getAllByRole('button', { hidden: true }).map((b) => b.textContent);
    expect(buttons).toEqual(['← Previous', 'Next →', 'Exit story']);
    expect(screen.getByText(/reduced motion/)).toBeInTheDocument();
  });
});
