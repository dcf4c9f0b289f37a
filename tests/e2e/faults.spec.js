// storage="local" under faults: a save that fails or is cut off midway leaves the previous entry
// whole, 1,000 rapid edits end with the last one stored, and two tabs whose edits cannot be
// combined never store a document the widget cannot show. (Two tabs editing different items both
// keep their edits: storage.spec.js, "two tabs on one key stay in step".)
import { test, expect } from '@playwright/test';
import { guardPage } from './page-guard.js';

const PAGE = '/examples/local-storage.html';
const KEY = 'learner-widgets:example-self-assessment';
const DIMENSIONS = ['Reading', 'Number sense', 'Focus', 'Curiosity'];

/** Collects learner-error details from the start of the page. */
async function recordErrors(page) {
  await page.addInitScript(() => {
    window.__errors = [];
    addEventListener('learner-error', (e) => window.__errors.push(e.detail), true);
  });
}

/** The raw localStorage entry, and every backup of it. */
const entries = (page) => page.evaluate((key) => ({
  raw: localStorage.getItem(key),
  backups: Object.keys(localStorage).filter((k) => k.startsWith(`${key}:backup:`)).sort()
    .map((k) => localStorage.getItem(k)),
}), KEY);

/**
 * Makes edits `from`..`to` in the page, each as its own task (as a person's input arrives), and
 * resolves with the number made. Edit i sets a note when i is even, a rating when odd; which
 * dimension and what value follow from i, so `expected` can tell the final state.
 */
function edit(page, from, to) {
  return page.evaluate(async ([from, to]) => {
    const root = document.getElementById('stored').shadowRoot;
    const task = () => new Promise((resolve) => {
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => resolve();
      port2.postMessage(null);
    });
    let made = 0;
    for (let i = from; i <= to; i += 1) {
      const d = i % 4;
      const input = i % 2 === 0 ? root.getElementById(`self-note-${d}`) : root.getElementById(`self-rating-${d}`);
      if (!input) break; // the widget went away (the test cut the page off)
      input.value = i % 2 === 0 ? `edit ${i}` : String((i % 5) + 1);
      input.dispatchEvent(new Event('change', { bubbles: true }));
      made += 1;
      await task();
    }
    return made;
  }, [from, to]);
}

/** What edits 1..n leave: per dimension, the rating and the note. */
function expected(n) {
  const state = DIMENSIONS.map(() => ({ rating: undefined, note: undefined }));
  for (let i = 1; i <= n; i += 1) {
    if (i % 2 === 0) state[i % 4].note = `edit ${i}`;
    else state[i % 4].rating = (i % 5) + 1;
  }
  return state;
}

/** What the widget shows for each dimension, read as a person would: slider value and note. */
async function shown(page) {
  const el = page.locator('#stored');
  const out = [];
  for (const label of DIMENSIONS) {
    const valuetext = await el.getByRole('slider', { name: label }).getAttribute('aria-valuetext');
    const note = await el.getByRole('textbox', { name: `Note on ${label} (optional)` }).inputValue();
    out.push({ rating: valuetext === 'not rated yet' ? undefined : Number(valuetext), note: note || undefined });
  }
  return out;
}

/** The state a stored document holds, in the same shape as `expected`. */
const fromDocument = (doc) => doc.dimensions.map((d) => ({ rating: d.selfRating, note: d.selfNote }));

