// CONTRACT §3 (the `view` param) and §4 (zoom): wheel at the pointer, drag to pan, the zoom
// buttons and keys, stepping between events, the axis adapting to the zoom, clusters on a
// 10,000-event dataset, and reduced motion.
import type { Page } from '@playwright/test';
import {
  BUNDLED,
  DAY_MS,
  canvas,
  currentView,
  endOfIso,
  escapeRegExp,
  expect,
  inDateOrder,
  nextView,
  openApp,
  spanOf,
  startOfIso,
  statusLine,
  test,
  timeline,
  viewParam,
  waitReady,
  type TimeWindow,
  settledViewParam,
} from './fixtures';

const zoomIn = (page: Page) => page.getByRole('button', { name: 'Zoom in' });
const zoomOut = (page: Page) => page.getByRole('button', { name: 'Zoom out' });
const resetView = (page: Page) => page.getByRole('button', { name: 'Reset view' });

/** The span of the dataset's own range (the whole view adds a small margin around it). */
const RANGE_SPAN = endOfIso(BUNDLED.range.end) - startOfIso(BUNDLED.range.start);

/** The instant at `fraction` of the way across `view`. */
const timeAt = (view: TimeWindow, fraction: number) => view.start + fraction * spanOf(view);

/** The axis labels currently drawn (the axis is aria-hidden, so by its markup). */
const axisLabels = (page: Page) => timeline(page).locator('.axis-label').allTextContents();

/** Where the timeline's events and ticks are drawn right now: changes whenever the view does. */
const drawing = (page: Page) =>
  timeline(page).evaluate((region) =>
    [...region.querySelectorAll<HTMLElement>('.axis-tick, [data-event-id], [data-cluster]')]
      .map((el) => `${el.textContent}@${el.style.transform}`)
      .join('|'),
  );

async function canvasBox(page: Page) {
  const box = await canvas(page).boundingBox();
  if (!box) throw new Error('the timeline canvas has no box');
  return box;
}

