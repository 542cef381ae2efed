// The event popover and links to it (CONTRACT §3, §4): what it shows, how it opens and closes,
// how it lives in history, and how a copied link brings a person back to the same place.
import type { Browser, Locator, Page } from '@playwright/test';
import {
  DAY_MS,
  canvas,
  currentView,
  escapeRegExp,
  parseView,
  viewParam,
  expect,
  openApp,
  readJson,
  statusLine,
  test,
  timeline,
  waitReady,
  settledViewParam,
} from './fixtures';
import type { DatasetJson } from '../../src/domain/datasetSchema';

const dataset = readJson<DatasetJson>('src/data/kim-kanye.json');
const total = dataset.events.length;
const nameOf = (id: string) => dataset.people.find((p) => p.id === id)!.name;
const eventById = (id: string) => dataset.events.find((e) => e.id === id)!;
/** Chronological order, as the app steps through it (the file is sorted; ties keep file order). */
const ordered = dataset.events
  .map((e, i) => ({ e, i }))
  .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
  .map(({ e }) => e);
const PARIS = eventById('paris-fashion-show');

const list = (page: Page) => page.getByRole('region', { name: /all events/i });
const status = statusLine;
const notice = (page: Page) =>
  page.locator('[aria-live="polite"], [role="status"]').filter({ hasText: /ignored/i });
const dialog = (page: Page, title?: string) =>
  title === undefined
    ? page.getByRole('dialog')
    : page.getByRole('dialog', { name: title, exact: true });
/** An event's button on the timeline: its accessible name begins with the title. */
const eventButton = (page: Page, id: string) =>
  timeline(page).getByRole('button', { name: new RegExp(`^${escapeRegExp(eventById(id).title)}`) });
const listLink = (page: Page, id: string) =>
  list(page).getByRole('link', { name: eventById(id).title, exact: true });
const person = (page: Page, id: string) =>
  page.getByRole('group', { name: 'People' }).getByRole('checkbox', { name: nameOf(id) });

const open = openApp;

/** An event button that is drawn, never folded into a cluster, at the default view. */
async function drawnEventId(page: Page): Promise<string> {
  const first = timeline(page).locator('[data-event-id]').first();
  await expect(first).toBeVisible();
  return (await first.getAttribute('data-event-id'))!;
}

