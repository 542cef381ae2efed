// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { LazyMap } from '../../src/io/datasetTransfer';

describe('LazyMap', () => {
  it('is built on the first read, once, and then reads as the map it built', () => {
    const build = vi.fn(
      () =>
        new Map([
          ['a', 1],
          ['b', 2],
        ]),
    );
    const map = new LazyMap(build);
    expect(build).not.toHaveBeenCalled();
    expect(map.get('a')).toBe(1);
    expect(map.has('b')).toBe(true);
    expect(map.has('c')).toBe(false);
    expect(map.size).toBe(2);
    expect([...map]).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect([...map.keys()]).toEqual(['a', 'b']);
    expect([...map.values()]).toEqual([1, 2]);
    expect([...map.entries()]).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    const seen: unknown[] = [];
    const self = {};
    map.forEach(function (this: unknown, value, key, owner) {
      seen.push([key, value, owner === map, this === self]);
    }, self);
    expect(seen).toEqual([
      ['a', 1, true, true],
      ['b', 2, true, true],
    ]);
    expect(build).toHaveBeenCalledTimes(1);
  });
});
