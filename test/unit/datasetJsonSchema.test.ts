// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from '../../scripts/datasetJsonSchema';
import { convertAny } from '../../src/formats/convertAny';
import { bundledJsonCopy } from './testData';

// The JSON Schema editors get must agree with what the app accepts, for the shapes it can say.
const validate = new Ajv({ allErrors: true }).compile(datasetJsonSchema());
const errorsOf = (json: unknown) =>
  validate(json) ? [] : (validate.errors ?? []).map((e) => e.dataPath);

describe('dist/schema.json', () => {
  it('is a draft-07 schema with a title', () => {
    expect(datasetJsonSchema()).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: 'Timeline dataset',
      type: 'object',
    });
  });

  it('accepts the bundled dataset, with a "$schema" key, and every converted real file', () => {
    expect(errorsOf({ $schema: './schema.json', ...bundledJsonCopy() })).toEqual([]);
    for (const name of [
      'eras.json',
      'group_sample.json',
      'my-own-timeline.csv',
      'vis-groups-ordering.json',
    ]) {
      const result = convertAny(readFileSync(`test/fixtures/formats/${name}`, 'utf8'), name);
      if ('problems' in result) throw new Error(result.problems.join());
      expect(errorsOf(result.dataset), name).toEqual([]);
    }
  });

  it.each<[string, (json: ReturnType<typeof bundledJsonCopy>) => void, string]>([
    ['a bad date', (j) => (j.events[0]!.date = '12 May 2012'), '.events[0].date'],
    ['a bad id', (j) => (j.events[0]!.id = 'First Meeting'), '.events[0].id'],
    [
      'a javascript: media URL',
      (j) => Object.assign(j.events[0]!, { media: { url: 'javascript:alert(1)' } }),
      '.events[0].media.url',
    ],
    [
      'a relative media URL (allowed)',
      (j) => Object.assign(j.events[0]!, { media: { url: 'img/a.jpg' } }),
      '',
    ],
    ['a missing title', (j) => delete (j as Partial<typeof j>).title, ''],
  ])('%s', (_name, breakIt, path) => {
    const json = bundledJsonCopy();
    breakIt(json);
    const errors = errorsOf(json);
    if (_name.includes('allowed')) expect(errors).toEqual([]);
    else expect(errors).toContain(path);
  });
});