function param(page: Page, key: string): string | null {
  return new URL(page.url()).searchParams.get(key);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A whole text node holding the date as the source knows it: "2012" alone, "Oct 2013",
 * "24 May 2014" (or "May 24, 2014").
 */
function datePattern(iso: string): RegExp {
  const [y, m, d] = iso.split('-');
  if (!m) return new RegExp(`^${y}$`);
  const month = `(${MONTHS[Number(m) - 1]}|${LONG_MONTHS[Number(m) - 1]})`;
  if (!d) return new RegExp(`^${month}\\.? ${y}$`);
  const day = String(Number(d));
  return new RegExp(`^(${day} ${month}\\.?,? ${y}|${month}\\.? ${day}, ${y})$`);
}

test.describe('What the popover shows', () => {
  test('title, date at its precision, summary, people, quotes with speaker and source', async ({
    page,
  }) => {
    await open(page, `?event=${PARIS.id}`);
    const box = dialog(page, PARIS.title);
    await expect(box).toBeVisible();
    await expect(box.getByText(datePattern(PARIS.date))).toBeVisible();
    // Year precision: never an invented day or month.
    await expect(box).not.toContainText(/Jan(uary)?\.? 2012/);
    await expect(box).toContainText(PARIS.summary);
    for (const id of PARIS.people) await expect(box).toContainText(nameOf(id));

    const quotes = box.getByRole('blockquote');
    await expect(quotes).toHaveCount(PARIS.quotes.length);
    for (const [i, quote] of PARIS.quotes.entries()) {
      const block = quotes.nth(i);
      await expect(block).toContainText(quote.text);
      await expect(block).toContainText(nameOf(quote.speaker));
      const source = dataset.sources.find((s) => s.id === quote.source)!;
      await expect(block).toContainText(source.title);
    }
    await expect(box.getByRole('button', { name: 'Copy link' })).toBeVisible();
    await expect(box.getByRole('button', { name: 'Close' })).toBeVisible();
  });

  test('a day-precision event shows its day', async ({ page }) => {
    const event = dataset.events.find((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date) && !e.end)!;
    await open(page, `?event=${event.id}`);
    await expect(dialog(page, event.title).getByText(datePattern(event.date))).toBeVisible();
  });
});

test.describe('Opening and closing', () => {
  test('a click opens it; Escape closes it and focus returns to the event', async ({ page }) => {
    await open(page);
    const id = await drawnEventId(page);
    await eventButton(page, id).click();
    await expect(dialog(page, eventById(id).title)).toBeVisible();
    expect(param(page, 'event')).toBe(id);
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
    await expect(eventButton(page, id)).toBeFocused();
    expect(param(page, 'event')).toBeNull();
  });

  for (const key of ['Enter', 'Space']) {
    test(`${key} on a focused event opens it`, async ({ page }) => {
      await open(page);
      const id = await drawnEventId(page);
      await eventButton(page, id).focus();
      await page.keyboard.press(key === 'Space' ? ' ' : key);
      await expect(dialog(page, eventById(id).title)).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog(page)).toHaveCount(0);
      await expect(eventButton(page, id)).toBeFocused();
    });
  }

  test('the Close button closes it and focus returns to the event', async ({ page }) => {
    await open(page);
    const id = await drawnEventId(page);
    await eventButton(page, id).click();
    await dialog(page, eventById(id).title).getByRole('button', { name: 'Close' }).click();
    await expect(dialog(page)).toHaveCount(0);
    await expect(eventButton(page, id)).toBeFocused();
  });

  test('list rows open the same popover', async ({ page }) => {
    await open(page);
    await listLink(page, PARIS.id).click();
    await expect(dialog(page, PARIS.title)).toBeVisible();
    expect(param(page, 'event')).toBe(PARIS.id);
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
    await expect(listLink(page, PARIS.id)).toBeFocused();
  });

  test('Previous event and Next event step through the events', async ({ page }) => {
    const at = ordered.findIndex((e) => e.id === PARIS.id);
    const before = ordered[at - 1]!;
    const after = ordered[at + 1]!;
    await open(page, `?event=${PARIS.id}`);
    await dialog(page, PARIS.title).getByRole('button', { name: 'Next event' }).click();
    await expect(dialog(page, after.title)).toBeVisible();
    expect(param(page, 'event')).toBe(after.id);
    await dialog(page, after.title).getByRole('button', { name: 'Previous event' }).click();
    await dialog(page, PARIS.title).getByRole('button', { name: 'Previous event' }).click();
    await expect(dialog(page, before.title)).toBeVisible();
    expect(param(page, 'event')).toBe(before.id);
  });

  test('the first and last events cannot step past the ends', async ({ page }) => {
    await open(page, `?event=${ordered[0]!.id}`);
    await expect(
      dialog(page, ordered[0]!.title).getByRole('button', { name: 'Previous event' }),
    ).toBeDisabled();
    const last = ordered[ordered.length - 1]!;
    await open(page, `?event=${last.id}`);
    await expect(
      dialog(page, last.title).getByRole('button', { name: 'Next event' }),
    ).toBeDisabled();
  });
});

test.describe('History', () => {
  test('opening pushes an entry: Back closes, Forward reopens', async ({ page }) => {
    await open(page);
    const id = await drawnEventId(page);
    const length = await page.evaluate(() => history.length);
    await eventButton(page, id).click();
    await expect(dialog(page, eventById(id).title)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`[?&]event=${id}(&|$)`));
    expect(await page.evaluate(() => history.length)).toBe(length + 1);

    await page.goBack();
    await expect(dialog(page)).toHaveCount(0);
    expect(param(page, 'event')).toBeNull();
    await page.goForward();
    await expect(dialog(page, eventById(id).title)).toBeVisible();
    expect(param(page, 'event')).toBe(id);
  });

  test('closing never leaves an entry that Back would reopen', async ({ page }) => {
    await open(page);
    const id = await drawnEventId(page);
    for (const close of ['button', 'Escape'] as const) {
      await eventButton(page, id).click();
      const box = dialog(page, eventById(id).title);
      await expect(box).toBeVisible();
      if (close === 'button') await box.getByRole('button', { name: 'Close' }).click();
      else await page.keyboard.press('Escape');
      await expect(dialog(page)).toHaveCount(0);
      expect(param(page, 'event')).toBeNull();
    }
    // Back leaves the page or lands on an entry without the event: either way, no popover.
    await page.goBack();
    // If Back stayed in the app, whatever it does is done once it has drawn two more frames.
    if (/^https?:/.test(page.url())) {
      await waitReady(page);
      await nextFrames(page);
    }
    await expect(page).not.toHaveURL(/[?&]event=/);
    await expect(dialog(page)).toHaveCount(0);
  });

  test('closing a popover opened by a shared link does not reopen on Back', async ({ page }) => {
    await page.goto('/?people=kim');
    await expect(timeline(page)).toBeVisible();
    await page.goto(`/?event=${PARIS.id}`);
    await expect(dialog(page, PARIS.title)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
    expect(param(page, 'event')).toBeNull();
    await page.goBack();
    await expect(timeline(page)).toBeVisible();
    await expect(page).not.toHaveURL(/[?&]event=/);
    await expect(dialog(page)).toHaveCount(0);
  });
});

