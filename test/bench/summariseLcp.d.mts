// Types for summariseLcp.mjs, so its unit test (test/unit/summariseLcp.test.ts) is type-checked.
export interface LcpRun {
  lcpMs: number | null;
  element: { selector: string; text: string } | null;
  errors: string[];
  blocked: string[];
  timings?: {
    html: { end: number; transferBytes: number };
    fcp: number | null;
    resources: { path: string; start: number; end: number | null; transferBytes: number }[];
    longTasks: { start: number; ms: number }[];
  };
}

export interface LcpBreakdown {
  htmlMs: number;
  htmlBytes: number;
  assetsEndMs: number | null;
  assetBytes: number;
  assets: string[];
  longTaskMs: number;
  longTasks: number;
  fcpMs: number | null;
  lcpMs: number;
}

export interface LcpPage {
  name: string;
  version?: string;
  url: string;
  lcpMs: number | null;
  runsMs: (number | null)[];
  spreadMs: number | null;
  element: LcpRun['element'];
  breakdown: LcpBreakdown | null;
  blocked: string[];
  errors: string[];
  runs: LcpRun[];
}

export declare function summarisePage(
  page: { name: string; version?: string; url: string },
  runs: LcpRun[],
): LcpPage;
export declare function medianRun<T extends { lcpMs: number | null }>(runs: T[]): T;
export declare function breakdown(run: LcpRun): LcpBreakdown;
export declare function isNoisy(
  pages: Pick<LcpPage, 'lcpMs' | 'spreadMs'>[],
  machine: { cores: number; loadAverage: number[] },
): boolean;
