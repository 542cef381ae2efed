// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertAny } from '../../src/formats/convertAny';
import { detectFormat } from '../../src/formats/detectFormat';
import { bundledJsonCopy } from './testData';

const fixture = (name: string) => readFileSync(`test/fixtures/formats/${name}`, 'utf8');
const formatOf = (text: string) => {
  const detected = detectFormat(text);
  return 'format' in detected ? detected.format : detected.problem;
};

describe('detectFormat, by content alone', () => {
  it.each([
    ['eras.json', 'timelinejs'],
    ['group_sample.json', 'timelinejs'],
    ['years.json', 'timelinejs'],
    ['my-own-timeline.csv', 'csv'],
    ['vis-basic.json', 'vis'],
    ['vis-groups-ordering.json', 'vis'],
  ])('%s is %s', (name, format) => {
    expect(formatOf(fixture(name))).toBe(format);
  });

  it('reads our own dataset as ours, with or without a byte-order mark', () => {
    const text = JSON.stringify(bundledJsonCopy());
    expect(formatOf(text)).toBe('dataset');
    expect(formatOf(`\uFEFF${text}`)).toBe('dataset');
  });

  it('ignores the file name: a CSV called .json is still read as CSV', () => {
    const result = convertAny(fixture('my-own-timeline.csv'), 'story.json');
    expect('dataset' in result && result.dataset.events.length).toBe(10);
  });

  it.each([
    ['{"title": {"text": {"headline": "Only a title"}}}', 'timelinejs'],
    ['{"events": [{"start_date": {"year": 1}}], "range": {}}', 'timelinejs'],
    ['{"events": [{"date": "2001"}]}', 'dataset'],
    ['{"people": []}', 'dataset'],
    ['{"sources": []}', 'dataset'],
    ['{"range": {}, "items": []}', 'dataset'],
    ['{"items": []}', 'vis'],
    ['{"items": [], "title": "vis has no title slide"}', 'vis'],
    ['  \n [{"start": "2014-04-20", "content": "a"}]', 'vis'],
    ['\uFEFFYear,Headline\n2001,A\n', 'csv'],
    ['year , HEADLINE\n2001,A\n', 'csv'],
  ])('%j is %s, by its keys', (text, format) => {
    expect(formatOf(text)).toBe(format);
  });

  it.each([
    ['{"events": [', /^\(root\): not valid JSON/],
    ['{"hello": "world"}', /^\(root\): not a format we read/],
    ['[1, 2, 3]', /^\(root\): not a format we read/],
    ['[{"content": "no start"}]', /^\(root\): not a format we read/],
    ['[]', /^\(root\): not a format we read/],
    ['"just a string"', /^row 1: not a format we read/],
    ['{"title": "plain", "events": [{"headline": "x"}]}', /^\(root\): not a format we read/],
    ['Year,Text\n2001,A\n', /^row 1: not a format we read/],
    ['Name,Born\nAda,1815\n', /^row 1: not a format we read/],
    ['', /^row 1: not a format we read/],
  ])('refuses %j, saying what it expected', (text, message) => {
    expect(formatOf(text)).toMatch(message);
  });
});

describe('convertAny', () => {
  it('passes our own dataset through the same checks', () => {
    const good = convertAny(JSON.stringify(bundledJsonCopy()));
    expect('dataset' in good && good.dataset.events).toHaveLength(10);
    const json = bundledJsonCopy();
    json.events[3]!.date = '2012-13';
    expect(convertAny(JSON.stringify(json))).toEqual({
      problems: ['events[3].date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "2012-13"'],
    });
  });

  it('hands on what detection says of a file it cannot read, as the one problem', () => {
    const detected = detectFormat('Name,Born\nAda,1815\n');
    expect('problem' in detected).toBe(true);
    expect(convertAny('Name,Born\nAda,1815\n', 'people.csv')).toEqual({
      problems: ['problem' in detected ? detected.problem : ''],
    });
    expect(convertAny('{"not": "json"')).toEqual({
      problems: [expect.stringMatching(/^\(root\): not valid JSON: /)],
    });
  });
});
