// Storage that fails and comes back (storage="local"): a save that fails keeps the learner's work
// on the page with the download bar, says so once, and is tried again with the next edit, when the
// browser comes back online and when the learner returns to the tab; when saving works again the
// widget says it has caught up, and after a reload every edit is there. A storage that drops writes
// without an error is caught by reading the entry back.
import { test, expect } from '@playwright/test';

const PAGE = '/examples/local-storage.html';
const KEY = 'learner-widgets:example-self-assessment';

/** A localStorage that throws QuotaExceededError while `window.__full` is true. */
async function fillableStorage(page) {
  await page.addInitScript(() => {
    window.__errors = [];
    addEventListener('learner-error', (e) => window.__errors.push(e.detail.code), true);
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function guarded(key, value) {
      if (window.__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
}

const widget = (page) => page.locator('#stored');
const slider = (page, name) => widget(page).getByRole('slider', { name });

async function rate(page, name, key) {
  await slider(page, name).focus();
  await page.keyboard.press(key);
}

/** The learner's self-ratings as stored (what a reload would show), by dimension id. */
const storedRatings = (page) => page.evaluate((key) => {
  const entry = JSON.parse(localStorage.getItem(key));
  return Object.fromEntries(entry.document.dimensions.map((d) => [d.id, d.selfRating ?? null]));
}, KEY);

const setFull = (page, full) => page.evaluate((on) => { window.__full = on; }, full);
const errors = (page) => page.evaluate(() => window.__errors);

test('storage that fills up and frees again: no edit is lost after a reload, and the bar never leaves', async ({ page }) => {
  await fillableStorage(page);
  await page.goto(PAGE);
  await rate(page, 'Reading', 'End');
  await expect.poll(() => storedRatings(page)).toMatchObject({ reading: 5 });

  await setFull(page, true);
  await rate(page, 'Focus', 'Home');
  const notice = widget(page).getByRole('status').filter({ hasText: 'no room left' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('tries again with your next change');
  const download = widget(page).getByRole('button', { name: 'Download my data' });
  await expect(download).toBeVisible();
  await expect(widget(page).getByRole('button', { name: 'Erase my data' })).toBeVisible();
  // A second edit while full: still unsaved, said once.
  await rate(page, 'Curiosity', 'Home');
  expect(await errors(page)).toEqual(['storage-quota']);
  expect(await storedRatings(page)).toMatchObject({ reading: 5, focus: null, curiosity: null });
  await expect(download).toBeVisible();

  // Room again: the next edit saves everything waiting, and the widget says so.
  await setFull(page, false);
  await rate(page, 'Number sense', 'End');
  await expect(widget(page).getByRole('status')).toHaveText('Saving works again: all your changes are saved in this browser.');
  expect(await storedRatings(page)).toEqual({ reading: 5, number: 5, focus: 1, curiosity: 1 });
  expect(await errors(page)).toEqual(['storage-quota']);

  await page.reload();
  await expect(slider(page, 'Focus')).toHaveAttribute('aria-valuetext', '1');
  await expect(slider(page, 'Curiosity')).toHaveAttribute('aria-valuetext', '1');
  await expect(slider(page, 'Number sense')).toHaveAttribute('aria-valuetext', '5');
  await expect(slider(page, 'Reading')).toHaveAttribute('aria-valuetext', '5');
});

for (const [how, comeBack] of [
  ['returning to the tab', (page) => page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))],
  ['the browser coming back online', (page) => page.evaluate(() => dispatchEvent(new Event('online')))],
]) {
  test(`work waiting to be saved is saved on ${how}, with no new edit`, async ({ page }) => {
    await fillableStorage(page);
    await page.goto(PAGE);
    await expect(slider(page, 'Focus')).toBeVisible();
    await setFull(page, true);
    await rate(page, 'Focus', 'Home');
    await expect(widget(page).getByRole('status').filter({ hasText: 'no room left' })).toBeVisible();
    await setFull(page, false);
    await comeBack(page);
    await expect(widget(page).getByRole('status')).toContainText('Saving works again');
    expect(await storedRatings(page)).toMatchObject({ focus: 1 });
    await page.reload();
    await expect(slider(page, 'Focus')).toHaveAttribute('aria-valuetext', '1');
  });
}

test('a storage that drops writes without an error is caught by reading back, and said', async ({ page }) => {
  await page.addInitScript(() => {
    window.__errors = [];
    addEventListener('learner-error', (e) => window.__errors.push(e.detail.code), true);
    Storage.prototype.setItem = function dropped() {};
  });
  await page.goto(PAGE);
  await rate(page, 'Focus', 'Home');
  await expect(widget(page).getByRole('status')).toContainText('could not be saved in this browser');
  expect(await errors(page)).toEqual(['storage-unavailable']);
  await expect(widget(page).getByRole('button', { name: 'Download my data' })).toBeVisible();
  // The edit is on the page, and nothing pretends it was kept.
  await expect(slider(page, 'Focus')).toHaveAttribute('aria-valuetext', '1');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
});

test('storage that cannot even be read keeps the download bar, so the learner can keep their work', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
    });
  });
  await page.goto(PAGE);
  await expect(widget(page).getByRole('status').filter({ hasText: 'Saving is not available here' })).toBeVisible();
  await rate(page, 'Focus', 'Home');
  const download = page.waitForEvent('download');
  await widget(page).getByRole('button', { name: 'Download my data' }).click();
  const file = await download;
  const saved = JSON.parse(await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString()));
  expect(saved.dimensions.find((d) => d.id === 'focus').selfRating).toBe(1);
});
