// The filter bar (CONTRACT §3, §4): people, years and search narrow the timeline and the list
// alike, say how many events pass, and live in the URL.
import type { Page } from '@playwright/test';
import { expect, openApp, readJson, statusLine, test, timeline } from './fixtures';
import type { DatasetJson } from '../../src/domain/datasetSchema';

const dataset = readJson<DatasetJson>('src/data/kim-kanye.json');
const total = dataset.events.length;
const nameOf = (id: string) => dataset.people.find((p) => p.id === id)!.name;
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"');
const yearOf = (date: string) => Number(date.slice(0, 4));

/** What the contract says should pass: ANY of the people, overlapping the years, every word. */
function expected(filter: { people?: string[]; from?: number; to?: number; q?: string }) {
  const words = fold(filter.q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return dataset.events
    .filter((e) => !filter.people?.length || e.people.some((p) => filter.people!.includes(p)))
    .filter((e) => filter.from === undefined || yearOf(e.end ?? e.date) >= filter.from)
    .filter((e) => filter.to === undefined || yearOf(e.date) <= filter.to)
    .filter((e) => {
      const text = fold([e.title, e.summary, ...e.quotes.map((q) => q.text)].join(' '));
      return words.every((w) => text.includes(w));
    })
    .map((e) => e.id);
}
const titleOf = (id: string) => dataset.events.find((e) => e.id === id)!.title;

const list = (page: Page) => page.getByRole('region', { name: /all events/i });
const status = statusLine;
const notice = (page: Page) =>
  page.locator('[aria-live="polite"], [role="status"]').filter({ hasText: /ignored/i });
const peopleGroup = (page: Page) => page.getByRole('group', { name: 'People' });
const person = (page: Page, id: string) =>
  peopleGroup(page).getByRole('checkbox', { name: nameOf(id), exact: true });
const fromYear = (page: Page) => page.getByRole('combobox', { name: 'From year' });
const toYear = (page: Page) => page.getByRole('combobox', { name: 'To year' });
const search = (page: Page) => page.getByRole('searchbox', { name: 'Search' });
const clearFilters = (page: Page) => page.getByRole('button', { name: 'Clear filters' });

const open = openApp;

/** The ids drawn as markers, and how many more events are folded into clusters ("3 events, 2012"). */
async function timelineContents(page: Page) {
  const ids = await timeline(page)
    .locator('[data-event-id]')
    .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.eventId!));
  const clusters = timeline(page).getByRole('button', { name: /^\d+ events?\b/ });
  let clustered = 0;
  for (const name of await clusters.evaluateAll((nodes) =>
    nodes.map((n) => n.getAttribute('aria-label') ?? n.textContent ?? ''),
  ))
    clustered += Number(/^\d+/.exec(name)?.[0] ?? 0);
  return { ids: ids.sort(), clustered };
}

/** The same events, as the timeline draws them and as the list names them, in order. */
async function expectShown(page: Page, ids: string[]) {
  await expect(status(page)).toHaveText(`${ids.length} of ${total} events`);
  // Every marker is one of them, and markers plus clustered events account for all of them.
  await expect
    .poll(async () => {
      const drawn = await timelineContents(page);
      return {
        strays: drawn.ids.filter((id) => !ids.includes(id)),
        count: drawn.ids.length + drawn.clustered,
      };
    })
    .toEqual({ strays: [], count: ids.length });
  await expect(list(page).getByRole('link')).toHaveText(ids.map(titleOf));
}

function param(page: Page, key: string): string | null {
  return new URL(page.url()).searchParams.get(key);
}

test.describe('People filter', () => {
  test('has a checkbox per person, by full name, none checked', async ({ page }) => {
    await open(page);
    for (const p of dataset.people) await expect(person(page, p.id)).not.toBeChecked();
    await expect(peopleGroup(page).getByRole('checkbox')).toHaveCount(dataset.people.length);
    await expectShown(
      page,
      dataset.events.map((e) => e.id),
    );
  });

  test('checking Kris Humphries leaves only his events', async ({ page }) => {
    await open(page);
    const ids = expected({ people: ['kris-humphries'] });
    expect(ids.length).toBeGreaterThan(0);
    await person(page, 'kris-humphries').check();
    await expectShown(page, ids);
    await expect(status(page)).toHaveText(`${ids.length} of ${total} events`);
    expect(param(page, 'people')).toBe('kris-humphries');
  });

  test('checking two people shows events with ANY of them', async ({ page }) => {
    await open(page);
    await person(page, 'kris-humphries').check();
    await person(page, 'north-west').check();
    const ids = expected({ people: ['kris-humphries', 'north-west'] });
    expect(ids.length).toBeGreaterThan(expected({ people: ['kris-humphries'] }).length);
    await expectShown(page, ids);
    expect(param(page, 'people')?.split(',').sort()).toEqual(['kris-humphries', 'north-west']);
  });

  test('unchecking the last person brings every event back', async ({ page }) => {
    await open(page, '?people=kris-humphries');
    await expect(person(page, 'kris-humphries')).toBeChecked();
    await person(page, 'kris-humphries').uncheck();
    await expect(status(page)).toHaveText(`${total} of ${total} events`);
    expect(param(page, 'people')).toBeNull();
  });
});