test.describe('pointer', () => {
  test('the wheel zooms in around the pointer', async ({ page }) => {
    await openApp(page, '?view=2004..2011');
    const before = currentView(page)!;
    expect(before).toEqual({ start: startOfIso('2004'), end: endOfIso('2011') });
    const box = await canvasBox(page);
    const fraction = 0.3;
    await page.mouse.move(box.x + fraction * box.width, box.y + box.height * 0.6);
    const after = (await viewAfter(page, () => page.mouse.wheel(0, -300)))!;
    expect(spanOf(after)).toBeLessThan(spanOf(before) * 0.9);
    // The instant under the pointer stays put (the param is rounded to whole days).
    expect(Math.abs(timeAt(after, fraction) - timeAt(before, fraction))).toBeLessThan(
      spanOf(before) * 0.01 + 2 * DAY_MS,
    );
    // Zooming, not panning: the window now sits inside the old one.
    expect(after.start).toBeGreaterThan(before.start);
    expect(after.end).toBeLessThan(before.end);
  });

  test('the wheel zooms out, and at the limit it scrolls the page instead', async ({ page }) => {
    await openApp(page, '?view=2006..2008');
    const box = await canvasBox(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const before = currentView(page)!;
    const after = (await viewAfter(page, () => page.mouse.wheel(0, 300)))!;
    expect(spanOf(after)).toBeGreaterThan(spanOf(before) * 1.1);

    // Fully zoomed out, the wheel is not trapped by the timeline.
    await openApp(page);
    const whole = await canvasBox(page);
    await page.mouse.move(whole.x + whole.width / 2, whole.y + whole.height / 2);
    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(viewParam(page)).toBeNull();
  });

  test('a drag that starts on an event marker pans the window and does not open the event', async ({
    page,
  }) => {
    await openApp(page, '?view=2010..2012');
    const before = currentView(page)!;
    const box = await canvasBox(page);
    const dragPx = 300;
    // The first badge of a drawn point event, on its instant, with room to drag it 300 px
    // left inside the canvas.
    let start: { x: number; y: number } | undefined;
    for (const pin of await timeline(page)
      .locator('[data-event-id].point .badge:first-child')
      .all()) {
      const rect = (await pin.boundingBox())!;
      const x = rect.x + rect.width / 2;
      if (x - dragPx > box.x + 20 && x < box.x + box.width - 20) {
        start = { x, y: rect.y + rect.height / 2 };
        break;
      }
    }
    if (!start) throw new Error('no marker with room to drag it 300 px left');
    // The press really lands on an event's button.
    expect(
      await page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-event-id]') !== null,
        start,
      ),
    ).toBe(true);

    await page.mouse.move(start.x, start.y);
    const after = (await viewAfter(page, async () => {
      await page.mouse.down();
      await page.mouse.move(start.x - dragPx, start.y, { steps: 12 });
      await page.mouse.up();
    }))!;
    // Dragging left brings later times in; the span doesn't change.
    const expected = (dragPx / box.width) * spanOf(before);
    expect(after.start - before.start).toBeGreaterThan(expected * 0.8);
    expect(after.start - before.start).toBeLessThan(expected * 1.2);
    expect(Math.abs(spanOf(after) - spanOf(before))).toBeLessThanOrEqual(2 * DAY_MS);
    // A drag is not a click: no event opened, though it began (and ended) on a marker.
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(new URL(page.url()).searchParams.get('event')).toBeNull();
  });

  test('after a drag released off any click target, the next click on a marker opens it', async ({
    page,
  }) => {
    await openApp(page, '?view=2006..2009');
    const box = await canvasBox(page);
    // Drag on empty ground low in the canvas, and let go above the timeline, off the canvas.
    const y = box.y + box.height - 6;
    await page.mouse.move(box.x + box.width / 2, y);
    await viewAfter(page, async () => {
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 - 200, y, { steps: 8 });
      await page.mouse.move(box.x + box.width / 2 - 200, box.y - 80, { steps: 4 });
      await page.mouse.up();
    });
    const marker = timeline(page).locator('[data-event-id]').first();
    const id = (await marker.getAttribute('data-event-id'))!;
    const title = BUNDLED.events.find((e) => e.id === id)!.title;
    await marker.click();
    await expect(page.getByRole('dialog', { name: title, exact: true })).toBeVisible();
  });

  test('after a drag released off any click target, Enter on a marker opens it', async ({
    page,
  }) => {
    await openApp(page, '?view=2006..2009');
    const box = await canvasBox(page);
    const y = box.y + box.height - 6;
    await page.mouse.move(box.x + box.width / 2, y);
    await viewAfter(page, async () => {
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 - 200, y, { steps: 8 });
      await page.mouse.move(box.x + box.width / 2 - 200, box.y - 80, { steps: 4 });
      await page.mouse.up();
    });
    const marker = timeline(page).locator('[data-event-id]').first();
    const id = (await marker.getAttribute('data-event-id'))!;
    const title = BUNDLED.events.find((e) => e.id === id)!.title;
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: title, exact: true })).toBeVisible();
  });

  test('a fast wheel flick that reaches the zoom-out limit does not scroll the page', async ({
    page,
  }) => {
    await openApp(page, '?view=2008..2009');
    // Fifteen wheel events 16 ms apart, as a hand's flick sends them: about five reach the whole
    // range, the other ten arrive at the limit. Dispatched in the page with their own times, so a
    // busy machine can't stretch the gesture; the browser scrolls the page for any the timeline
    // does not cancel.
    const cancelled = await canvas(page).evaluate((node) => {
      const rect = node.getBoundingClientRect();
      const t0 = performance.now();
      return Array.from({ length: 15 }, (_, i) => {
        const wheel = new WheelEvent('wheel', {
          deltaY: 400,
          clientX: rect.left + rect.width / 2,
          clientY: rect.top + rect.height / 2,
          bubbles: true,
          cancelable: true,
        });
        Object.defineProperty(wheel, 'timeStamp', { value: t0 + i * 16 });
        node.dispatchEvent(wheel);
        return wheel.defaultPrevented;
      });
    });
    expect(cancelled).toEqual(Array.from({ length: 15 }, () => true));
    await expect.poll(() => viewParam(page)).toBeNull();
    await expect(zoomOut(page)).toBeDisabled();

    // Once the gesture has settled, a deliberate wheel at the limit scrolls the page again.
    const box = await canvasBox(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const settledAt = await page.evaluate(() => performance.now());
    await page.waitForFunction((t) => performance.now() - t >= 200, settledAt);
    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  test('a mouse that scrolls sideways in lines pans about 25 px a line', async ({ page }) => {
    await openApp(page, '?view=2008..2009');
    const before = currentView(page)!;
    const box = await canvasBox(page);
    const after = (await viewAfter(page, () =>
      canvas(page).evaluate((node) => {
        const rect = node.getBoundingClientRect();
        node.dispatchEvent(
          new WheelEvent('wheel', {
            deltaX: 3,
            deltaMode: WheelEvent.DOM_DELTA_LINE,
            clientX: rect.left + rect.width / 2,
            clientY: rect.top + rect.height / 2,
            bubbles: true,
            cancelable: true,
          }),
        );
      }),
    ))!;
    // Three lines right: later times come in, by about 75 px worth at the same zoom.
    const movedPx = ((after.start - before.start) / spanOf(before)) * box.width;
    expect(movedPx).toBeGreaterThan(60);
    expect(movedPx).toBeLessThan(90);
    expect(Math.abs(spanOf(after) - spanOf(before))).toBeLessThanOrEqual(2 * DAY_MS);
  });
});

test.describe('zoom buttons', () => {
  test('zoom by a factor of two, replace the history entry, and reset', async ({ page }) => {
    await openApp(page);
    await expect(zoomIn(page)).toBeEnabled();
    await expect(zoomOut(page)).toBeDisabled();
    await expect(resetView(page)).toBeDisabled();
    expect(viewParam(page)).toBeNull();
    const historyLength = await page.evaluate(() => history.length);

    const first = (await viewAfter(page, () => zoomIn(page).click()))!;
    expect(spanOf(first)).toBeLessThan(RANGE_SPAN * 0.6);
    expect(spanOf(first)).toBeGreaterThan(RANGE_SPAN * 0.4);
    await expect(zoomOut(page)).toBeEnabled();
    await expect(resetView(page)).toBeEnabled();

    const second = (await viewAfter(page, () => zoomIn(page).click()))!;
    expect(spanOf(second) / spanOf(first)).toBeGreaterThan(0.45);
    expect(spanOf(second) / spanOf(first)).toBeLessThan(0.55);

    await viewAfter(page, () => zoomOut(page).click());
    expect(Math.abs(spanOf(currentView(page)!) - spanOf(first))).toBeLessThan(3 * DAY_MS);

    // Zoom changes replace the current history entry; they never push one.
    expect(await page.evaluate(() => history.length)).toBe(historyLength);

    await resetView(page).click();
    await expect.poll(() => viewParam(page), { timeout: 5_000 }).toBeNull();
    await expect(zoomOut(page)).toBeDisabled();
    await expect(resetView(page)).toBeDisabled();
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  test('disable at the limits', async ({ page }) => {
    test.slow();
    await openApp(page);
    for (let i = 0; i < 30 && (await zoomIn(page).isEnabled()); i++) {
      await viewAfter(page, () => zoomIn(page).click());
    }
    await expect(zoomIn(page)).toBeDisabled();
    await settledViewParam(page);
    // The closest zoom is about two weeks.
    expect(spanOf(currentView(page)!)).toBeLessThanOrEqual(16 * DAY_MS);
    await expect(zoomOut(page)).toBeEnabled();

    for (let i = 0; i < 30 && (await zoomOut(page).isEnabled()); i++) {
      await viewAfter(page, () => zoomOut(page).click());
    }
    await expect(zoomOut(page)).toBeDisabled();
    await expect(resetView(page)).toBeDisabled();
    await expect.poll(() => viewParam(page)).toBeNull();
  });
});

test.describe('keyboard', () => {
  test('+ and - zoom with the timeline focused; Left and Right pan', async ({ page }) => {
    await openApp(page, '?view=2006..2009');
    const region = timeline(page);
    await region.focus();
    await expect(region).toBeFocused();
    const start = currentView(page)!;

    const zoomed = (await viewAfter(page, () => page.keyboard.press('+')))!;
    expect(spanOf(zoomed)).toBeLessThan(spanOf(start) * 0.9);

    const beforeOut = currentView(page)!;
    await viewAfter(page, () => page.keyboard.press('-'));
    expect(spanOf(currentView(page)!)).toBeGreaterThan(spanOf(beforeOut) * 1.1);

    const beforeRight = currentView(page)!;
    await viewAfter(page, () => page.keyboard.press('ArrowRight'));
    const right = currentView(page)!;
    expect(right.start).toBeGreaterThan(beforeRight.start);
    expect(Math.abs(spanOf(right) - spanOf(beforeRight))).toBeLessThanOrEqual(2 * DAY_MS);

    await viewAfter(page, () => page.keyboard.press('ArrowLeft'));
    expect(currentView(page)!.start).toBeLessThan(right.start);
    await expect(region).toBeFocused();
  });

  test('with an event focused, Right and Left step through the events in date order', async ({
    page,
  }) => {
    await openApp(page);
    const order = inDateOrder(BUNDLED.events).map((e) => e.id);
    await timeline(page).locator(`[data-event-id="${order[0]}"]`).focus();
    const focusedId = () =>
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId);
    expect(await focusedId()).toBe(order[0]);

    for (const id of order.slice(1)) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(focusedId, { message: `focus moves to ${id}` }).toBe(id);
    }
    for (const id of order.slice(0, -1).reverse()) {
      await page.keyboard.press('ArrowLeft');
      await expect.poll(focusedId, { message: `focus moves back to ${id}` }).toBe(id);
    }
  });

  test('stepping to an event outside the window brings it into view', async ({ page }) => {
    const events = inDateOrder(BUNDLED.events);
    const from = events.find((e) => e.id === 'north-west-born')!;
    const to = events[events.indexOf(from) + 1]!;
    await openApp(page, '?view=2013-05..2013-07');
    await expect(timeline(page).locator(`[data-event-id="${to.id}"]`)).toHaveCount(0);
    await timeline(page).locator(`[data-event-id="${from.id}"]`).focus();
    await page.keyboard.press('ArrowRight');
    const next = timeline(page).locator(`[data-event-id="${to.id}"]`);
    await expect(next).toBeFocused();
    await expect(next).toBeInViewport();
    await expect
      .poll(() => {
        const view = currentView(page);
        return view !== null && view.start <= startOfIso(to.date) && startOfIso(to.date) < view.end;
      })
      .toBe(true);
  });
});

test.describe('the view in the URL', () => {
  test('a year window shows month labels and round-trips', async ({ page }) => {
    await openApp(page, '?view=2012-01..2012-12');
    const labels = await axisLabels(page);
    for (const month of [
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]) {
      expect(labels, month).toContain(month);
    }
    const view = currentView(page)!;
    expect(Math.abs(view.start - startOfIso('2012-01'))).toBeLessThanOrEqual(DAY_MS);
    expect(Math.abs(view.end - endOfIso('2012-12'))).toBeLessThanOrEqual(DAY_MS);
    await expect(zoomOut(page)).toBeEnabled();
    await expect(resetView(page)).toBeEnabled();
  });

  test('the axis goes from years to months to days', async ({ page }) => {
    await openApp(page);
    expect(await axisLabels(page)).toEqual(expect.arrayContaining(['2002', '2008', '2014']));
    await openApp(page, '?view=2012-03-01..2012-03-20');
    const days = await axisLabels(page);
    expect(days).toEqual(expect.arrayContaining(['1', '2', '10', '20']));
  });

  test('a window set by zooming restores to within a day when the link is opened', async ({
    page,
  }) => {
    await openApp(page, '?view=2005..2010');
    const box = await canvasBox(page);
    await page.mouse.move(box.x + box.width * 0.37, box.y + box.height / 2);
    await viewAfter(page, () => page.mouse.wheel(0, -250));
    const link = page.url();
    const sent = currentView(page)!;
    const drawn = await drawing(page);

    await page.goto(link);
    await waitReady(page);
    const opened = currentView(page)!;
    expect(Math.abs(opened.start - sent.start)).toBeLessThanOrEqual(DAY_MS);
    expect(Math.abs(opened.end - sent.end)).toBeLessThanOrEqual(DAY_MS);
    // And it looks the same: the same ticks and events, within a pixel or so.
    expect(similarDrawing(await drawing(page), drawn)).toBe(true);
  });

  test('a malformed view is ignored with a notice', async ({ page }) => {
    await openApp(page, '?view=2012-99..soon');
    expect(viewParam(page)).toBeNull();
    await expect(page.getByText(/view "2012-99\.\.soon"/)).toBeVisible();
    const n = BUNDLED.events.length;
    await expect(statusLine(page)).toHaveText(`${n} of ${n} events`);
  });
});

test.describe('10,000 events', () => {
  test.slow();

  test('load, fold into clusters that zoom in, and keep the DOM small', async ({ page }) => {
    // Watch the DOM for its whole life: never more than 500 event buttons at once.
    await page.addInitScript(() => {
      const w = window as unknown as { __maxEvents: number };
      w.__maxEvents = 0;
      const count = () => {
        w.__maxEvents = Math.max(
          w.__maxEvents,
          document.querySelectorAll('[data-event-id]').length,
        );
      };
      new MutationObserver(count).observe(document, { childList: true, subtree: true });
    });
    const maxEvents = () =>
      page.evaluate(() => (window as unknown as { __maxEvents: number }).__maxEvents);

    await page.goto('/?data=/fixtures/big-10000.json');
    await waitReady(page, 20_000);
    await expect(statusLine(page)).toHaveText('10000 of 10000 events');
    const clusters = timeline(page).locator('[data-cluster]');
    await expect(clusters.first()).toBeVisible();
    // Named by their text: "N events, YEARS" (the years for the ear only).
    const names = await clusters.evaluateAll((els) =>
      els.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()),
    );
    for (const name of names) expect(name).toMatch(/^\d+ events?, \d{4}(–\d{4})?$/);
    const spoken = (name: string) => new RegExp(`^${escapeRegExp(name).replace(',', '\\s?,')}$`);

    const middle = Math.floor((await clusters.count()) / 2);
    const target = clusters.nth(middle);
    const name = names[middle]!;
    const [, firstYear, lastYear] = /, (\d{4})(?:–(\d{4}))?$/.exec(name)!;
    await expect(target).toHaveAccessibleName(spoken(name));
    const settled = (await viewAfter(page, () => target.click()))!;
    // Zoomed in to the cluster: a much narrower window over its years (the generated dataset
    // spans 2002–2014 like the bundled one; members that are spans can widen the window).
    expect(spanOf(settled)).toBeLessThan(RANGE_SPAN * 0.5);
    expect(settled.start).toBeLessThan(endOfIso(lastYear ?? firstYear!));
    expect(settled.end).toBeGreaterThan(startOfIso(firstYear!));

    // Wheel in and out a few times; the DOM stays bounded throughout.
    const box = await canvasBox(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (const delta of [-300, -300, 300, 300, 300]) {
      await viewAfter(page, () => page.mouse.wheel(0, delta));
    }
    expect(await maxEvents()).toBeGreaterThan(0);
    expect(await maxEvents()).toBeLessThanOrEqual(500);
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('Zoom in changes the view at once, with no animation', async ({ page }) => {
    await openApp(page);
    const { before, immediately } = await page.evaluate(async () => {
      const region = document.querySelector('[aria-label="Timeline"]')!;
      const snapshot = () =>
        [...region.querySelectorAll<HTMLElement>('.axis-tick, [data-event-id], [data-cluster]')]
          .map((el) => `${el.textContent}@${el.style.transform}`)
          .join('|');
      const button = [...region.querySelectorAll('button')].find(
        (b) => b.getAttribute('aria-label') === 'Zoom in',
      )!;
      const before = snapshot();
      button.click();
      // No animation frame has run yet: only a task for React to commit.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { before, immediately: snapshot() };
    });
    expect(immediately).not.toBe(before);
    // And nothing moves afterwards: every frame drawn for longer than an animation would run
    // (250 ms) shows the first change, which was the whole change.
    const frames = await page.evaluate(async () => {
      const region = document.querySelector('[aria-label="Timeline"]')!;
      const snapshot = () =>
        [...region.querySelectorAll<HTMLElement>('.axis-tick, [data-event-id], [data-cluster]')]
          .map((el) => `${el.textContent}@${el.style.transform}`)
          .join('|');
      const drawn: string[] = [];
      const t0 = performance.now();
      while (performance.now() - t0 < 400) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        drawn.push(snapshot());
      }
      return drawn;
    });
    expect(frames.length).toBeGreaterThan(3);
    expect(frames.filter((frame) => frame !== immediately)).toEqual([]);
    await expect.poll(() => viewParam(page)).not.toBeNull();
  });

  test('event markers have no transitions over 50 ms', async ({ page }) => {
    await openApp(page);
    const durations = await timeline(page)
      .locator('[data-event-id], [data-cluster]')
      .evaluateAll((els) =>
        els.flatMap((el) =>
          getComputedStyle(el)
            .transitionDuration.split(',')
            .map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000)),
        ),
      );
    for (const ms of durations) expect(ms).toBeLessThanOrEqual(50);
  });
});

