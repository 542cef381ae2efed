// @vitest-environment node
// Corners of the spreadsheet CSV that Excel and Google Sheets produce: a byte-order mark,
// repeated headers, both Group and Tag, blank-looking rows, long headlines in problems.
import { describe, expect, it } from 'vitest';
import { fromCsv } from '../../src/formats/fromCsv';

const datasetOf = (text: string) => {
  const result = fromCsv(text);
  if ('problems' in result) throw new Error(result.problems.join('\n'));
  return result.dataset;
};
const problemsOf = (text: string) => {
  const result = fromCsv(text);
  return 'problems' in result ? result.problems : [];
};

describe('fromCsv corners', () => {
  it('reads a file that starts with a byte-order mark (Excel’s UTF-8 CSV)', () => {
    const dataset = datasetOf('\uFEFFYear,Headline\n2014,Wedding');
    expect(dataset.events.map((e) => [e.date, e.title])).toEqual([['2014', 'Wedding']]);
  });

  it('takes the first of two columns with one header, and Group over Tag', () => {
    const dataset = datasetOf(
      'Year,Headline,Headline,Tag,Group\n2014,First,Second,old-tag,the group',
    );
    expect(dataset.events[0]!.title).toBe('First');
    expect(dataset.groups!.map((g) => g.name)).toEqual(['the group']);
  });

  it('skips rows of blank cells and keeps only the first title row', () => {
    const dataset = datasetOf(
      [
        'Year,Headline,Text,Type,Alt Text,Media,Display Date',
        '  ,  ,\t, ,,,',
        ',Our story,Told here,title,,,',
        ',Another title,Ignored,TITLE,,,',
        ' 2014 , Wedding ,,,A veil,https://example.com/v.jpg,Spring 2014',
      ].join('\n'),
    );
    expect(dataset.title).toBe('Our story');
    expect(dataset.description).toBe('Told here');
    const [event] = dataset.events;
    expect([event!.date, event!.title, event!.displayDate]).toEqual([
      '2014',
      'Wedding',
      'Spring 2014',
    ]);
    expect(event!.media).toEqual(expect.objectContaining({ alt: 'A veil' }));
  });

  it('shortens a long headline to 40 characters where it names a row', () => {
    const forty = 'x'.repeat(40);
    const long = 'y'.repeat(41);
    const [short, cut] = problemsOf(`Year,Headline\nsoon,${forty}\nlater,${long}`);
    expect(short).toMatch(new RegExp(`^row 2 \\("${forty}"\\), column Year: `));
    expect(cut).toMatch(new RegExp(`^row 3 \\("${'y'.repeat(39)}…"\\), column Year: `));
  });

  it('says there is nothing to show when no row has a date', () => {
    expect(problemsOf('Year,Headline')).toEqual(['no rows with a date: nothing to show']);
    expect(problemsOf('Year,Headline,Type\n,Just a title,title')).toEqual([
      'no rows with a date: nothing to show',
    ]);
  });
});
