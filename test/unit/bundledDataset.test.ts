// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import bundledJson from '../../src/data/kim-kanye.json';
import { parsePartialDate, startOf } from '../../src/domain/partialDate';

// The dataset's claims checked against the article it is built from (CONTRACT §2).

const article = readFileSync(resolve(process.cwd(), 'src/data/sources/article.txt'), 'utf8');

/** Typographic quotes to straight ones, runs of white space to one space. */
const norm = (text: string) =>
  text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

const quotes = bundledJson.events.flatMap((event) =>
  event.quotes.map((quote) => ({ event: event.id, ...quote })),
);

/**
 * Every quotation in the article said by Kim or Kanye, listed by hand (the article's own
 * quotation marks are inconsistent: one closes with “). The show's title and the "Jesus Walks"
 * song title are quoted too, but nobody says them.
 */
const ARTICLE_QUOTES: [speaker: string, text: string][] = [
  ['kim', 'I met Kanye in 2002'],
  [
    'kim',
    "He would ask everyone like who I was, and they always said like, ‘Oh she, you know, has a boyfriend.'",
  ],
  ['kim', 'We just always kept on connecting and coming into each other’s lives.'],
  [
    'kim',
    'And then he invited me to Paris to his fashion show and then that’s when it like happened. That’s when we started our relationship,',
  ],
  ['kim', "Then I was like, ‘Sh*t, why didn’t this happen sooner?'"],
  ['kim', 'It was just right.'],
  [
    'kim',
    'Everyone would tell him, ‘You can’t be with her. She’s a reality star. She’s going to sink your career,’',
  ],
  ['kim', 'And he was just like, ‘But I love her. Like, I don’t care.’'],
  [
    'kanye',
    'Anytime I was around her or I saw her, it was a magnetic attraction to this force of energy,',
  ],
  ['kanye', 'She was good, pure, happy, loving, brave, courageous, strong,'],
];

describe('the bundled dataset', () => {
  it.each(quotes.map((q) => [q.event, q.text]))(
    '%s: quote occurs word for word in the article: %s',
    (_event, text) => {
      expect(norm(article)).toContain(norm(text));
    },
  );

  it('the hand-made list of article quotes is itself in the article', () => {
    for (const [, text] of ARTICLE_QUOTES) expect(norm(article)).toContain(norm(text));
  });

  it.each(ARTICLE_QUOTES)('has the article quote by %s: %s', (speaker, text) => {
    // A comma before the closing mark belongs to the "…,” she said" around it, not the quote.
    const words = norm(text).replace(/,$/, '');
    const match = quotes.find((q) => norm(q.text).includes(words));
    expect(match, 'quote missing from the dataset').toBeDefined();
    expect(match!.speaker).toBe(speaker);
  });

  it('has no quotes beyond those in the article', () => {
    expect(quotes).toHaveLength(ARTICLE_QUOTES.length);
  });

  it('every quote was said in 2019 and cites the article', () => {
    for (const q of quotes) {
      expect(q.said).toBe('2019');
      expect(q.source).toBe('article');
    }
  });

  it('every event cites at least one source', () => {
    for (const event of bundledJson.events) expect(event.sources.length).toBeGreaterThan(0);
  });

  it('lists events in date order', () => {
    const starts = bundledJson.events.map((e) => startOf(parsePartialDate(e.date)!));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('has the four eras of the story, in order, each citing a source', () => {
    const eras = bundledJson.eras;
    expect(eras.map((e) => e.id)).toEqual(['friends', 'humphries-marriage', 'couple', 'married']);
    const sourceIds = new Set(bundledJson.sources.map((s) => s.id));
    for (const era of eras) {
      expect(era.sources.length, era.id).toBeGreaterThan(0);
      for (const id of era.sources) expect(sourceIds.has(id), id).toBe(true);
    }
  });

  it('dates the eras as the article and the public record do', () => {
    const era = (id: string) => bundledJson.eras.find((e) => e.id === id)!;
    // "I met Kanye in 2002" … "officially started dating in 2012".
    expect(norm(article)).toContain('I met Kanye in 2002');
    expect(norm(article)).toContain('officially started dating in 2012');
    expect([era('friends').start, era('friends').end]).toEqual(['2002', '2011']);
    expect(era('couple').start).toBe('2012');
    // facts.md: married 2011-08-20, filed for divorce 72 days later; the wedding on 2014-05-24.
    expect([era('humphries-marriage').start, era('humphries-marriage').end]).toEqual([
      '2011-08-20',
      '2011-10-31',
    ]);
    expect(era('married').start).toBe('2014-05-24');
    expect(era('couple').end).toBe('2014-05-23');
  });

  it('eras dated finer than a year cite the public record', () => {
    const fine = bundledJson.eras.filter((e) => e.start.length > 4 || e.end.length > 4);
    expect(fine.length).toBeGreaterThan(0);
    for (const era of fine) expect(era.sources, era.id).toContain('public-record');
  });

  it('uses URL-safe slugs for every id', () => {
    const ids = [
      ...bundledJson.people.map((p) => p.id),
      ...bundledJson.sources.map((s) => s.id),
      ...bundledJson.events.map((e) => e.id),
      ...bundledJson.eras.map((e) => e.id),
    ];
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('events dated finer than a year cite the public record (the article gives only years)', () => {
    const fine = bundledJson.events.filter(
      (e) => parsePartialDate(e.date)!.precision !== 'year' || (e.end && e.end.length > 4),
    );
    expect(fine.length).toBeGreaterThan(0);
    for (const event of fine) expect(event.sources, event.id).toContain('public-record');
  });
});
