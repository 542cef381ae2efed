// A deterministic synthetic dataset in the app's schema (CONTRACT §2), so the benchmark loads the
// same 1,000 or 10,000 events on every run and numbers stay comparable between commits.
// CLI: `node test/bench/generateDataset.mjs 1000 [seed] > /tmp/x.json`

const FIRST_YEAR = 2002;
const LAST_YEAR = 2014;
const DAY_MS = 86_400_000;

const NAMES = [
  ['Avery Quinn', 'singer'],
  ['Blake Morgan', 'producer'],
  ['Casey Rivera', 'designer'],
  ['Devon Brooks', 'host'],
  ['Emery Walsh', 'athlete'],
  ['Finley Hart', 'manager'],
  ['Gray Ellison', 'photographer'],
  ['Harper Lane', 'actor'],
  ['Indigo Reyes', 'stylist'],
  ['Jordan Pike', 'publicist'],
  ['Kai Sutton', 'director'],
  ['Logan Ames', 'journalist'],
];
const PUBLISHERS = ['Daily Ledger', 'Evening Post', 'Weekly Review', 'City Wire', 'Style Monthly'];
const TAGS = ['music', 'fashion', 'television', 'business', 'family', 'award', 'tour', 'interview'];
const WORDS = (
  'album launch party show stage record deal studio tour interview cover shoot gala award ' +
  'premiere release contract studio charity wedding trip concert campaign episode season ' +
  'collection runway magazine single video court statement announcement festival'
).split(' ');

/** mulberry32: tiny, fast and good enough to make reproducible test data. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const slugify = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const pad = (n, width = 2) => String(n).padStart(width, '0');

function format(date, precision) {
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  if (precision === 'year') return String(y);
  if (precision === 'month') return `${y}-${pad(m)}`;
  return `${y}-${pad(m)}-${pad(d)}`;
}

// The end is a whole number of units after the start at the same precision, so it begins after
// the start's whole period (2012-03 .. 2012-05, never 2012-03 .. 2012-03-15) and no reader can
// argue it overlaps. Spans that would run past the last year are cut short or dropped.
function spanEnd(start, precision, rand) {
  const last = Date.UTC(LAST_YEAR, 11, 31);
  if (precision === 'day') {
    const days = 1 + Math.floor(rand() * 730);
    const end = Math.min(start.getTime() + days * DAY_MS, last);
    return end > start.getTime() ? new Date(end) : null;
  }
  const units = precision === 'month' ? 1 + Math.floor(rand() * 24) : 1 + Math.floor(rand() * 2);
  const end = new Date(start);
  if (precision === 'month') end.setUTCMonth(end.getUTCMonth() + units);
  else end.setUTCFullYear(end.getUTCFullYear() + units);
  if (end.getTime() <= last) return end;
  if (
    precision === 'month' &&
    start.getUTCFullYear() * 12 + start.getUTCMonth() < LAST_YEAR * 12 + 11
  ) {
    return new Date(Date.UTC(LAST_YEAR, 11, 1));
  }
  if (precision === 'year' && start.getUTCFullYear() < LAST_YEAR)
    return new Date(Date.UTC(LAST_YEAR, 0, 1));
  return null;
}

export function generateDataset(n, seed = 1) {
  const rand = mulberry32(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const pickSome = (list, min, max) => {
    const count = min + Math.floor(rand() * (max - min + 1));
    return [...new Set(Array.from({ length: count }, () => pick(list)))];
  };
  const words = (count) => Array.from({ length: count }, () => pick(WORDS)).join(' ');
  const sentence = (count) => {
    const text = words(count);
    return text[0].toUpperCase() + text.slice(1) + '.';
  };

  const people = NAMES.map(([name, role]) => ({ id: slugify(name), name, role }));
  const sources = Array.from({ length: 24 }, (_, i) => {
    const id = `source-${pad(i + 1)}`;
    const publisher = PUBLISHERS[i % PUBLISHERS.length];
    return {
      id,
      title: `${sentence(4).slice(0, -1)} (${publisher})`,
      publisher,
      url: `https://example.org/${id}`,
    };
  });
  const personIds = people.map((p) => p.id);
  const sourceIds = sources.map((s) => s.id);

  const first = Date.UTC(FIRST_YEAR, 0, 1);
  const dayCount = Math.round((Date.UTC(LAST_YEAR, 11, 31) - first) / DAY_MS) + 1;
  const drafts = Array.from({ length: n }, () => {
    const r = rand();
    const precision = r < 0.7 ? 'day' : r < 0.9 ? 'month' : 'year';
    const start = new Date(first + Math.floor(rand() * dayCount) * DAY_MS);
    // Truncate to the precision so sorting by `start` is sorting by the partial date's first instant.
    if (precision !== 'day') start.setUTCDate(1);
    if (precision === 'year') start.setUTCMonth(0);
    const end = rand() < 0.15 ? spanEnd(start, precision, rand) : null;
    return { start, precision, end };
  });
  drafts.sort((a, b) => a.start - b.start);

  const events = drafts.map(({ start, precision, end }, i) => {
    const eventPeople = pickSome(personIds, 1, 3);
    const eventSources = pickSome(sourceIds, 1, 2);
    const quoteCount = Math.floor(rand() * 3);
    const quotes = Array.from({ length: quoteCount }, () => ({
      text: sentence(8 + Math.floor(rand() * 12)),
      speaker: pick(eventPeople),
      said: '2019',
      source: pick(eventSources),
    }));
    return {
      id: `e-${pad(i, 6)}`,
      date: format(start, precision),
      ...(end ? { end: format(end, precision) } : {}),
      title: sentence(3 + Math.floor(rand() * 4)).slice(0, -1),
      summary: `${sentence(10 + Math.floor(rand() * 15))} ${sentence(6 + Math.floor(rand() * 10))}`,
      people: eventPeople,
      tags: pickSome(TAGS, 1, 3),
      sources: eventSources,
      quotes,
    };
  });

  return {
    title: `Synthetic benchmark timeline (${n} events)`,
    description: `Generated by test/bench/generateDataset.mjs with seed ${seed}; not real events.`,
    range: { start: String(FIRST_YEAR), end: String(LAST_YEAR) },
    people,
    sources,
    events,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 1000);
  const seed = Number(process.argv[3] ?? 1);
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(seed)) {
    console.error('usage: node test/bench/generateDataset.mjs <count> [seed] > out.json');
    process.exit(2);
  }
  process.stdout.write(JSON.stringify(generateDataset(n, seed), null, 2) + '\n');
}
