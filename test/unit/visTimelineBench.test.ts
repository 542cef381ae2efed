// @vitest-environment node
// The vis-timeline comparison's arithmetic: which run counts and when the budget passes. The
// loads themselves happen only in `npm run bench`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, checkVisTimeline } from '../bench/budgets.mjs';
import { summariseReady, type ReadyRun } from '../bench/visTimeline.mjs';

const run = (readyMs: number | null, errors: string[] = [], blocked: string[] = []): ReadyRun => ({
  readyMs,
  errors,
  blocked,
});
const page = { name: 'vis-timeline', version: '8.5.4', url: 'http://127.0.0.1/vis/' };
const pages = (ours: number | null, theirs: number | null) => ({
  pages: [
    { name: 'ours', readyMs: ours },
    { name: 'vis-timeline', readyMs: theirs },
  ],
});

describe('summariseReady', () => {
  it('takes the middle run of three and keeps them all', () => {
    const summary = summariseReady(page, [run(900), run(700), run(1200)]);
    expect(summary.readyMs).toBe(900);
    expect(summary.runsMs).toEqual([900, 700, 1200]);
    expect(summary.version).toBe('8.5.4');
  });

  it('is the lower middle of an even count, and one of the runs', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1 }), (times) => {
        const middle = summariseReady(
          page,
          times.map((t) => run(t)),
        ).readyMs!;
        expect(times).toContain(middle);
        expect(times.filter((t) => t <= middle).length).toBeGreaterThanOrEqual(
          Math.ceil(times.length / 2),
        );
        expect(times.filter((t) => t >= middle).length).toBeGreaterThanOrEqual(
          Math.floor(times.length / 2) + 1,
        );
      }),
    );
  });

  it('counts nothing when any run failed, and names the run', () => {
    const summary = summariseReady(page, [run(900), run(null, ['no "vis-ready" mark']), run(800)]);
    expect(summary.readyMs).toBeNull();
    expect(summary.errors).toEqual(['run 2: no "vis-ready" mark']);
    // A page that marked ready but threw along the way did not draw what it claims.
    const threw = summariseReady(page, [run(900), run(850, ['pageerror: boom']), run(800)]);
    expect(threw.readyMs).toBeNull();
  });

  it('lists each blocked remote request once', () => {
    const font = 'https://fonts.example/a.woff2';
    const summary = summariseReady(page, [run(1, [], [font]), run(2, [], [font]), run(3)]);
    expect(summary.blocked).toEqual([font]);
  });
});

describe('checkVisTimeline', () => {
  it('passes at half of vis-timeline and fails just above it', () => {
    expect(BUDGETS.visTimelineReadyRatio).toBe(0.5);
    expect(checkVisTimeline(pages(600, 1200))).toMatchObject({ limit: 600, pass: true });
    expect(checkVisTimeline(pages(600.1, 1200))).toMatchObject({ actual: 600.1, pass: false });
  });

  it('fails when either page was not measured', () => {
    expect(checkVisTimeline(pages(null, 1200)).pass).toBe(false);
    expect(checkVisTimeline(pages(100, null))).toMatchObject({ limit: null, pass: false });
  });

  it('is among the 1,000 case checks only when the comparison ran', () => {
    const name = (c: { name: string }) => c.name;
    const base = { bundle: null, cases: [] };
    expect(checkBudgets(base).map(name)).not.toContain(checkVisTimeline(pages(1, 2)).name);
    const withVis = checkBudgets({ ...base, visTimeline: pages(1, 2) }).map(name);
    expect(withVis.filter((n) => n.startsWith('1,000:'))).toEqual([
      checkVisTimeline(pages(1, 2)).name,
    ]);
  });
});