test('1,000 rapid edits end with the last one stored, and a reload shows it', async ({ page, baseURL }) => {
  test.slow();
  const problems = await guardPage(page, baseURL);
  await recordErrors(page);
  await page.goto(PAGE);
  await expect(page.locator('#stored').getByRole('slider', { name: 'Reading' })).toBeVisible();
  // Every write to the entry, as written: each must be a whole envelope, one revision on.
  await page.evaluate((key) => {
    window.__writes = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function record(k, v) {
      if (k === key) window.__writes.push(v);
      return setItem.call(this, k, v);
    };
  }, KEY);
  const started = Date.now();
  expect(await edit(page, 1, 1000)).toBe(1000);
  const seconds = (Date.now() - started) / 1000;
  console.log(`1,000 edits saved in ${seconds.toFixed(1)} s`);

  const writes = await page.evaluate(() => window.__writes.map((w) => JSON.parse(w)));
  expect(writes).toHaveLength(1000);
  expect(writes.map((w) => w.revision)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
  expect(writes.every((w) => w.format === 'learner-widgets/storage' && w.version === 1)).toBe(true);
  const last = expected(1000);
  expect(fromDocument(writes.at(-1).document)).toEqual(last);
  const { raw, backups } = await entries(page);
  expect(fromDocument(JSON.parse(raw).document)).toEqual(last);
  expect(backups).toEqual([]);
  expect(await shown(page)).toEqual(last);

  await page.reload();
  await expect(page.locator('#stored').getByRole('slider', { name: 'Reading' })).toBeVisible();
  expect(await shown(page)).toEqual(last);
  expect(await page.evaluate(() => window.__errors)).toEqual([]);
  expect(problems).toEqual([]);
});

test('a save that fails midway leaves the previous entry whole, and a reload shows it', async ({ page }) => {
  await recordErrors(page);
  await page.goto(PAGE);
  await expect(page.locator('#stored').getByRole('slider', { name: 'Reading' })).toBeVisible();
  expect(await edit(page, 1, 3)).toBe(3);
  const before = await entries(page);
  expect(JSON.parse(before.raw).revision).toBe(3);
  // The next write to the entry fails after the browser has begun it (a write error from the disk
  // behind localStorage, say): the storage layer sees a throw from setItem.
  await page.evaluate((key) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function failing(k, v) {
      if (k === key) throw new DOMException('The operation failed for an unknown transient reason.', 'UnknownError');
      return setItem.call(this, k, v);
    };
  }, KEY);
  await edit(page, 4, 4);
  const stored = page.locator('#stored');
  await expect(stored.getByRole('status').filter({ hasText: 'could not be saved in this browser' })).toBeVisible();
  expect(await page.evaluate(() => window.__errors.map((e) => e.code))).toEqual(['storage-unavailable']);
  // The edit stays on screen (kept in memory); the entry is exactly the one before it.
  expect((await shown(page))[0].note).toBe('edit 4');
  expect(await entries(page)).toEqual(before);

  await page.reload();
  await expect(stored.getByRole('slider', { name: 'Reading' })).toBeVisible();
  expect(await shown(page)).toEqual(expected(3));
  expect(await page.evaluate(() => window.__errors)).toEqual([]);
});

test('a save cut off between its steps (backup written, entry not) loses nothing', async ({ page }) => {
  await recordErrors(page);
  await page.goto(PAGE);
  await expect(page.locator('#stored').getByRole('slider', { name: 'Reading' })).toBeVisible();
  expect(await edit(page, 1, 2)).toBe(2);
  // Something else leaves an unreadable entry behind; the next save must first back it up, then
  // write. The page is cut off after the backup: the second write never happens.
  const unreadable = '{"format":"learner-widgets/storage","version":1,"revision":2,"document":{"schema":"lear';
  await page.evaluate(([key, unreadable]) => {
    localStorage.setItem(key, unreadable);
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function cutOff(k, v) {
      if (k === key) throw new DOMException('The page is closing.', 'InvalidStateError');
      return setItem.call(this, k, v);
    };
  }, [KEY, unreadable]);
  await edit(page, 3, 3);
  expect(await entries(page)).toEqual({ raw: unreadable, backups: [unreadable] });

  // Reopened: the entry is still unreadable, so it is reported; nothing in it was lost.
  await page.reload();
  const stored = page.locator('#stored');
  await expect(stored.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
  const after = await entries(page);
  expect(after.raw).toBe(unreadable);
  expect(after.backups.every((b) => b === unreadable)).toBe(true);
  // And the next edit saves a whole envelope over it.
  await edit(page, 4, 4);
  const { raw } = await entries(page);
  expect(JSON.parse(raw)).toMatchObject({ format: 'learner-widgets/storage', version: 1 });
  expect(JSON.parse(raw).document.dimensions[0].selfNote).toBe('edit 4');
});

test('a tab that crashes during a burst of saves leaves a whole entry that the next tab shows', async ({ context, baseURL }) => {
  test.slow();
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(page.locator('#stored').getByRole('slider', { name: 'Reading' })).toBeVisible();
  // Edits keep coming; the renderer is killed while they do.
  const burst = edit(page, 1, 100_000).catch(() => 'crashed');
  await expect.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{"revision":0}').revision, KEY)
    .catch(() => 0)).toBeGreaterThan(200);
  const crashed = page.waitForEvent('crash');
  const cdp = await context.newCDPSession(page);
  cdp.send('Page.crash').catch(() => { /* the page is gone before it answers */ });
  await crashed;
  expect(await burst).toBe('crashed');

  const next = await context.newPage();
  const problems = await guardPage(next, baseURL);
  await recordErrors(next);
  await next.goto(PAGE);
  await expect(next.locator('#stored').getByRole('slider', { name: 'Reading' })).toBeVisible();
  const { raw, backups } = await entries(next);
  const envelope = JSON.parse(raw);
  expect(envelope).toMatchObject({ format: 'learner-widgets/storage', version: 1, schema: 'learner-profile/1' });
  expect(envelope.revision).toBeGreaterThan(200);
  // The entry is one whole save: the document is exactly what edits 1..revision leave.
  expect(fromDocument(envelope.document)).toEqual(expected(envelope.revision));
  expect(await shown(next)).toEqual(expected(envelope.revision));
  expect(backups).toEqual([]);
  expect(await next.evaluate(() => window.__errors)).toEqual([]);
  expect(problems).toEqual([]);
});

