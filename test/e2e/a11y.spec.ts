// Accessibility (CONTRACT §4): no serious or critical axe-core violation in the states people
// see, a keyboard-only journey, reduced motion, dark colours, a page icon and a skip link.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import {
  currentView,
  expect,
  inDateOrder,
  openApp,
  readJson,
  settledView,
  spanOf,
  statusLine,
  test,
  timeline,
} from './fixtures';

interface DatasetJson {
  range: { start: string; end: string };
  people: { id: string; name: string }[];
  events: { id: string; date: string; end?: string; title: string; people: string[] }[];
}

const dataset = readJson<DatasetJson>('src/data/kim-kanye.json');
const ordered = inDateOrder(dataset.events);
const titleOf = (id: string) => dataset.events.find((e) => e.id === id)!.title;
const PARIS = 'paris-fashion-show';

const list = (page: Page) => page.getByRole('region', { name: /all events/i });

/** Serious and critical violations, one readable line each (rule, impact, first targets). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

/** The id of the focused element's event button, or null when focus is elsewhere. */
const focusedEventId = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId ?? null);

/** Press Tab until `predicate` holds for the focused element; fail after `max` presses. */
async function tabUntil(page: Page, what: string, predicate: () => Promise<boolean>, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await predicate()) return;
  }
  throw new Error(`Tab never reached ${what} in ${max} presses`);
}

const isFocused = (locator: Locator) => () =>
  locator.evaluate((el) => el === document.activeElement).catch(() => false);

test.describe('axe-core: no serious or critical violations', () => {
  // axe-core 4.14 takes several seconds per full-page run on a 2-core machine, and some tests
  // run it twice (light and dark).
  test.describe.configure({ timeout: 90_000 });
  test('default, light', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openApp(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApp(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('with the popover open (light and dark)', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await openApp(page, `?event=${PARIS}`);
      await expect(page.getByRole('dialog', { name: titleOf(PARIS) })).toBeVisible();
      expect(await seriousViolations(page), colorScheme).toEqual([]);
    }
  });

  test('with a filter applied', async ({ page }) => {
    await openApp(page);
    await page
      .getByRole('group', { name: 'People' })
      .getByRole('checkbox', { name: 'Kris Humphries' })
      .check();
    await page.getByRole('searchbox', { name: 'Search' }).fill('marriage');
    await expect(page).toHaveURL(/q=marriage/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('with no event matching', async ({ page }) => {
    await openApp(page, '?q=zebracorn');
    await expect(statusLine(page)).toHaveText(/^0 of/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('with a notice', async ({ page }) => {
    await openApp(page, '?people=nobody&from=abc');
    await expect(page.getByText(/nobody/)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test.describe('at 360 px', () => {
    test.use({ viewport: { width: 360, height: 780 } });

    test('the page, and with the popover open', async ({ page }) => {
      await openApp(page);
      expect(await seriousViolations(page), 'page').toEqual([]);
      await openApp(page, `?event=${PARIS}`);
      await expect(page.getByRole('dialog', { name: titleOf(PARIS) })).toBeVisible();
      expect(await seriousViolations(page), 'popover').toEqual([]);
    });

    test('no sideways page scrolling', async ({ page }) => {
      await openApp(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
});

test.describe('Keyboard only', () => {
  test('Tab reaches the filters, the Timeline and an event; arrows step; Enter opens; Escape closes', async ({
    page,
  }) => {
    await openApp(page);
    const firstPerson = page
      .getByRole('group', { name: 'People' })
      .getByRole('checkbox', { name: dataset.people[0]!.name });
    await tabUntil(page, 'the People filter', isFocused(firstPerson));
    await page.keyboard.press('Space');
    await expect(firstPerson).toBeChecked();
    await page.keyboard.press('Space');
    await expect(firstPerson).not.toBeChecked();

    await tabUntil(
      page,
      'the From year control',
      isFocused(page.getByRole('combobox', { name: 'From year' })),
    );
    await tabUntil(
      page,
      'the Search box',
      isFocused(page.getByRole('searchbox', { name: 'Search' })),
    );
    await tabUntil(page, 'the Timeline', isFocused(timeline(page)));
    await tabUntil(page, 'an event', async () => (await focusedEventId(page)) !== null);

    const first = (await focusedEventId(page))!;
    const at = ordered.findIndex((e) => e.id === first);
    const next = ordered[at + 1]!;
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedEventId(page)).toBe(next.id);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => focusedEventId(page)).toBe(first);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedEventId(page)).toBe(next.id);

    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: next.title });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect.poll(() => focusedEventId(page)).toBe(next.id);
  });

  test('opening an event moves focus into its popover', async ({ page }) => {
    await openApp(page);
    const id = ordered[0]!.id;
    await timeline(page).locator(`[data-event-id="${id}"]`).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: titleOf(id) });
    await expect(dialog).toBeVisible();
    // Focus moves into the popover, so its buttons are the next Tab stops (WAI-ARIA dialog).
    await expect
      .poll(() => dialog.evaluate((el) => el.contains(document.activeElement)))
      .toBe(true);
    await page.keyboard.press('Tab');
    await expect
      .poll(() => dialog.evaluate((el) => el.contains(document.activeElement)))
      .toBe(true);
  });

  test('arrow keys step through every event, to the last, bringing each into view', async ({
    page,
  }) => {
    await openApp(page);
    await timeline(page).locator(`[data-event-id="${ordered[0]!.id}"]`).focus();
    for (const event of ordered.slice(1)) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => focusedEventId(page), { message: event.id }).toBe(event.id);
      await expect(timeline(page).locator(`[data-event-id="${event.id}"]`)).toBeInViewport();
    }
  });

  test('the skip link is the first Tab stop and takes focus to the list', async ({ page }) => {
    await openApp(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: /skip/i });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(list(page)).toBeFocused();
    await expect(list(page)).toBeInViewport();
    // The next Tab goes into the list, not back to the top of the page.
    await page.keyboard.press('Tab');
    await expect
      .poll(() => list(page).evaluate((el) => el.contains(document.activeElement)))
      .toBe(true);
  });
});

test.describe('Reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('no transition or animation longer than 50 ms', async ({ page }) => {
    await openApp(page, `?event=${PARIS}`);
    await expect(page.getByRole('dialog')).toBeVisible();
    // Interact a little so hover/focus styles and zoomed states are on the page too.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).focus();
    const slow = await page.evaluate(() => {
      const seconds = (value: string) =>
        Math.max(
          0,
          ...value
            .split(',')
            .map((v) => v.trim())
            .map((v) => (v.endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v) || 0)),
        );
      const found: string[] = [];
      for (const el of document.querySelectorAll('*')) {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(el, pseudo);
          const transition = seconds(style.transitionDuration);
          const animation = style.animationName === 'none' ? 0 : seconds(style.animationDuration);
          if (transition > 0.05 || animation > 0.05)
            found.push(
              `${el.tagName.toLowerCase()}.${el.className}${pseudo ?? ''}: transition ${style.transitionDuration}, animation ${style.animationDuration}`,
            );
        }
      }
      return found;
    });
    expect(slow).toEqual([]);
  });

  test('Zoom in jumps to the new window in the next frame, drawing nothing in between', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openApp(page, '?view=2004..2011');
    const start = currentView(page)!;
    // Click, then record what every frame draws for longer than a glide would take (250 ms).
    const { before, frames } = await page.evaluate(async () => {
      const region = document.querySelector('[aria-label="Timeline"]')!;
      const drawing = () =>
        [...region.querySelectorAll<HTMLElement>('.axis-tick, [data-event-id], [data-cluster]')]
          .map((el) => `${el.textContent}@${el.style.transform}`)
          .join('|');
      const button = region.querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!;
      const before = drawing();
      button.click();
      const frames: string[] = [];
      const t0 = performance.now();
      while (performance.now() - t0 < 500) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        frames.push(drawing());
      }
      return { before, frames };
    });
    expect(frames.length).toBeGreaterThan(3);
    // The very first frame already shows the final window, and no frame shows anything else.
    expect(frames[0]).not.toBe(before);
    expect(new Set(frames).size, 'distinct drawings after one click').toBe(1);
    // That window is the whole zoom step: half the span.
    const end = (await settledView(page))!;
    expect(spanOf(end) / spanOf(start)).toBeGreaterThan(0.49);
    expect(spanOf(end) / spanOf(start)).toBeLessThan(0.51);
  });
});

