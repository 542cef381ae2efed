// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/domain/parseDataset';
import { convertAny } from '../../src/formats/convertAny';
import { fromCsv } from '../../src/formats/fromCsv';

const HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

/** A CSV in the spreadsheet layout from rows of named cells. */
function csv(rows: Record<string, string>[], header = HEADER): string {
  const columns = header.split(',');
  return Papa.unparse({
    fields: columns,
    data: rows.map((row) => columns.map((c) => row[c] ?? '')),
  });
}

const problemsOf = (text: string) => {
  const result = fromCsv(text);
  return 'problems' in result ? result.problems : [];
};

/**
 * The spreadsheet template converted and parsed, inside each test that reads it: converting at
 * collection time would run the readers outside any test, where a mutation run cannot tell
 * which test covers which line.
 */
function template() {
  const text = readFileSync('test/fixtures/formats/my-own-timeline.csv', 'utf8');
  const result = convertAny(text, 'my-own-timeline.csv');
  if ('problems' in result) throw new Error(result.problems.join('\n'));
  const parsed = parseDataset(result.dataset);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return { json: result.dataset, dataset: parsed.dataset };
}

describe('fromCsv on the TimelineJS3 spreadsheet template (src/template/my-own-timeline.csv)', () => {
  it('reads the title row, and every other row as an event', () => {
    const { json, dataset } = template();
    expect(json.title).toBe('MY OWN CSV');
    expect(json.description).toMatch(/^In this sample timeline, we'll walk you through/);
    expect(dataset.events).toHaveLength(10);
    expect(json.events.map((e) => e.title)).toContain('"The Mother of the Internet"');
  });

  it('keeps links and paragraphs of HTML text as rich text, and its words as the summary', () => {
    const { dataset } = template();
    const ada = dataset.eventsById.get('ada-lovelace')!;
    expect(ada.summary).toMatch(
      /^Women have been programming since before it was a thing\. Take Ada Lovelace:/,
    );
    expect(ada.summary).not.toMatch(/<|href/);
    const links = ada.summaryRich![0]!.children.filter((n) => n.type === 'link');
    expect(links.map((l) => l.type === 'link' && l.href)).toEqual([
      'https://en.wikipedia.org/wiki/Ada_Lovelace',
      'https://en.wikipedia.org/wiki/Analytical_Engine',
    ]);
    expect(ada.summaryRich).toHaveLength(2);
  });

  it('reads spans at the precision given, and media with caption and credit as text', () => {
    const { dataset } = template();
    const ada = dataset.eventsById.get('ada-lovelace')!;
    expect([ada.date, ada.endDate]).toEqual([
      { year: 1815, month: 12, day: 10, precision: 'day' },
      { year: 1852, month: 11, day: 27, precision: 'day' },
    ]);
    expect(ada.media).toEqual({
      url: 'https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Ada_Lovelace_portrait.jpg/713px-Ada_Lovelace_portrait.jpg',
      caption: 'Portrait by Alfred Edward Chalon',
      credit: 'Wikimedia Commons',
    });
    const eniac = dataset.eventsById.get('and-the-women-who-made-it-work')!;
    expect([eniac.date.precision, eniac.endDate?.precision]).toEqual(['month', 'year']);
    expect(eniac.media?.url).toBe('https://www.youtube.com/watch?v=aPweFhhXFvY');
    expect(dataset.eventsById.get('rozsa-peter-writes-recursion')!.date).toEqual({
      year: 1951,
      precision: 'year',
    });
  });

  it('turns the blockquote with cite into a quote by a person made for the name', () => {
    const { dataset } = template();
    expect(dataset.people).toEqual([
      {
        id: 'edith-clarke',
        name: 'Edith Clarke',
        role: 'first female professor of electrical engineering in the United States',
      },
    ]);
    const clarke = dataset.eventsById.get('edith-clarke-bucking-the-trend')!;
    expect(clarke.people).toEqual(['edith-clarke']);
    expect(clarke.quotes[0]!.text).toMatch(/^There is no demand for women engineers/);
  });
});

describe('fromCsv problems, in spreadsheet terms', () => {
  it('names row, headline and column, and reports all rows at once', () => {
    const text = csv([
      { Year: '1815', Headline: 'Fine' },
      { Year: '1815', Month: '13', Headline: 'Ada Lovelace' },
      { Month: '3', Headline: 'No year' },
      { Year: '1815', Month: '2', Day: '30', Headline: 'Short month' },
      { Year: '1815', Month: '2', Day: '3', Time: '25:00', Headline: 'Late' },
      { Year: '1900', 'End Year': '1800', Headline: 'Backwards' },
      { Year: '1900', Type: 'slide', Headline: 'Odd type' },
      { Year: '1900', Type: 'era', Headline: 'Open era' },
      { Year: '-13798000000', Headline: 'Big Bang' },
      { Year: 'abc', Headline: '' },
    ]);
    expect(problemsOf(text)).toEqual([
      'row 3 ("Ada Lovelace"), column Month: expected 1 to 12, got "13"',
      'row 4 ("No year"), column Year: required',
      'row 5 ("Short month"), column Day: expected 1 to 28, got "30"',
      'row 6 ("Late"), column Time: expected a time like 14:30 or 2:30 PM, got "25:00"',
      'row 7 ("Backwards"), column End Year: the end must not be before the start',
      'row 8 ("Odd type"), column Type: expected title, era or empty, got "slide"',
      'row 9 ("Open era"), column End Year: required for an era',
      'row 10 ("Big Bang"), column Year: expected a year from -9999 to 9999, got "-13798000000"',
      'row 11, column Year: expected a whole number, got "abc"',
    ]);
  });

  it('refuses a CSV without a Year column', () => {
    expect(problemsOf('Headline,Text\nA,B\n')).toEqual([
      'row 1: no Year column (columns are found by their header: Year, Month, Day, Headline, …)',
    ]);
  });
});

describe('fromCsv columns', () => {
  it('matches headers by name, any case and spacing, in any order, ignoring unknown columns', () => {
    const text =
      'HEADLINE, endyear ,Notes,year,MONTH,day,time,group\nLanding,,x,1969,7,20,20:17,Space\n';
    const result = fromCsv(text);
    if ('problems' in result) throw new Error(result.problems.join());
    expect(result.dataset.events[0]).toMatchObject({
      title: 'Landing',
      date: '1969-07-20T20:17',
      group: 'space',
    });
    expect(result.dataset.groups).toEqual([{ id: 'space', name: 'Space' }]);
  });

  it('reads Tag as the old name of Group, eras, times with AM/PM, BCE years and empty rows', () => {
    const header = 'Year,Month,Day,Time,End Year,Headline,Text,Type,Tag';
    const text = `${csv(
      [
        { Year: '-479', Headline: 'Thermopylae', Tag: 'Greece' },
        { Year: '79', Month: '8', Day: '24', Time: '1:00 PM', Headline: 'Vesuvius' },
        { Year: '-500', 'End Year': '-300', Type: 'era', Headline: 'Classical Greece' },
        { Year: '', Headline: '' },
      ],
      header,
    )}\r\n\r\n`;
    const result = convertAny(text);
    if ('problems' in result) throw new Error(result.problems.join());
    const { dataset } = result;
    expect(dataset.events.map((e) => [e.date, e.group])).toEqual([
      ['-0479', 'greece'],
      ['0079-08-24T13:00', undefined],
    ]);
    expect(dataset.eras).toEqual([
      {
        id: 'classical-greece',
        title: 'Classical Greece',
        start: '-0500',
        end: '-0300',
        sources: ['imported'],
      },
    ]);
  });
});

describe('fromCsv, as spreadsheets save it', () => {
  it('reads semicolons (Excel in many locales) as well as commas', () => {
    const result = convertAny('Year;Month;Headline;Text\n1815;12;Ada Lovelace;"Born; in London"\n');
    expect('dataset' in result && result.dataset.events[0]).toMatchObject({
      date: '1815-12',
      title: 'Ada Lovelace',
      summary: 'Born; in London',
    });
  });

  it('names the row of an unterminated quote', () => {
    const result = fromCsv('Year,Headline,Text\n1815,Ada,fine\n1816,Bad,"never closed\n');
    expect('problems' in result && result.problems).toEqual(['row 3: Quoted field unterminated']);
  });
});

describe('fromCsv properties', () => {
  it('never throws on any text', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('"', '""', ',', '\n', '\r\n', '<b>', '13', '-0', '1815'),
    );
    const line = fc.array(cell, { maxLength: 8 }).map((cells) => cells.join(','));
    const text = fc.array(line, { maxLength: 6 }).map((lines) => [HEADER, ...lines].join('\n'));
    fc.assert(
      fc.property(fc.oneof(fc.string(), text), (input) => {
        expect(() => fromCsv(input)).not.toThrow();
        expect(() => convertAny(input)).not.toThrow();
      }),
    );
  });

  it('keeps every dated row through convertAny and parseDataset, in order', () => {
    const row = fc.record({
      Year: fc.integer({ min: -9999, max: 9999 }).map(String),
      Month: fc.option(fc.integer({ min: 1, max: 12 }).map(String), { nil: '' }),
      Headline: fc.string(),
      Text: fc.string(),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
        const result = convertAny(csv(rows));
        if ('problems' in result) throw new Error(result.problems.join('\n'));
        const parsed = parseDataset(result.dataset);
        expect(parsed.ok).toBe(true);
        expect(result.dataset.events.map((e) => e.date)).toEqual(
          rows.map((r) => {
            const year = Number(r.Year);
            const iso =
              year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
            return r.Month ? `${iso}-${r.Month.padStart(2, '0')}` : iso;
          }),
        );
        expect(new Set(result.dataset.events.map((e) => e.id)).size).toBe(rows.length);
      }),
    );
  });
});
