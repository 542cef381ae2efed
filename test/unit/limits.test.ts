// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  declaredLength,
  declaredSizeProblem,
  eventCountProblem,
  formatBytes,
  LIMITS,
  progressText,
  readSizeProblem,
  showsProgress,
} from '../../src/io/limits';

const small = { maxBytes: 150_000_000, maxEvents: 250_000 };

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [999, '999 bytes'],
    [1_000, '1.0 KB'],
    [999_949, '999.9 KB'],
    [999_999, '1.0 MB'],
    [12_345_678, '12.3 MB'],
    [40_000_000, '40.0 MB'],
    [3_200_000_000, '3.2 GB'],
  ])('%d bytes read "%s"', (bytes, text) => expect(formatBytes(bytes)).toBe(text));

  it('never shows four digits before the point below a terabyte', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000, max: 999_000_000_000 }), (bytes) => {
        expect(formatBytes(bytes)).toMatch(/^\d{1,3}\.\d (KB|MB|GB)$/);
      }),
    );
  });
});

describe('the limits', () => {
  it('are at least what the contract promises', () => {
    expect(LIMITS.maxEvents).toBeGreaterThanOrEqual(250_000);
    expect(LIMITS.maxBytes).toBeGreaterThanOrEqual(100_000_000);
  });

  it('refuse a declared size past the byte limit, naming both', () => {
    expect(declaredSizeProblem(3_200_000_000, small)).toBe(
      'is 3.2 GB; this app opens datasets up to 150 MB',
    );
    expect(declaredSizeProblem(150_000_000, small)).toBeNull();
    expect(declaredSizeProblem(150_000_001, small)).not.toBeNull();
    expect(declaredSizeProblem(null, small)).toBeNull();
  });

  it('stop a body of unknown length as soon as the count passes the limit', () => {
    expect(readSizeProblem(150_000_000, small)).toBeNull();
    expect(readSizeProblem(150_065_536, small)).toBe(
      'reading stopped at 150.1 MB; this app opens datasets up to 150 MB',
    );
  });

  it('refuse too many events, naming the limit', () => {
    expect(eventCountProblem(250_000, small)).toBeNull();
    expect(eventCountProblem(250_001, small)).toBe(
      'has 250,001 events; this app opens datasets of up to 250,000 events',
    );
  });
});

describe('declaredLength', () => {
  const headers = (init: Record<string, string>) => new Headers(init);

  it('reads Content-Length as the total', () => {
    expect(declaredLength(headers({ 'content-length': '4000000' }))).toEqual({
      bytes: 4_000_000,
      isTotal: true,
    });
    expect(declaredLength(headers({}))).toEqual({ bytes: null, isTotal: false });
  });

  it('ignores a length that is not a number', () => {
    for (const bad of ['', 'abc', '-5', '1e9', '12 34'])
      expect(declaredLength(headers({ 'content-length': bad })).bytes).toBeNull();
  });

  it('keeps a compressed length for refusing, but not as the total read', () => {
    expect(
      declaredLength(headers({ 'content-length': '900', 'content-encoding': 'gzip' })),
    ).toEqual({ bytes: 900, isTotal: false });
    expect(
      declaredLength(headers({ 'content-length': '900', 'content-encoding': 'identity' })),
    ).toEqual({ bytes: 900, isTotal: true });
  });
});

describe('progress', () => {
  it('is shown only for a load over 1 MB, known or counted', () => {
    expect(showsProgress(undefined)).toBe(false);
    expect(showsProgress({ read: 0, total: 900_000, stage: 'reading' })).toBe(false);
    expect(showsProgress({ read: 0, total: 1_000_001, stage: 'reading' })).toBe(true);
    expect(showsProgress({ read: 1_000_001, total: null, stage: 'reading' })).toBe(true);
  });

  it('says how much of how much, or how much so far', () => {
    expect(progressText({ read: 12_300_000, total: 40_000_000 })).toBe('12.3 MB of 40.0 MB');
    expect(progressText({ read: 12_300_000, total: null })).toBe('12.3 MB read');
    // A total the reading passed was wrong (a compressed length): it is not repeated.
    expect(progressText({ read: 2_000_000, total: 900_000 })).toBe('2.0 MB read');
  });
});
