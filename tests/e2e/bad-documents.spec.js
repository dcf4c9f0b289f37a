// Bad input in the browser: every document of tests/fixtures/bad/ is refused with a message naming
// the field and a learner-error, and the other widgets on the page keep working. Markup in a
// document is shown as text and never runs.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { guardPage } from './page-guard.js';

const folder = new URL('../fixtures/bad/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', folder), 'utf8'));
const cases = Object.entries(index).map(([name, expected]) => ({
  name, ...expected, text: readFileSync(new URL(`${name}.json`, folder), 'utf8'),
}));

/** Adds an element with `text` as its data attribute; resolves with the learner-error detail. */
function addBad(page, element, id, text) {
  return page.evaluate(([element, id, text]) => new Promise((resolve) => {
    const el = document.createElement(element);
    el.id = id;
    el.addEventListener('learner-error', (e) => resolve(e.detail), { once: true });
    el.setAttribute('data', text);
    document.querySelector('main').append(el);
  }), [element, id, text]);
}

test(`all ${cases.length} bad documents are refused, each naming its field`, async ({ page, baseURL }) => {
  test.slow();
  expect(cases.length).toBeGreaterThanOrEqual(50);
  // Each document goes to the element for its schema, all three elements included.
  const perElement = {};
  for (const c of cases) perElement[c.element] = (perElement[c.element] ?? 0) + 1;
  expect(Object.keys(perElement).sort()).toEqual(['learner-choice-board', 'learner-profile', 'learner-progress']);
  expect(perElement['learner-choice-board']).toBeGreaterThanOrEqual(8);
  const problems = await guardPage(page, baseURL);
  await page.goto('/');
  await expect(page.locator('#profile-malik').getByRole('group').first()).toBeVisible();
  for (const [i, c] of cases.entries()) {
    const detail = await addBad(page, c.element, `bad-${i}`, c.text);
    expect.soft({ name: c.name, code: detail.code, path: detail.path })
      .toEqual({ name: c.name, code: c.code, path: c.path });
    const alert = page.locator(`#bad-${i}`).getByRole('alert');
    await expect.soft(alert).toContainText("can't be shown");
    if (c.path) await expect.soft(alert).toContainText(c.path.slice(0, 60));
  }
  // The widgets that were there before still answer.
  await page.locator('#profile-ana').getByRole('button', { name: 'Table' }).click();
  await expect(page.locator('#profile-ana').getByRole('row', { name: /^Fractions/ })).toBeVisible();
  await page.locator('#progress-ana').getByRole('button', { name: 'Map' }).click();
  await expect(page.locator('#progress-ana').getByText('Step 1')).toBeVisible();
  await page.locator('#choice-learner').getByRole('button', { name: /Food web poster/ }).focus();
  await expect(page.locator('#choice-learner').getByRole('region', { name: 'Food web poster' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a 10 MB document is refused quickly with the reason, not a hang', async ({ page }) => {
  await page.goto('/');
  const started = Date.now();
  const detail = await page.evaluate(() => new Promise((resolve) => {
    const dimensions = Array.from({ length: 120000 }, (_, i) => (
      { id: `d${i}`, label: `Dimension number ${i} with a long label`, value: 50, group: 'academic' }));
    const text = JSON.stringify({ schema: 'learner-profile/1', learner: { id: 'x', name: 'X' }, scale: { min: 0, max: 100 }, dimensions });
    const el = document.createElement('learner-profile');
    el.id = 'huge';
    el.addEventListener('learner-error', (e) => resolve({ ...e.detail, size: text.length }), { once: true });
    el.data = text;
    document.querySelector('main').append(el);
  }));
  expect(detail.size).toBeGreaterThan(10_000_000);
  expect(detail.message).toBe('dimensions: holds 120000; at most 64 are allowed');
  expect(Date.now() - started).toBeLessThan(10_000);
  await expect(page.locator('#huge').getByRole('alert')).toContainText('at most 64 are allowed');
});

test('markup and script in a document are shown as text and never run', async ({ page, context }) => {
  const dialogs = [];
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
  await page.goto('/');
  const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  await page.evaluate((hostile) => {
    const el = document.createElement('learner-profile');
    el.id = 'hostile';
    el.setAttribute('view', 'table');
    el.data = {
      schema: 'learner-profile/1',
      learner: { id: 'x', name: `Sam ${hostile}` },
      scale: { min: 0, max: 10 },
      dimensions: [{ id: 'a', label: `Reading ${hostile}`, value: 5, note: hostile }],
    };
    document.querySelector('main').append(el);
    window.__ran = false;
  }, hostile);
  const el = page.locator('#hostile');
  await expect(el.getByRole('row', { name: /^Reading / })).toContainText(hostile);
  await expect(el.getByText(`Sam ${hostile}`, { exact: true })).toBeVisible();
  expect(await el.evaluate((node) => node.shadowRoot.querySelectorAll('img, script').length)).toBe(0);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(await context.cookies()).toEqual([]);
});