test.describe('Colours and page furniture', () => {
  /** The colour actually behind the page: the first opaque background from body up. */
  const pageBackground = (page: Page) =>
    page.evaluate(() => {
      for (const el of [document.body, document.documentElement]) {
        const colour = getComputedStyle(el).backgroundColor;
        if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
      }
      return 'rgb(255, 255, 255)';
    });
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).map(Number);
    return (0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)) / 255;
  };

  test('dark mode changes the background to a dark colour', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openApp(page);
    const light = await pageBackground(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => pageBackground(page)).not.toBe(light);
    const dark = await pageBackground(page);
    expect(luminance(dark)).toBeLessThan(0.3);
    expect(luminance(light)).toBeGreaterThan(0.7);
  });

  test('the Dark theme switch overrides a light system, with no axe violations', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openApp(page);
    const light = await pageBackground(page);
    const toggle = page.getByRole('button', { name: /dark theme/i });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => pageBackground(page)).not.toBe(light);
    expect(luminance(await pageBackground(page))).toBeLessThan(0.3);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('dark mode reaches the popover too', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApp(page, `?event=${PARIS}`);
    const background = await page
      .getByRole('dialog')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(luminance(background)).toBeLessThan(0.3);
  });

  test('the page has an icon that loads', async ({ page, request }) => {
    await openApp(page);
    const icon = page.locator('link[rel~="icon"]');
    await expect(icon).toHaveCount(1);
    const href = await icon.evaluate((el) => (el as HTMLLinkElement).href);
    const response = await request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^image\//);
  });

  test('the page has a language, a title and one h1', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', /^en/);
    await expect(page).toHaveTitle(/\S/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  });
});