test.describe('Year filter', () => {
  test('2012–2013 shows exactly the events overlapping those years', async ({ page }) => {
    await open(page);
    await fromYear(page).selectOption('2012');
    await toYear(page).selectOption('2013');
    const ids = expected({ from: 2012, to: 2013 });
    await expectShown(page, ids);
    await expect(page).toHaveURL(/[?&]from=2012(&|$)/);
    await expect(page).toHaveURL(/[?&]to=2013(&|$)/);
  });

  test('a span counts when it overlaps the years', async ({ page }) => {
    await open(page);
    await fromYear(page).selectOption('2005');
    await toYear(page).selectOption('2008');
    const ids = expected({ from: 2005, to: 2008 });
    // Only spans reach into 2005–2008 in this dataset: they must not be dropped.
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => dataset.events.find((e) => e.id === id)!.end)).toBe(true);
    await expectShown(page, ids);
  });
});

test.describe('Search', () => {
  test('"Paris" finds the Paris event, marks the words, and goes into the URL', async ({
    page,
  }) => {
    await open(page);
    await search(page).fill('Paris');
    const ids = expected({ q: 'Paris' });
    expect(ids).toContain('paris-fashion-show');
    await expectShown(page, ids);
    const row = list(page)
      .getByRole('listitem')
      .filter({ hasText: titleOf('paris-fashion-show') });
    await expect(row.locator('mark').first()).toHaveText(/^paris$/i);
    // Debounced: the URL follows shortly after typing stops.
    await expect(page).toHaveURL(/[?&]q=Paris(&|$)/);
  });

  test('is case- and accent-insensitive', async ({ page }) => {
    await open(page);
    await search(page).fill('PÁRIS');
    await expectShown(page, expected({ q: 'paris' }));
  });

  test('with no match shows an empty state and a way out', async ({ page }) => {
    await open(page);
    await search(page).fill('zebracorn');
    await expect(status(page)).toHaveText(`0 of ${total} events`);
    await expect(page.getByText(/no events/i)).toBeVisible();
    await expect(clearFilters(page)).toBeVisible();
    await expect(timeline(page).locator('[data-event-id]')).toHaveCount(0);
    await clearFilters(page).click();
    await expect(status(page)).toHaveText(`${total} of ${total} events`);
  });
});

test.describe('Clear filters', () => {
  test('appears only while filtering and clears everything', async ({ page }) => {
    await open(page);
    await expect(clearFilters(page)).toHaveCount(0);
    await person(page, 'kim').check();
    await expect(clearFilters(page)).toBeVisible();
    await fromYear(page).selectOption('2011');
    await toYear(page).selectOption('2013');
    await search(page).fill('paris');
    await expect(page).toHaveURL(/q=paris/);

    await clearFilters(page).click();
    await expect(person(page, 'kim')).not.toBeChecked();
    await expect(fromYear(page)).toHaveValue(String(yearOf(dataset.range.start)));
    await expect(toYear(page)).toHaveValue(String(yearOf(dataset.range.end)));
    await expect(search(page)).toHaveValue('');
    await expect(status(page)).toHaveText(`${total} of ${total} events`);
    await expect(clearFilters(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/[?&](people|from|to|q)=/);
  });
});

test.describe('Filters in the URL', () => {
  test('survive a reload, controls included', async ({ page }) => {
    await open(page);
    await person(page, 'kim').check();
    await fromYear(page).selectOption('2011');
    await toYear(page).selectOption('2013');
    await search(page).fill('paris');
    await expect(page).toHaveURL(/q=paris/);
    const ids = expected({ people: ['kim'], from: 2011, to: 2013, q: 'paris' });

    await page.reload();
    await expect(person(page, 'kim')).toBeChecked();
    await expect(person(page, 'kanye')).not.toBeChecked();
    await expect(fromYear(page)).toHaveValue('2011');
    await expect(toYear(page)).toHaveValue('2013');
    await expect(search(page)).toHaveValue('paris');
    await expectShown(page, ids);
  });

  test('a shared link restores every control and the count', async ({ page }) => {
    await open(page, '?people=kim&from=2011&to=2012&q=paris');
    await expect(person(page, 'kim')).toBeChecked();
    for (const p of dataset.people.filter((p) => p.id !== 'kim'))
      await expect(person(page, p.id)).not.toBeChecked();
    await expect(fromYear(page)).toHaveValue('2011');
    await expect(toYear(page)).toHaveValue('2012');
    await expect(search(page)).toHaveValue('paris');
    await expectShown(page, expected({ people: ['kim'], from: 2011, to: 2012, q: 'paris' }));
    await expect(notice(page)).toHaveCount(0);
  });

  test('filter changes replace the history entry', async ({ page }) => {
    await open(page);
    const before = await page.evaluate(() => history.length);
    await person(page, 'kanye').check();
    await fromYear(page).selectOption('2010');
    await search(page).fill('wedding');
    await expect(page).toHaveURL(/q=wedding/);
    await person(page, 'kanye').uncheck();
    await expect(page).not.toHaveURL(/people=/);
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  test('empty people items are dropped silently', async ({ page }) => {
    await open(page, '?people=,,');
    await expect(status(page)).toHaveText(`${total} of ${total} events`);
    for (const p of dataset.people) await expect(person(page, p.id)).not.toBeChecked();
    await expect(notice(page)).toHaveCount(0);
  });

  test('an unknown person is named in a polite notice; the rest applies', async ({ page }) => {
    await open(page, '?people=nobody');
    await expect(notice(page)).toBeVisible();
    await expect(notice(page)).toContainText('nobody');
    await expect(status(page)).toHaveText(`${total} of ${total} events`);
    await expect(page).toHaveURL(/^[^?]*(\?(?!.*people=nobody).*)?$/);

    await open(page, '?people=nobody,kris-humphries');
    await expect(notice(page)).toContainText('nobody');
    await expect(person(page, 'kris-humphries')).toBeChecked();
    await expectShown(page, expected({ people: ['kris-humphries'] }));
  });
});
