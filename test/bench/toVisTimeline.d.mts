// Types for toVisTimeline.mjs, so its unit test (test/unit/toVisTimeline.test.ts) is type-checked.
import type { DatasetInput } from '../../src/domain/datasetSchema';

export interface VisItem {
  id: string;
  content: string;
  start: string;
  end?: string;
}

export declare function toVisStart(start: string): string;
export declare function toVisEnd(end: string): string;
export declare function toVisTimeline(dataset: DatasetInput): VisItem[];