test.describe('Links', () => {
  test('?event=<id> opens that popover on load', async ({ page }) => {
    await open(page, `?event=${PARIS.id}`);
    await expect(dialog(page, PARIS.title)).toBeVisible();
    await expect(notice(page)).toHaveCount(0);
  });

  /** Copy the open popover's link; open it in a fresh browser; expect the same event, filters, window. */
  async function copyAndReopen(page: Page, browser: Browser) {
    const box = dialog(page, PARIS.title);
    await expect(box).toBeVisible();
    await box.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^https?:\/\//);
    await settledView(page);
    const view = currentView(page);
    expect(view, 'the window was zoomed before copying').not.toBeNull();
    const copiedView = new URL(copied).searchParams.get('view');
    expect(copiedView, 'the copied link carries the window').not.toBeNull();
    const inCopy = parseView(copiedView!);
    expect(Math.abs(inCopy.start - view!.start)).toBeLessThanOrEqual(DAY_MS);
    expect(Math.abs(inCopy.end - view!.end)).toBeLessThanOrEqual(DAY_MS);
    const count = await status(page).textContent();
    const drawn = await drawnIds(page);

    const fresh = await browser.newContext({ viewport: page.viewportSize() });
    try {
      const other = await fresh.newPage();
      await other.goto(copied);
      await waitReady(other);
      await expect(dialog(other, PARIS.title)).toBeVisible();
      await expect(person(other, 'kim')).toBeChecked();
      await expect(status(other)).toHaveText(count!);
      // The same window, to within a day.
      await expect
        .poll(() => {
          const there = currentView(other);
          return (
            there && Math.max(Math.abs(there.start - view!.start), Math.abs(there.end - view!.end))
          );
        })
        .toBeLessThanOrEqual(DAY_MS);
      expect(await drawnIds(other)).toEqual(drawn);
    } finally {
      await fresh.close();
    }
  }

  /** Wait until a zoom has finished writing the URL: the same `view` twice, 400 ms apart. */
  async function settledView(page: Page) {
    let last: string | null = null;
    await expect
      .poll(
        async () => {
          const now = viewParam(page);
          const stable = now !== null && now === last;
          last = now;
          return stable;
        },
        { intervals: [400], timeout: 10_000 },
      )
      .toBe(true);
  }

  const drawnIds = (page: Page) =>
    timeline(page)
      .locator('[data-event-id]')
      .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.eventId).sort());

  test('Copy link gives a link that restores the event, the filters and the zoomed window', async ({
    page,
    context,
    browser,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page);
    await person(page, 'kim').check();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page).toHaveURL(/[?&]view=/);
    await settledView(page);
    await listLink(page, PARIS.id).click();
    await copyAndReopen(page, browser);
  });

  test('Copy link keeps a window that came from a link', async ({ page, context, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, '?view=2011-06..2013-06');
    await person(page, 'kim').check();
    await listLink(page, PARIS.id).click();
    await copyAndReopen(page, browser);
  });

  test('a half-bad link still opens the event, applies the rest, and says what was ignored', async ({
    page,
  }) => {
    await open(page, `?event=${PARIS.id}&from=abc&people=kim,nobody`);
    await expect(dialog(page, PARIS.title)).toBeVisible();
    await expect(person(page, 'kim')).toBeChecked();
    const kims = dataset.events.filter((e) => e.people.includes('kim')).length;
    await expect(status(page)).toHaveText(`${kims} of ${total} events`);
    await expect(notice(page)).toBeVisible();
    await expect(notice(page)).toContainText('abc');
    await expect(notice(page)).toContainText('nobody');

    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
    await notice(page)
      .getByRole('button', { name: /dismiss/i })
      .click();
    await expect(notice(page)).toHaveCount(0);
  });

  test('a link to an event the filters hide still opens it, and says it is hidden', async ({
    page,
  }) => {
    const event = dataset.events.find((e) => !e.people.includes('north-west'))!;
    await open(page, `?event=${event.id}&people=north-west`);
    await expect(dialog(page, event.title)).toBeVisible();
    await expect(person(page, 'north-west')).toBeChecked();
    const hidden = page.getByText(/hidden by (a|the|the current) filters?/i);
    await expect(hidden).toBeVisible();
    await page.keyboard.press('Escape');
    await page
      .getByRole('button', { name: /show all events|clear filters/i })
      .first()
      .click();
    await expect(status(page)).toHaveText(`${total} of ${total} events`);
  });

  test('an unknown event id shows the notice and no popover', async ({ page }) => {
    await open(page, '?event=no-such-event');
    await expect(notice(page)).toBeVisible();
    await expect(notice(page)).toContainText('no-such-event');
    await expect(dialog(page)).toHaveCount(0);
    await expect(status(page)).toHaveText(`${total} of ${total} events`);
  });
});

