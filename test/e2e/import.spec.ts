// Bring your own story (CONTRACT §6): other formats through ?data=, the file opener and a drop,
// each read in the browser; hostile text stays inert.
import { expect, openApp, statusLine, test, timeline, waitReady } from './fixtures';
import type { Page } from '@playwright/test';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test.describe('?data= reads other formats, detected by content', () => {
  for (const [file, title, count] of [
    ['formats/eras.json', 'Eras Test', 20],
    ['formats/my-own-timeline.csv', 'MY OWN CSV', 10],
    ['formats/vis-basic.json', null, 6],
    ['formats/group_sample.json', null, 7],
  ] as const) {
    test(`${file}`, async ({ page }) => {
      await openApp(page, `?data=/fixtures/${file}`);
      if (title) await expect(heading(page)).toHaveText(title);
      await expect(statusLine(page)).toHaveText(`${count} of ${count} events`);
    });
  }

  test('a cosmological TimelineJS file is refused with its places named', async ({ page }) => {
    await page.goto('/?data=/fixtures/formats/cosmological.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(/events\[\d+\]\.start_date\.year/);
    await expect(alert.getByRole('button', { name: 'Load the bundled dataset' })).toBeVisible();
  });

  test('a hostile TimelineJS file runs nothing and shows its words as text', async ({ page }) => {
    await openApp(page, '?data=/fixtures/hostile-timelinejs.json');
    await expect(heading(page)).toContainText('Hostile');
    await timeline(page)
      .getByRole('button', { name: /Bad headline/ })
      .click();
    const dialog = page.getByRole('dialog', { name: /Bad headline/ });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('link', { name: 'a real page' })).toHaveAttribute(
      'href',
      'https://example.org/ok',
    );
    // The unsafe links keep their words but lose their addresses.
    await expect(dialog).toContainText('Read this and that and a real page.');
    await expect(dialog.getByRole('link', { name: 'this' })).toHaveCount(0);
    await expect(dialog.getByRole('link', { name: 'that' })).toHaveCount(0);
    await expect(dialog.locator('strong')).toHaveText('bold');
    await expect(page.locator('main script, main iframe, main img, main svg[onload]')).toHaveCount(
      0,
    );
    // The group's name, `<svg onload=…>`, is a Groups checkbox's name: words, not an element.
    await expect(
      page
        .getByRole('group', { name: 'Groups' })
        .getByRole('checkbox', { name: '<svg onload="window.__xss=8">' }),
    ).toBeVisible();
    // So the page may show those words; what it must never hold is such an attribute. Checked on
    // the elements themselves, not on the serialised HTML, which has them as escaped text.
    const unsafe = await page
      .locator('main')
      .evaluate((main) =>
        [main, ...main.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes]
            .filter(
              (a) =>
                /^on/i.test(a.name) ||
                a.name === 'srcdoc' ||
                /^\s*(javascript|data):/i.test(a.value),
            )
            .map((a) => `<${el.tagName.toLowerCase()} ${a.name}="${a.value}">`),
        ),
      );
    expect(unsafe).toEqual([]);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  });
});

test.describe('Open a file', () => {
  test('the file opener reads a TimelineJS file in the page and offers the bundled story back', async ({
    page,
  }) => {
    await openApp(page, '?people=kim');
    await page.locator('input[type=file]').setInputFiles('test/fixtures/formats/eras.json');
    await waitReady(page);
    await expect(heading(page)).toHaveText('Eras Test');
    await expect(statusLine(page)).toHaveText('20 of 20 events');
    const banner = page.getByRole('note').filter({ hasText: 'eras.json' });
    await expect(banner).toContainText("can't carry a file");
    // The bundled story's filters were for the bundled story: they don't follow the reader.
    expect(new URL(page.url()).searchParams.get('people')).toBeNull();
    await banner.getByRole('button', { name: 'Back to the bundled story' }).click();
    await waitReady(page);
    await expect(statusLine(page)).toHaveText(/^10 of 10 events$/);
  });

  test('a CSV dropped on the page opens', async ({ page }) => {
    await openApp(page);
    const csv = `Year,Month,Day,Headline,Text\n1843,,,Notes published,"<p>Ada's <b>notes</b></p>"\n1852,11,27,Ada dies,\n`;
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'ada.csv', { type: 'text/csv' }));
      return data;
    }, csv);
    await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await waitReady(page);
    await expect(statusLine(page)).toHaveText('2 of 2 events');
    await expect(page.getByRole('note').filter({ hasText: 'ada.csv' })).toBeVisible();
  });

  test('a broken file names the row and column, and the bundled story is one click away', async ({
    page,
  }) => {
    await openApp(page);
    await page.locator('input[type=file]').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Year,Month,Headline\n2001,13,Ada Lovelace\n'),
    });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(
      'row 2 ("Ada Lovelace"), column Month: expected 1 to 12, got "13"',
    );
    await alert.getByRole('button', { name: 'Load the bundled dataset' }).click();
    await waitReady(page);
    await expect(statusLine(page)).toHaveText(/^10 of 10 events$/);
  });
});
