// Types for budgets.mjs, so unit tests can check the budget rules (test/unit/summariseLcp.test.ts,
// test/unit/visTimelineBench.test.ts).
import type { LcpPage } from './summariseLcp.mjs';

export declare const BUDGETS: Record<string, number>;
export declare const FRAME_JITTER_MS: number;

export interface BudgetCheck {
  name: string;
  limit: number | null;
  tolerance: number;
  below?: boolean;
  actual: number | null;
  pass: boolean;
}

export interface ReadyPage {
  name: string;
  readyMs: number | null;
}

export declare function checkBudgets(results: {
  bundle: unknown;
  cases: unknown[];
  phoneLcp?: { pages: Pick<LcpPage, 'name' | 'lcpMs'>[] };
  visTimeline?: { pages: ReadyPage[] };
}): BudgetCheck[];
export declare function checkPhoneLcp(phoneLcp: {
  pages: Pick<LcpPage, 'name' | 'lcpMs'>[];
}): BudgetCheck[];
export declare function checkVisTimeline(visTimeline: { pages: ReadyPage[] }): BudgetCheck;
