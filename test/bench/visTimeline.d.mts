// Types for visTimeline.mjs, so its unit test (test/unit/visTimelineBench.test.ts) is type-checked.
export interface ReadyRun {
  readyMs: number | null;
  errors: string[];
  blocked: string[];
}

export interface ReadySummary {
  name: string;
  version?: string;
  url: string;
  readyMs: number | null;
  runsMs: (number | null)[];
  blocked: string[];
  errors: string[];
  runs: ReadyRun[];
}

export declare function summariseReady(
  page: { name: string; version?: string; url: string },
  runs: ReadyRun[],
): ReadySummary;
