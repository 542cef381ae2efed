// @vitest-environment node
// The command-line tools, run as a person runs them: a child process, its output and exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = join('node_modules', '.bin', 'tsx');
const run = (script: string, ...args: string[]) => {
  const result = spawnSync(TSX, [`scripts/${script}.ts`, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
};
const FIXTURES = 'test/fixtures/formats';
// Each run starts Node and tsx (about a second alone, several on a busy shared machine).
const SLOW = { timeout: 60_000 };

describe('npm run validate', SLOW, () => {
  it('says ok for each good file, in any format, and exits 0', () => {
    const files = [
      `${FIXTURES}/eras.json`,
      `${FIXTURES}/my-own-timeline.csv`,
      'src/data/kim-kanye.json',
    ];
    const { code, out } = run('validate', ...files);
    expect(out.trim().split('\n')).toEqual(files.map((f) => `${f}: ok`));
    expect(code).toBe(0);
  });

  it('prints FILE: place: message for every problem and exits 1 when any file has one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-'));
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'Year,Month,Headline\n1815,13,Ada Lovelace\n');
    const { code, out } = run(
      'validate',
      `${FIXTURES}/eras.json`,
      bad,
      `${FIXTURES}/cosmological.json`,
    );
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe(`${FIXTURES}/eras.json: ok`);
    expect(lines[1]).toBe(
      `${bad}: row 2 ("Ada Lovelace"), column Month: expected 1 to 12, got "13"`,
    );
    expect(lines[2]).toBe(
      `${FIXTURES}/cosmological.json: events[0].start_date.year: expected a year from -9999 to 9999, got "-13798000000"`,
    );
    expect(code).toBe(1);
  });

  it('exits 1 for a file it cannot read, and 2 without files', () => {
    expect(run('validate', 'no-such-file.json').code).toBe(1);
    expect(run('validate').code).toBe(2);
  });
});

describe('npm run convert', SLOW, () => {
  it('prints our JSON, which validate then accepts with every event', () => {
    const { code, out } = run('convert', `${FIXTURES}/group_sample.json`);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { events: unknown[]; groups: unknown[] };
    expect(json.events).toHaveLength(7);
    expect(json.groups).toHaveLength(4);
    const file = join(mkdtempSync(join(tmpdir(), 'convert-')), 'story.json');
    writeFileSync(file, out);
    expect(run('validate', file)).toMatchObject({ code: 0, out: `${file}: ok\n` });
  });

  it('writes problems to stderr and exits 1', () => {
    const { code, out, err } = run('convert', `${FIXTURES}/cosmological.json`);
    expect([code, out]).toEqual([1, '']);
    expect(err).toContain('events[3].end_date.year');
  });
});
