import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDebouncedCallback } from '../../src/hooks/useDebouncedCallback';

describe('useDebouncedCallback', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for a run of calls to pause, then runs once', () => {
    const fn = vi.fn();
    const { result } = renderHook(() => useDebouncedCallback(fn, 250));
    // A gesture: a call every frame for a second writes nothing in its frames.
    for (let t = 0; t < 1000; t += 16) {
      result.current();
      vi.advanceTimersByTime(16);
    }
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(250);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('flush runs a waiting call at once, and nothing is left to run after it', () => {
    const fn = vi.fn();
    const { result } = renderHook(() => useDebouncedCallback(fn, 250));
    result.current.flush();
    expect(fn).not.toHaveBeenCalled();
    result.current();
    result.current.flush();
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs the latest function and flushes a waiting call on unmount', () => {
    const calls: string[] = [];
    const { result, rerender, unmount } = renderHook(
      ({ name }) => useDebouncedCallback(() => calls.push(name), 250),
      { initialProps: { name: 'first' } },
    );
    result.current();
    rerender({ name: 'second' });
    unmount();
    expect(calls).toEqual(['second']);
  });
});