test.describe('Static event pages', () => {
  test('e/<id>/ has its own title and preview meta', async ({ request }) => {
    const response = await request.get(`/e/${PARIS.id}/`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    const decode = (text: string) =>
      text
        .replace(/&quot;/g, '"')
        .replace(/&#39;|&#x27;|&apos;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    const meta = (property: string) => {
      const tag = new RegExp(`<meta[^>]+(?:property|name)="${property}"[^>]*>`, 'i').exec(html);
      return decode(/content="([^"]*)"/i.exec(tag?.[0] ?? '')?.[1] ?? '');
    };
    const title = decode(/<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '');
    expect(title).toContain(PARIS.title);
    expect(meta('og:title')).toContain(PARIS.title);
    const description = meta('og:description');
    // About this event: its summary, or one of its quotes.
    const fold = (text: string) => text.replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ');
    const candidates = [PARIS.summary, ...PARIS.quotes.map((q) => q.text)];
    expect(candidates.some((text) => fold(description).includes(fold(text).slice(0, 40)))).toBe(
      true,
    );
  });

  test('e/<id>/ opens the app with that popover', async ({ page }) => {
    await page.goto(`/e/${PARIS.id}/`);
    await expect(timeline(page)).toBeVisible();
    await expect(dialog(page, PARIS.title)).toBeVisible();
    await expect(status(page)).toHaveText(`${total} of ${total} events`);
  });
});

test.describe('Small screens', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('at 360 px the popover is fully on screen', async ({ page }) => {
    for (const query of [`?event=${PARIS.id}`, `?event=${ordered[0]!.id}`]) {
      await open(page, query);
      const box = dialog(page);
      await expect(box).toBeVisible();
      await expect
        .poll(async () => {
          const rect = (await box.boundingBox())!;
          return (
            rect.x >= 0 && rect.y >= 0 && rect.x + rect.width <= 360 && rect.y + rect.height <= 780
          );
        })
        .toBe(true);
    }
  });

  test.describe('on a touchscreen', () => {
    test.use({ hasTouch: true });

    test('at 360 px an event tapped on the timeline opens as a bottom sheet on screen', async ({
      page,
    }) => {
      await open(page);
      const id = await drawnEventId(page);
      await eventButton(page, id).tap();
      const box = dialog(page, eventById(id).title);
      await expect(box).toBeVisible();
      await expect.poll(() => bottomSheet(page, box)).toBeNull();
    });
  });
});