/**
 * Do `action` (a gesture, key or click) and return the window it leads to, once it has settled:
 * the `view` param changed from what it was before the action and then stopped changing.
 */
async function viewAfter(page: Page, action: () => Promise<unknown>): Promise<TimeWindow | null> {
  const before = viewParam(page);
  await action();
  await nextView(page, before);
  await settledViewParam(page);
  return currentView(page);
}

/** Two drawings with the same items in the same order, positions within 2 px. */
function similarDrawing(a: string, b: string): boolean {
  const parse = (text: string) =>
    text.split('|').map((item) => {
      const [label, transform] = item.split('@');
      const numbers = (transform ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      return { label, numbers };
    });
  const [pa, pb] = [parse(a), parse(b)];
  return (
    pa.length === pb.length &&
    pa.every(
      (item, i) =>
        item.label === pb[i]!.label &&
        item.numbers.length === pb[i]!.numbers.length &&
        item.numbers.every((n, j) => Math.abs(n - pb[i]!.numbers[j]!) <= 2),
    )
  );
}

test('double-click on the empty timeline zooms in there; Shift+double-click zooms out', async ({
  page,
}) => {
  await openApp(page, '?view=2004..2010');
  const box = (await canvas(page).boundingBox())!;
  // Low in the canvas, below the lanes in use: empty ground, not an event.
  const x = box.x + box.width * 0.25;
  const y = box.y + box.height - 50;
  const start = currentView(page)!;
  const zoomed = (await viewAfter(page, () => page.mouse.dblclick(x, y)))!;
  expect(spanOf(zoomed) / spanOf(start)).toBeGreaterThan(0.4);
  expect(spanOf(zoomed) / spanOf(start)).toBeLessThan(0.6);
  // The instant under the pointer stays put: a quarter of the way across, before and after.
  const fraction = (w: { start: number; end: number }, t: number) => (t - w.start) / spanOf(w);
  const under = start.start + spanOf(start) * 0.25;
  expect(Math.abs(fraction(zoomed, under) - 0.25)).toBeLessThan(0.03);

  await page.keyboard.down('Shift');
  const out = (await viewAfter(page, () => page.mouse.dblclick(x, y)))!;
  await page.keyboard.up('Shift');
  expect(spanOf(out) / spanOf(zoomed)).toBeGreaterThan(1.8);
});
