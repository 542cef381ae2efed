// @vitest-environment node
// The phone LCP bench's arithmetic: which run counts, what the breakdown adds up, and when the
// budget passes. The loads themselves happen only in `npm run bench`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPhoneLcp } from '../bench/budgets.mjs';
import {
  breakdown,
  isNoisy,
  medianRun,
  summarisePage,
  type LcpRun,
} from '../bench/summariseLcp.mjs';

const timings = (lcpMs: number) => ({
  html: { end: 180, transferBytes: 900 },
  fcp: lcpMs - 10,
  resources: [
    { path: '/assets/index.js', start: 400, end: 1100, transferBytes: 98_000 },
    { path: '/assets/index.css', start: 410, end: 700, transferBytes: 3_500 },
    { path: '/favicon.svg', start: 200, end: 300, transferBytes: 500 },
    // Arrives after the paint: not part of what the LCP waited for.
    { path: '/assets/lazy.js', start: 900, end: lcpMs + 500, transferBytes: 9_000 },
  ],
  longTasks: [
    { start: 1200, ms: 500 },
    { start: 1750, ms: 300 },
    { start: lcpMs + 100, ms: 400 },
  ],
});

const run = (lcpMs: number | null, errors: string[] = []): LcpRun => ({
  lcpMs,
  element: lcpMs == null ? null : { selector: 'p.description', text: `at ${lcpMs}` },
  errors,
  blocked: [],
  timings: timings(lcpMs ?? 0),
});

describe('medianRun', () => {
  it('is the middle run of three, whatever their order', () => {
    expect(medianRun([run(3000), run(2400), run(2600)]).lcpMs).toBe(2600);
  });

  it('has as many runs at or below it as at or above it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1 }), (values) => {
        const middle = medianRun(values.map((v) => ({ lcpMs: v }))).lcpMs!;
        const below = values.filter((v) => v <= middle).length;
        const above = values.filter((v) => v >= middle).length;
        expect(below).toBeGreaterThanOrEqual(Math.ceil(values.length / 2));
        expect(above).toBeGreaterThanOrEqual(Math.floor(values.length / 2));
        expect(values).toContain(middle);
      }),
    );
  });
});

describe('breakdown', () => {
  it('counts the scripts, stylesheets and long tasks that came before the LCP', () => {
    expect(breakdown(run(2500))).toEqual({
      htmlMs: 180,
      htmlBytes: 900,
      assetsEndMs: 1100,
      assetBytes: 101_500,
      assets: ['/assets/index.js', '/assets/index.css'],
      longTaskMs: 800,
      longTasks: 2,
      fcpMs: 2490,
      lcpMs: 2500,
    });
  });
});

describe('summarisePage', () => {
  const page = { name: 'ours', url: 'http://127.0.0.1:1/' };

  it('reports the median run with every run beside it', () => {
    const summary = summarisePage(page, [run(3000), run(2400), run(2600)]);
    expect(summary.lcpMs).toBe(2600);
    expect(summary.runsMs).toEqual([3000, 2400, 2600]);
    expect(summary.spreadMs).toBe(600);
    expect(summary.element).toEqual({ selector: 'p.description', text: 'at 2600' });
    expect(summary.breakdown?.lcpMs).toBe(2600);
  });

  it('has no LCP when any run failed, so a broken page cannot pass', () => {
    const summary = summarisePage(page, [run(900), run(850, ['pageerror: boom']), run(870)]);
    expect(summary.lcpMs).toBeNull();
    expect(summary.errors).toEqual(['run 2: pageerror: boom']);
  });
});

describe('isNoisy', () => {
  const quiet = { cores: 2, loadAverage: [0.5, 1.2] };
  const page = (lcpMs: number, spreadMs: number) => ({ lcpMs, spreadMs });

  it('trusts runs within a fifth of their median on an idle machine', () => {
    expect(isNoisy([page(2500, 500), page(3000, 100)], quiet)).toBe(false);
  });

  it('flags runs spread wider than a fifth of their median', () => {
    expect(isNoisy([page(2500, 501), page(3000, 100)], quiet)).toBe(true);
  });

  it('flags a machine with more runnable work than cores, before or after', () => {
    expect(isNoisy([page(2500, 10)], { cores: 2, loadAverage: [2.1, 1] })).toBe(true);
    expect(isNoisy([page(2500, 10)], { cores: 2, loadAverage: [1, 2.1] })).toBe(true);
  });
});

describe('checkPhoneLcp', () => {
  const check = (ours: number | null, theirs: number | null) =>
    checkPhoneLcp({
      pages: [
        { name: 'ours', lcpMs: ours },
        { name: 'TimelineJS', lcpMs: theirs },
      ],
    }).map((c) => c.pass);

  it('passes within 800 ms and below TimelineJS', () => {
    expect(check(800, 1700)).toEqual([true, true]);
  });

  it('fails over 800 ms, and at or above TimelineJS', () => {
    expect(check(801, 1700)).toEqual([false, true]);
    expect(check(700, 700)).toEqual([true, false]);
    expect(check(2600, 2500)).toEqual([false, false]);
  });

  it('fails what was not measured, on either side', () => {
    expect(check(null, 1700)).toEqual([false, false]);
    expect(check(700, null)).toEqual([true, false]);
  });
});