test('two tabs picking the same activity never store a board that cannot be shown', async ({ context, baseURL }) => {
  const board = await (await context.request.get(`${baseURL}/samples/choice-tic-tac-toe.json`)).json();
  board.selections = [];
  board.proposals = [];
  const BOARD_KEY = 'learner-widgets:conflict-board';
  const tabs = [await context.newPage(), await context.newPage()];
  const [first, second] = tabs;
  // Both tabs start from the same stored board; the second can be made deaf to the first.
  await first.goto(PAGE);
  await first.evaluate(([key, board]) => localStorage.setItem(key, JSON.stringify({
    format: 'learner-widgets/storage', version: 1, schema: board.schema, revision: 1,
    savedAt: new Date().toISOString(), document: board,
  })), [BOARD_KEY, board]);
  await second.addInitScript(() => {
    window.__hold = false;
    addEventListener('storage', (e) => { if (window.__hold) e.stopImmediatePropagation(); }, true);
    const add = BroadcastChannel.prototype.addEventListener;
    BroadcastChannel.prototype.addEventListener = function hold(type, listener, options) {
      return add.call(this, type, (e) => { if (!window.__hold) listener(e); }, options);
    };
  });
  await recordErrors(second);
  await second.goto(PAGE);
  for (const tab of tabs) {
    await tab.evaluate(() => {
      const el = document.createElement('learner-choice-board');
      el.id = 'board';
      el.setAttribute('storage', 'local');
      el.setAttribute('storage-key', 'conflict-board');
      document.querySelector('main').append(el);
    });
    await expect(tab.locator('#board').getByRole('button', { name: /Food web poster/ })).toBeVisible();
  }
  await second.evaluate(() => { window.__hold = true; });
  const pick = async (tab) => {
    const cell = tab.locator('#board').getByRole('button', { name: /Food web poster/ });
    await cell.focus();
    await tab.keyboard.press('Space');
    await expect(cell).toHaveAttribute('aria-pressed', 'true');
  };
  await pick(first);
  const theirs = (await first.evaluate((key) => localStorage.getItem(key), BOARD_KEY));
  // Chromium hands a write to other tabs' copies of localStorage asynchronously: until the second
  // tab reads the first's save there is no conflict to see (a busy CI machine once lost this race).
  await expect.poll(() => second.evaluate((key) => localStorage.getItem(key), BOARD_KEY)).toBe(theirs);
  await pick(second);
  await second.evaluate(() => { window.__hold = false; });

  // Merged, the board would pick the activity twice; instead the second tab's board is stored and
  // the first tab's copy is kept aside, and the learner is told.
  await expect(second.locator('#board').getByRole('status').filter({ hasText: 'could not be combined' })).toBeVisible();
  expect(await second.evaluate(() => window.__errors.map((e) => e.code))).toEqual(['storage-conflict']);
  const { raw, backups } = await second.evaluate((key) => ({
    raw: localStorage.getItem(key),
    backups: Object.keys(localStorage).filter((k) => k.startsWith(`${key}:backup:`)).map((k) => localStorage.getItem(k)),
  }), BOARD_KEY);
  expect(backups).toEqual([theirs]);
  const stored = JSON.parse(raw);
  expect(stored.revision).toBe(3);
  expect(stored.document.selections.map((s) => s.activity)).toEqual(['food-web']);
  // What is stored is a board the widget shows: a fresh element given it reports no error.
  await second.evaluate((doc) => {
    const el = document.createElement('learner-choice-board');
    el.id = 'check';
    el.data = doc;
    document.querySelector('main').append(el);
  }, stored.document);
  await expect(second.locator('#check').getByRole('button', { name: /Food web poster/ })).toHaveAttribute('aria-pressed', 'true');
  expect(await second.evaluate(() => window.__errors.map((e) => e.code))).toEqual(['storage-conflict']);
  // Both tabs show a working board with the pick, never an error.
  for (const tab of tabs) {
    await expect(tab.locator('#board').getByRole('button', { name: /Food web poster/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(tab.locator('#board').getByRole('alert')).toHaveCount(0);
  }
});
