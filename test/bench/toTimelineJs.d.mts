// Types for toTimelineJs.mjs, so its unit test (test/unit/toTimelineJs.test.ts) is type-checked.
import type { DatasetInput } from '../../src/domain/datasetSchema';

export interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
}

export interface TimelineJsStory {
  title: { text: { headline: string; text: string } };
  events: {
    unique_id: string;
    start_date: TimelineDate;
    end_date?: TimelineDate;
    display_date?: string;
    text: { headline: string; text: string };
    media?: { url: string; caption?: string; credit?: string; alt?: string };
  }[];
  eras?: { start_date: TimelineDate; end_date: TimelineDate; text: { headline: string } }[];
}

export declare function escapeHtml(text: string): string;
export declare function toTimelineDate(partial: string): TimelineDate;
export declare function toTimelineJs(dataset: DatasetInput): TimelineJsStory;
export declare function toTimelineEnd(start: string, end: string): TimelineDate;
