// The theme designer as a designer uses it: edit tokens and see the widgets change and the contrast
// checks react; start from a preset; export a theme and import it back to the same look.
import { test, expect } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './axe.js';
import { guardPage } from './page-guard.js';

/** Opens the designer and waits until it has wired its controls. */
async function open(page) {
  await page.goto('/designer.html');
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
}

const rootColours = (page) => page.locator('#preview-radar').evaluate((el) => {
  const root = getComputedStyle(el.shadowRoot.querySelector('.learner-root'));
  return { background: root.backgroundColor, color: root.color };
});

test('editing a token changes every widget and the contrast checks', async ({ page, baseURL }) => {
  test.slow();
  const problems = await guardPage(page, baseURL);
  await open(page);
  await expect(page.locator('#preview-progress').getByText('Behind', { exact: true })).toBeVisible();
  // One input per custom property the manifest documents.
  const manifest = JSON.parse(await readFile(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
  const documented = new Set(manifest.modules.flatMap((m) => m.declarations).flatMap((d) => d.cssProperties ?? []).map((p) => p.name));
  expect(await page.locator('#tokens input[type="text"]').count()).toBe(documented.size);
  const table = page.getByRole('table', { name: 'Each colour against what it is drawn on' });
  await expect(table.getByRole('row', { name: /--learner-text --learner-surface/ })).toContainText('Passes');
  await expect(table.getByText(/^Too low/)).toHaveCount(0);

  const text = page.getByRole('textbox', { name: '--learner-text', exact: true });
  await text.fill('#b0b0b0');
  await text.press('Enter');
  expect((await rootColours(page)).color).toBe('rgb(176, 176, 176)');
  await expect(table.getByRole('row', { name: /--learner-text --learner-surface/ })).toContainText('Too low: 4.5:1 needed');
  await expect(page.locator('#css-out')).toHaveValue(/--learner-text: #b0b0b0;/);
  await expectNoAxeViolations(page, 'main > h1');
  expect(problems).toEqual([]);
});

test('a preset fills every token, and all its colours pass', async ({ page }) => {
  await open(page);
  await page.getByLabel('Start from').selectOption('dark');
  await expect(page.locator('#designer-status')).toHaveText('Started from the Dark preset.');
  await expect(page.getByRole('textbox', { name: '--learner-surface', exact: true })).toHaveValue('#161b26');
  expect((await rootColours(page)).background).toBe('rgb(22, 27, 38)');
  await expect(page.getByRole('table', { name: 'Each colour against what it is drawn on' }).getByText(/^Too low/)).toHaveCount(0);
});

test('a theme exported as JSON and imported again gives the same look', async ({ page }, testInfo) => {
  await open(page);
  await page.getByLabel('Start from').selectOption('high-contrast');
  const accent = page.getByRole('textbox', { name: '--learner-accent', exact: true });
  await accent.fill('#5a189a');
  await accent.press('Enter');
  const before = await rootColours(page);
  const accentBefore = await page.locator('#preview-radar').evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.radar-shape')).stroke);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const saved = testInfo.outputPath('theme.json');
  await writeFile(saved, await readFile(await download.path()));

  await open(page);
  expect(await rootColours(page)).not.toEqual(before);
  await page.getByLabel('Import a theme (.json or .css)').setInputFiles(saved);
  await expect(page.locator('#designer-status')).toContainText('Imported');
  expect(await rootColours(page)).toEqual(before);
  expect(await page.locator('#preview-radar').evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.radar-shape')).stroke)).toBe(accentBefore);

  // The CSS export carries the same theme.
  const [css] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSS' }).click(),
  ]);
  expect(await readFile(await css.path(), 'utf8')).toContain('--learner-accent: #5a189a;');
});

test('the designer page passes axe', async ({ page }) => {
  test.slow();
  await open(page);
  await expect(page.locator('#preview-progress').getByText('Behind', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});
