// Printing gives the chronological list with every quote and its sources, not a cropped canvas.
import type { DatasetJson } from '../../src/domain/datasetSchema';
import { expect, openApp, readJson, test, timeline } from './fixtures';

const dataset = readJson<DatasetJson>('src/data/kim-kanye.json');

test('print shows the list with every quote and source, and hides the timeline', async ({
  page,
}) => {
  await openApp(page);
  await page.emulateMedia({ media: 'print' });
  await expect(timeline(page)).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  const list = page.locator('#event-list');
  for (const event of dataset.events) {
    await expect(list.getByRole('link', { name: event.title, exact: true })).toBeVisible();
    for (const quote of event.quotes) {
      await expect(list.getByText(quote.text, { exact: false }).first()).toBeVisible();
    }
  }
  await expect(list.getByText(/Sources: Public record/).first()).toBeVisible();
});
