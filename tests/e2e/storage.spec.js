// storage="local": work survives a reload, stays in step across tabs without losing either tab's
// edits, and every fault (corrupted entry, full storage, a sandbox without storage) is shown and
// reported while the widget keeps working. Learners can download and erase their data.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { openStrictPage } from './strict-page.js';

const PAGE = '/examples/local-storage.html';
const KEY = 'learner-widgets:example-self-assessment';

/** Collects learner-error details from the start of the page. */
async function recordErrors(page) {
  await page.addInitScript(() => {
    window.__errors = [];
    addEventListener('learner-error', (e) => window.__errors.push(e.detail), true);
  });
}

async function rate(page, label, key) {
  const slider = page.locator('#stored').getByRole('slider', { name: label });
  await slider.focus();
  await page.keyboard.press(key);
  return slider;
}

const stored = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), KEY);

test('a learner\'s ratings survive a reload, in a versioned envelope', async ({ page }) => {
  await page.goto(PAGE);
  await rate(page, 'Focus', 'End');
  const envelope = await stored(page);
  expect(envelope).toMatchObject({ format: 'learner-widgets/storage', version: 1, schema: 'learner-profile/1', revision: 1 });
  expect(envelope.document.dimensions[2].selfRating).toBe(5);
  expect(Date.parse(envelope.savedAt)).not.toBeNaN();
  await page.reload();
  await expect(page.locator('#stored').getByRole('slider', { name: 'Focus' })).toHaveAttribute('aria-valuetext', '5');
});

test('an entry from the first version (a bare document) is migrated', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, JSON.stringify({ schema: 'learner-profile/1', learner: { id: 'old', name: 'Old Lea' },
        scale: { min: 1, max: 5, step: 1 }, dimensions: [{ id: 'reading', label: 'Reading', value: 3, selfRating: 2 }] }));
    }
  }, KEY);
  await page.goto(PAGE);
  await expect(page.locator('#stored').getByText('Old Lea', { exact: true })).toBeVisible();
  await rate(page, 'Reading', 'ArrowRight');
  const envelope = await stored(page);
  expect(envelope).toMatchObject({ format: 'learner-widgets/storage', version: 1, revision: 1 });
  expect(envelope.document.learner.name).toBe('Old Lea');
  expect(envelope.document.dimensions[0].selfRating).toBe(3);
});