test.describe('Closing keeps the window the reader set', () => {
  const LATER = ordered.find((e) => e.id === 'north-west-born')!;

  /** Zoom in with the wheel about `x`, over a part of the canvas the popover leaves free. */
  async function wheelZoomInAt(page: Page, x: number) {
    const point = await uncoveredCanvasPoint(page, x);
    const before = viewParam(page);
    await page.mouse.move(point.x, point.y);
    await page.mouse.wheel(0, -200);
    await expect.poll(() => viewParam(page)).not.toBe(before);
  }

  /** The marker's horizontal centre on screen. */
  async function centreX(locator: Locator): Promise<number> {
    const box = (await locator.boundingBox())!;
    return box.x + box.width / 2;
  }

  test('zoom while an event is open, then Close: the zoom stays and focus is on the event', async ({
    page,
  }) => {
    await open(page, '?view=2011..2014');
    const marker = eventButton(page, PARIS.id);
    await marker.click();
    await expect(dialog(page, PARIS.title)).toBeVisible();
    const opened = await settledViewParam(page);

    await wheelZoomInAt(page, await centreX(marker));
    const zoomed = await settledViewParam(page);
    expect(zoomed).not.toBe(opened);
    const axis = await axisDrawing(page);

    await dialog(page, PARIS.title).getByRole('button', { name: 'Close' }).click();
    await expect(dialog(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/[?&]event=/);
    expect(await settledViewParam(page)).toBe(zoomed);
    expect(await axisDrawing(page)).toBe(axis);
    await expect.poll(() => focusedThing(page)).toBe(await expectedFocus(page, PARIS.id));
  });

  test('step with Next to a later event, then Close: the window stays and focus is on the event ended on', async ({
    page,
  }) => {
    await open(page, '?view=2011..2014');
    const marker = eventButton(page, PARIS.id);
    await marker.click();
    await wheelZoomInAt(page, await centreX(marker));
    const from = ordered.indexOf(ordered.find((e) => e.id === PARIS.id)!);
    const to = ordered.indexOf(LATER);
    expect(to).toBeGreaterThan(from + 1);
    for (let i = from; i < to; i++) {
      await dialog(page, ordered[i]!.title).getByRole('button', { name: 'Next event' }).click();
      await expect(dialog(page, ordered[i + 1]!.title)).toBeVisible();
    }
    const stepped = await settledViewParam(page);
    const axis = await axisDrawing(page);

    await dialog(page, LATER.title).getByRole('button', { name: 'Close' }).click();
    await expect(dialog(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/[?&]event=/);
    expect(await settledViewParam(page)).toBe(stepped);
    expect(await axisDrawing(page)).toBe(axis);
    await expect.poll(() => focusedThing(page)).toBe(await expectedFocus(page, LATER.id));
    expect(await focusedThing(page)).not.toBe('body');
  });

  test('zoom while an event is open, then Back: the event closes, the zoom stays, focus stays on the page', async ({
    page,
  }) => {
    await open(page, '?view=2011..2014');
    const marker = eventButton(page, PARIS.id);
    await marker.click();
    await expect(page).toHaveURL(new RegExp(`[?&]event=${PARIS.id}(&|$)`));
    await wheelZoomInAt(page, await centreX(marker));
    const zoomed = await settledViewParam(page);
    const axis = await axisDrawing(page);

    await page.goBack();
    await expect(dialog(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/[?&]event=/);
    expect(await settledViewParam(page)).toBe(zoomed);
    expect(await axisDrawing(page)).toBe(axis);
    await expect.poll(() => focusedThing(page)).not.toBe('body');
    expect(['timeline', `event:${PARIS.id}`]).toContain(await focusedThing(page));
  });
});

test.describe('The popover stays on screen', () => {
  const LAST = ordered[ordered.length - 1]!;

  test('an event near the bottom right stays fully on screen as the window shrinks', async ({
    page,
  }) => {
    await open(page);
    await eventButton(page, LAST.id).click();
    const box = dialog(page, LAST.title);
    await expect(box).toBeVisible();
    await expect.poll(() => offScreen(page, box)).toBeNull();
    for (const size of [
      { width: 1000, height: 600 },
      { width: 760, height: 460 },
      { width: 640, height: 400 },
    ]) {
      await page.setViewportSize(size);
      await expect
        .poll(() => offScreen(page, box), { message: `at ${size.width}×${size.height}` })
        .toBeNull();
    }
  });

  test('it stays on screen when a filter moves its marker and when its content grows', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 800, height: 520 });
    await open(page);
    await eventButton(page, LAST.id).click();
    const box = dialog(page, LAST.title);
    await expect(box).toBeVisible();
    await expect.poll(() => offScreen(page, box)).toBeNull();

    // A filter that keeps the event repacks the lanes: its marker moves, the popover follows.
    await person(page, 'kanye').check();
    await expect(status(page)).not.toHaveText(`${total} of ${total} events`);
    await expect(box).toBeVisible();
    await expect.poll(() => offScreen(page, box)).toBeNull();

    // Longer content (a longer summary, a larger font) makes it taller: still on screen.
    await box.evaluate((node) => {
      const more = document.createElement('p');
      more.textContent = 'A much longer summary. '.repeat(80);
      node.querySelector('.dialog-summary')!.after(more);
    });
    await expect.poll(() => offScreen(page, box)).toBeNull();
  });

  test('opened wide, then narrowed to 360 px, it becomes a bottom sheet fully on screen', async ({
    page,
  }) => {
    await open(page);
    await eventButton(page, LAST.id).click();
    const box = dialog(page, LAST.title);
    await expect(box).toBeVisible();
    await page.setViewportSize({ width: 360, height: 780 });
    await expect.poll(() => bottomSheet(page, box)).toBeNull();
  });
});

