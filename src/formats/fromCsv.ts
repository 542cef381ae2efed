import Papa from 'papaparse';
import { buildDataset } from './buildDataset';
import { spanOrder } from './spanOrder';
import type { ImportedEra, ImportedEvent, ImportedStory, ImportResult } from './importedStory';
import { parseTimeOfDay, readDateParts, type DatePart, type DateFields } from './readDateParts';
import { richToPlainText } from '../domain/richText';
import { parseRichHtml } from '../richtext/parseRichHtml';

// The TimelineJS spreadsheet (https://timeline.knightlab.com/docs/using-spreadsheets.html) saved
// as CSV. Columns are found by header name, case and spaces ignored, so reordered or extra
// columns work. Rows are numbered as the spreadsheet shows them: the header is row 1.

const COLUMNS = {
  year: 'Year',
  month: 'Month',
  day: 'Day',
  time: 'Time',
  endyear: 'End Year',
  endmonth: 'End Month',
  endday: 'End Day',
  endtime: 'End Time',
  displaydate: 'Display Date',
  headline: 'Headline',
  text: 'Text',
  media: 'Media',
  mediacredit: 'Media Credit',
  mediacaption: 'Media Caption',
  mediathumbnail: 'Media Thumbnail',
  alttext: 'Alt Text',
  type: 'Type',
  group: 'Group',
  tag: 'Tag',
  background: 'Background',
} as const;
type Column = keyof typeof COLUMNS;

const headerKey = (header: string) => header.replace(/\s+/g, '').toLowerCase();

/** Whether a header row names the spreadsheet's columns (Year and Headline at least). */
export function isTimelineCsvHeader(headers: readonly string[]): boolean {
  const keys = new Set(headers.map(headerKey));
  return keys.has('year') && keys.has('headline');
}

export function fromCsv(text: string, fileName?: string): ImportResult {
  // Empty lines are kept (and skipped below) so row numbers stay the spreadsheet's.
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  // Papa guesses the delimiter (so Excel's ";" works) and notes when it had to fall back to ",":
  // not a problem with the file.
  const problems = parsed.errors
    .filter((e) => e.type !== 'Delimiter')
    .map((e) => `row ${(e.row ?? 0) + 1}: ${e.message}`);
  const [headers = [], ...rows] = parsed.data;
  const columnAt = new Map<Column, number>();
  headers.forEach((header, i) => {
    const key = headerKey(header) as Column;
    if (key in COLUMNS && !columnAt.has(key)) columnAt.set(key, i);
  });
  if (!columnAt.has('year')) {
    return {
      problems: [
        'row 1: no Year column (columns are found by their header: Year, Month, Day, Headline, …)',
      ],
    };
  }
  // "Tag" is the spreadsheet's old name for Group.
  if (!columnAt.has('group') && columnAt.has('tag')) columnAt.set('group', columnAt.get('tag')!);

  const story: ImportedStory = { format: 'a TimelineJS spreadsheet (CSV)', events: [], eras: [] };
  let titled = false;
  rows.forEach((cells, i) => {
    const get = (column: Column) => {
      const at = columnAt.get(column);
      return at === undefined ? '' : (cells[at] ?? '').trim();
    };
    if (cells.every((cell) => cell.trim() === '')) return;
    const headline = richToPlainText(parseRichHtml(get('headline')))
      .replace(/\s+/g, ' ')
      .trim();
    const label = `row ${i + 2}${headline ? ` (${JSON.stringify(shorten(headline))})` : ''}`;
    const place = (column: Column) => `${label}, column ${COLUMNS[column]}`;
    const type = get('type').toLowerCase();
    if (type === 'title') {
      if (!titled)
        Object.assign(story, { titleHtml: get('headline'), descriptionHtml: get('text') });
      titled = true;
      return;
    }
    if (type !== '' && type !== 'era') {
      problems.push(
        `${place('type')}: expected title, era or empty, got ${JSON.stringify(get('type'))}`,
      );
      return;
    }
    const start = readDate(get, place, ['year', 'month', 'day', 'time'], problems);
    const endGiven = ['endyear', 'endmonth', 'endday', 'endtime'].some(
      (c) => get(c as Column) !== '',
    );
    const end = endGiven
      ? readDate(get, place, ['endyear', 'endmonth', 'endday', 'endtime'], problems)
      : undefined;
    if (type === 'era' && !endGiven) problems.push(`${place('endyear')}: required for an era`);
    if (start === null || end === null) return;
    const order = spanOrder(start, end);
    if (order === 'backwards') {
      problems.push(`${place('endyear')}: the end must not be before the start`);
      return;
    }
    if (type === 'era') {
      const era: ImportedEra = { start, end: end ?? start, headlineHtml: get('headline') };
      story.eras.push(era);
      return;
    }
    const event: ImportedEvent = {
      start,
      headlineHtml: get('headline'),
      textHtml: get('text'),
      media: get('media'),
      mediaCaptionHtml: get('mediacaption'),
      mediaCreditHtml: get('mediacredit'),
      mediaAlt: get('alttext'),
      group: get('group'),
      displayDate: get('displaydate'),
    };
    if (order === 'span') event.end = end;
    story.events.push(event);
  });
  if (problems.length === 0 && story.events.length === 0)
    problems.push('no rows with a date: nothing to show');
  if (problems.length > 0) return { problems };
  return { dataset: buildDataset(story, fileName) };
}

/** One date from its Year, Month, Day and Time columns (or the End ones). */
function readDate(
  get: (column: Column) => string,
  place: (column: Column) => string,
  [year, month, day, time]: Column[],
  problems: string[],
): string | null {
  const timeText = get(time!);
  const clock = timeText === '' ? null : parseTimeOfDay(timeText);
  if (timeText !== '' && !clock) {
    problems.push(
      `${place(time!)}: expected a time like 14:30 or 2:30 PM, got ${JSON.stringify(timeText)}`,
    );
    return null;
  }
  const columnOf: Record<DatePart, Column> = {
    year: year!,
    month: month!,
    day: day!,
    hour: time!,
    minute: time!,
    second: time!,
  };
  const fields: DateFields = {
    value: (part) =>
      part === 'hour' || part === 'minute' || part === 'second'
        ? clock?.[part]
        : get(columnOf[part]),
    place: (part) => place(columnOf[part]),
  };
  return readDateParts(fields, problems);
}

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