test('a corrupted entry is kept under a backup key and the learner is told', async ({ page }) => {
  await recordErrors(page);
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, '{"format":"learner-widgets/storage", broken');
    }
  }, KEY);
  await page.goto(PAGE);
  const notice = page.locator('#stored').getByRole('status').filter({ hasText: 'could not be read' });
  await expect(notice).toBeVisible();
  const backups = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:backup:`))
    .map((k) => localStorage.getItem(k)), KEY);
  expect(backups).toEqual(['{"format":"learner-widgets/storage", broken']);
  expect(await page.evaluate(() => window.__errors.map((e) => e.code))).toEqual(['storage-corrupt']);
  // The widget shows its starting document and still works.
  await expect(page.locator('#stored').getByText('Lea', { exact: true })).toBeVisible();
});

test('full storage keeps the work in memory with a notice and learner-error', async ({ page }) => {
  await recordErrors(page);
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(PAGE);
  const slider = await rate(page, 'Curiosity', 'Home');
  await expect(page.locator('#stored').getByRole('status').filter({ hasText: 'no room left' })).toBeVisible();
  expect(await page.evaluate(() => window.__errors.map((e) => e.code))).toEqual(['storage-quota']);
  await expect(slider).toHaveAttribute('aria-valuetext', '1');
  await rate(page, 'Focus', 'Home');
  await expect(page.locator('#stored').getByRole('slider', { name: 'Focus' })).toHaveAttribute('aria-valuetext', '1');
});

test('a sandbox without storage access falls back to memory with a notice and learner-error', async ({ page }) => {
  await recordErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
    });
  });
  await page.goto(PAGE);
  await expect(page.locator('#stored').getByRole('status').filter({ hasText: 'Saving is not available here' })).toBeVisible();
  expect(await page.evaluate(() => window.__errors.map((e) => e.code))).toEqual(['storage-unavailable']);
  // Unrated, the slider starts mid-scale (3); one step down is 2.
  await rate(page, 'Reading', 'ArrowLeft');
  await expect(page.locator('#stored').getByRole('slider', { name: 'Reading' })).toHaveAttribute('aria-valuetext', '2');
});

test('two tabs on one key stay in step, and edits to different items are both kept', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  // Lets the test hold back what the second tab hears from others, to make it edit a stale copy.
  await second.addInitScript(() => {
    window.__hold = false;
    addEventListener('storage', (e) => { if (window.__hold) e.stopImmediatePropagation(); }, true);
    const add = BroadcastChannel.prototype.addEventListener;
    BroadcastChannel.prototype.addEventListener = function hold(type, listener, options) {
      return add.call(this, type, (e) => { if (!window.__hold) listener(e); }, options);
    };
  });
  await first.goto(PAGE);
  await second.goto(PAGE);
  // An edit in one tab appears in the other.
  await rate(first, 'Reading', 'End');
  await expect(second.locator('#stored').getByRole('slider', { name: 'Reading' })).toHaveAttribute('aria-valuetext', '5');
  // The second tab, not hearing the first's next edit, edits a different item on its stale copy.
  await second.evaluate(() => { window.__hold = true; });
  await rate(first, 'Focus', 'Home');
  await expect(second.locator('#stored').getByRole('slider', { name: 'Focus' })).toHaveAttribute('aria-valuetext', 'not rated yet');
  // Chromium hands the first tab's write to the second's copy of localStorage asynchronously; the
  // stale edit below must be saved after the second tab can read it, or there is nothing to merge.
  await expect.poll(async () => (await stored(second)).document.dimensions[2].selfRating).toBe(1);
  await rate(second, 'Number sense', 'End');
  await second.evaluate(() => { window.__hold = false; });
  await expect.poll(async () => {
    const { document } = await stored(first);
    return [document.dimensions[2].selfRating, document.dimensions[1].selfRating];
  }).toEqual([1, 5]);
  await expect(first.locator('#stored').getByRole('slider', { name: 'Number sense' })).toHaveAttribute('aria-valuetext', '5');
  await expect(second.locator('#stored').getByRole('slider', { name: 'Focus' })).toHaveAttribute('aria-valuetext', '1');
});

test('a learner downloads their data and erases it', async ({ page }) => {
  await page.goto(PAGE);
  await rate(page, 'Focus', 'End');
  const stored = page.locator('#stored');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    stored.getByRole('button', { name: 'Download my data' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('example-self-assessment.json');
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(saved.dimensions[2].selfRating).toBe(5);

  const erase = stored.getByRole('button', { name: 'Erase my data' });
  await erase.click();
  await expect(stored.getByRole('button', { name: 'Press again to erase' })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).not.toBeNull();
  await stored.getByRole('button', { name: 'Press again to erase' }).click();
  await expect(stored.getByRole('status').filter({ hasText: 'erased from this browser' })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
});

test('importJson validates before it replaces anything', async ({ page }) => {
  await page.goto(PAGE);
  const el = page.locator('#stored');
  // The element is defined once the module has loaded: only then has it importJson.
  await expect(el.getByText('Lea', { exact: true })).toBeVisible();
  const refused = await el.evaluate((node) => {
    try { node.importJson('{"schema":"learner-profile/1","learner":{"id":"x","name":"X"},"scale":{"min":0,"max":1},"dimensions":[{"id":"a","label":"A","value":7}]}'); return null; } catch (e) { return { message: e.message, code: e.code, path: e.path }; }
  });
  expect(refused).toEqual({ message: 'dimensions[0].value: 7 is above the scale maximum 1', code: 'invalid-document', path: 'dimensions[0].value' });
  await expect(el.getByText('Lea', { exact: true })).toBeVisible();
  const text = await el.evaluate((node) => node.exportJson());
  await el.evaluate((node, text) => node.importJson(text.replace('"Lea"', '"Lea M."')), text);
  await expect(el.getByText('Lea M.', { exact: true })).toBeVisible();
  expect((await stored(page)).document.learner.name).toBe('Lea M.');
});

test('an element removed and added back shows its storage notice again', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
    });
  });
  await page.goto(PAGE);
  const notice = page.locator('#stored').getByRole('status').filter({ hasText: 'Saving is not available here' });
  await expect(notice).toBeVisible();
  await page.evaluate(async () => {
    const el = document.getElementById('stored');
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    document.querySelector('main').append(el);
  });
  await expect(notice).toBeVisible();
  await expect(notice).toHaveCount(1);
});

test('evidence the host adds with addEvidence is kept in this browser and shown after a reload', async ({ page, baseURL }) => {
  const ana = JSON.parse(await readFile(new URL('../../www/samples/ana.progress.json', import.meta.url), 'utf8'));
  const open = ana.framework.competencies.filter((c) => !ana.framework.competencies.some((k) => k.parent === c.id))
    .find((c) => !ana.evidence.some((e) => e.competency === c.id));
  /** A stored tracker for Ana; `data` only gives the starting document. */
  const tracker = (doc) => page.evaluate(({ doc, open }) => {
    document.querySelector('#kept')?.remove();
    const el = document.createElement('learner-progress');
    el.id = 'kept';
    el.dataset.open = open;
    el.setAttribute('storage', 'local');
    el.setAttribute('storage-key', 'add-evidence');
    el.setAttribute('today', '2026-11-23');
    if (doc) el.data = doc;
    document.querySelector('main').append(el);
  }, { doc, open: open.id });
  const mastered = (n) => page.locator('#kept').getByRole('progressbar', { name: `${n} of 5 competencies mastered` });

  await openStrictPage(page, baseURL, 'add-evidence');
  await tracker(ana);
  await expect(mastered(1)).toBeVisible();
  // Two scores of 4 on a competency Ana has not started: mastered.
  await page.locator('#kept').evaluate((el) => {
    for (const date of ['2026-11-20', '2026-11-21']) {
      el.addEvidence({ competency: el.dataset.open, score: 4, date, source: 'Conference' });
    }
  });
  await expect(mastered(2)).toBeVisible();
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('learner-widgets:add-evidence')));
  expect(saved.document.evidence.slice(-2).map((e) => e.date)).toEqual(['2026-11-20', '2026-11-21']);

  await page.reload();
  await page.evaluate(() => customElements.whenDefined('learner-progress'));
  await tracker(null);
  await expect(mastered(2)).toBeVisible();
  expect(await page.locator('#kept').evaluate((el) => el.data.evidence.length)).toBe(ana.evidence.length + 2);
});