/**
 * Null when `box` lies wholly inside the viewport (to half a pixel), else a description of
 * where it sticks out, for the failure message.
 */
async function offScreen(page: Page, box: Locator): Promise<string | null> {
  const rect = await box.boundingBox();
  const size = page.viewportSize()!;
  if (!rect) return 'not laid out';
  const slack = 0.5;
  const inside =
    rect.x >= -slack &&
    rect.y >= -slack &&
    rect.x + rect.width <= size.width + slack &&
    rect.y + rect.height <= size.height + slack;
  return inside
    ? null
    : `box ${Math.round(rect.x)},${Math.round(rect.y)} ${Math.round(rect.width)}×${Math.round(rect.height)} in a ${size.width}×${size.height} viewport`;
}

/**
 * Null when `box` is a bottom sheet wholly on screen (the full width, resting on the bottom
 * edge), else where it is, for the failure message.
 */
async function bottomSheet(page: Page, box: Locator): Promise<string | null> {
  const outside = await offScreen(page, box);
  if (outside) return outside;
  const rect = (await box.boundingBox())!;
  const size = page.viewportSize()!;
  const sheet =
    Math.abs(rect.x) <= 1 &&
    Math.abs(rect.width - size.width) <= 1 &&
    Math.abs(rect.y + rect.height - size.height) <= 1;
  return sheet
    ? null
    : `not a bottom sheet: ${Math.round(rect.x)},${Math.round(rect.y)} ${Math.round(rect.width)}×${Math.round(rect.height)} in ${size.width}×${size.height}`;
}

/** Resolves after the page has drawn `count` more frames. */
async function nextFrames(page: Page, count = 2): Promise<void> {
  await page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  }, count);
}

/** Where the axis ticks are drawn: changes whenever the window does. */
const axisDrawing = (page: Page) =>
  timeline(page).evaluate((region) =>
    [...region.querySelectorAll<HTMLElement>('.axis-tick')]
      .map((el) => `${el.textContent}@${el.style.transform}`)
      .join('|'),
  );

/** What has focus: `event:<id>`, `timeline`, `body`, or another element's tag. */
const focusedThing = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return 'body';
    if (active.dataset.eventId) return `event:${active.dataset.eventId}`;
    if (active.matches('section.timeline')) return 'timeline';
    return `${active.tagName.toLowerCase()}.${active.className}`;
  });

/** Focus after closing `id`: its marker when it is drawn, else the timeline region. */
async function expectedFocus(page: Page, id: string): Promise<string> {
  const drawn = await timeline(page).locator(`[data-event-id="${id}"]`).count();
  return drawn > 0 ? `event:${id}` : 'timeline';
}

/** A point on the timeline canvas, as near `x` as can be, that nothing (the popover) covers. */
async function uncoveredCanvasPoint(page: Page, x: number): Promise<{ x: number; y: number }> {
  const point = await canvas(page).evaluate((node, nearX) => {
    const rect = node.getBoundingClientRect();
    const xs = [0, 20, -20, 60, -60, 120, -120, 240, -240].map((dx) => nearX + dx);
    for (const px of xs) {
      if (px <= rect.left + 2 || px >= rect.right - 2) continue;
      for (let py = rect.top + 8; py < Math.min(rect.bottom, innerHeight) - 4; py += 12) {
        const hit = document.elementFromPoint(px, py);
        if (hit && node.contains(hit) && !hit.closest('button')) return { x: px, y: py };
      }
    }
    return null;
  }, x);
  if (!point) throw new Error('the popover covers the whole timeline canvas');
  return point;
}
