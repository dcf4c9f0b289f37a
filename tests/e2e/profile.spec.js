// <learner-profile> as learners and teachers use it: views, growth, contexts, self-assessment by
// keyboard, the class view, export, and accessibility in every state.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './axe.js';
import { guardPage } from './page-guard.js';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#profile-class').getByRole('button', { name: /^Open / })).toHaveCount(150);
});

test('each view is reachable from the in-widget control and from the view attribute', async ({ page }) => {
  const ana = page.locator('#profile-ana');
  const pressed = ana.getByRole('button', { pressed: true });
  await expect(pressed).toHaveText('Radar');
  await expect(ana.getByRole('group', { name: 'Jagged profile of Ana García across 8 dimensions' })).toBeVisible();

  await ana.getByRole('button', { name: 'Profile' }).click();
  await expect(pressed).toHaveText('Profile');
  await expect(ana.getByRole('group', { name: 'Profile of Ana García: peaks and valleys by group' })).toBeVisible();
  await expect(ana.getByRole('img', { name: /^Fractions: 38/ })).toBeVisible();

  await ana.getByRole('button', { name: 'Table' }).click();
  await expect(ana.getByRole('table')).toBeVisible();
  await expect(ana.getByRole('group', { name: /Jagged profile/ })).toHaveCount(0);
  await expect(ana.getByRole('button', { name: 'Download SVG' })).toHaveCount(0);

  // The host's attribute wins over the learner's last choice.
  await ana.evaluate((el) => el.setAttribute('view', 'profile'));
  await expect(pressed).toHaveText('Profile');
  await ana.evaluate((el) => el.setAttribute('view', 'radar'));
  await expect(pressed).toHaveText('Radar');
});

test('comparing with an earlier snapshot shows each change with its direction and the biggest growth', async ({ page }) => {
  const ana = page.locator('#profile-ana');
  await ana.getByLabel('Compare with').selectOption({ label: 'February check-in (Feb 2, 2026)' });
  await expect(ana.getByText('Biggest growth since February check-in: English language, up 16.')).toBeVisible();
  await expect(ana.getByRole('img', { name: /^Fractions: 38, .*up 14 since February check-in/ })).toBeVisible();
  await expect(ana.getByRole('listitem').filter({ hasText: 'February check-in' })).toBeVisible();

  await ana.getByRole('button', { name: 'Table' }).click();
  const table = ana.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Change since February check-in' })).toBeVisible();
  // Cells: group, value, usual range, goal, your rating, change, about.
  await expect(table.getByRole('row', { name: /^Fractions/ }).getByRole('cell').nth(5)).toHaveText('▲ 14');

  await ana.getByLabel('Compare with').selectOption({ label: 'Start of the year (Sep 8, 2026)' });
  await expect(table.getByRole('row', { name: /^Working memory/ }).getByRole('cell').nth(5)).toHaveText('▼ 1');
});

test('switching context redraws the profile with that context\'s values', async ({ page }) => {
  const ana = page.locator('#profile-ana');
  await ana.getByRole('button', { name: 'Table' }).click();
  const persistence = ana.getByRole('row', { name: /^Persistence/ }).getByRole('cell').nth(1);
  await expect(persistence).toHaveText('64');
  await ana.getByLabel('Context').selectOption({ label: 'Working alone' });
  await expect(persistence).toHaveText('52');
  await expect(ana.getByRole('row', { name: /^Reading/ }).getByRole('cell').nth(1)).toHaveText('86 (general)');
  await ana.getByLabel('Context').selectOption({ label: 'In a group' });
  await expect(persistence).toHaveText('76');
  await expect(ana.getByText('Working on: Fractions (47, goal 60).')).toBeVisible();
});

test('a keyboard-only self-assessment ends in the expected learner-change', async ({ page }) => {
  const self = page.locator('#profile-self');
  const changes = await self.evaluateHandle((el) => {
    const seen = [];
    el.addEventListener('learner-change', (event) => seen.push(event.detail));
    return seen;
  });
  // Tab from the last toolbar control through every dimension of the chart, each announcing
  // itself, into the first slider; then rate by keyboard only.
  await self.getByRole('button', { name: 'Download PNG' }).focus();
  for (const label of ['Reading comprehension', 'Fractions', 'Written expression', 'Working memory',
    'Visual reasoning', 'Persistence', 'Collaboration', 'English language']) {
    await page.keyboard.press('Tab');
    await expect(self.getByRole('img', { name: new RegExp(`^${label}: \\d+`) })).toBeFocused();
  }
  await page.keyboard.press('Tab');
  const reading = self.getByRole('slider', { name: 'Reading comprehension' });
  await expect(reading).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(reading).toHaveAttribute('aria-valuetext', '85');
  await page.keyboard.press('End');
  await expect(reading).toHaveAttribute('aria-valuetext', '100');
  await page.keyboard.press('Tab');
  await expect(self.getByRole('textbox', { name: 'Note on Reading comprehension (optional)' })).toBeFocused();
  await page.keyboard.type('I read a lot at home');
  await page.keyboard.press('Tab');
  await expect(self.getByRole('slider', { name: 'Fractions' })).toBeFocused();
  await page.keyboard.press('Home');

  const details = await changes.jsonValue();
  expect(details.map((d) => d.change)).toEqual([
    { type: 'self-rating', dimension: 'reading', value: 85, previous: 80 },
    { type: 'self-rating', dimension: 'reading', value: 100, previous: 85 },
    { type: 'self-note', dimension: 'reading', note: 'I read a lot at home', previous: null },
    { type: 'self-rating', dimension: 'fractions', value: 0, previous: 30 },
  ]);
  const last = details.at(-1).document;
  expect(last.schema).toBe('learner-profile/1');
  expect(last.dimensions[0]).toMatchObject({ id: 'reading', selfRating: 100, selfNote: 'I read a lot at home' });
  expect(last.dimensions[1]).toMatchObject({ id: 'fractions', selfRating: 0 });
  await expect(page.locator('#self-last-change')).toHaveText('fractions: rated 0');
  await expect(self.getByRole('img', { name: /^Reading comprehension: 86, .*your rating 100/ })).toBeVisible();
});

test('a pointer sets a rating with one click, no dragging', async ({ page }) => {
  const slider = page.locator('#profile-self').getByRole('slider', { name: 'Working memory' });
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  await page.mouse.click(box.x + box.width * 0.9, box.y + box.height / 2);
  await expect(slider).toHaveAttribute('aria-valuetext', /^(85|90|95)$/);
});

test('the class view shows 150 learners and every dimension\'s spread, and opens a learner', async ({ page }) => {
  const cls = page.locator('#profile-class');
  await expect(cls.getByText('Year 7 Blue: 150 learners')).toBeVisible();
  const spread = cls.getByRole('table', { name: 'Spread across the class, on a 0–100 scale' });
  await expect(spread.getByRole('row')).toHaveCount(9);
  await expect(spread.getByRole('row', { name: /^Fractions/ }).getByRole('cell').nth(1)).toHaveText('150');
  // The spread names no learner: it is not a ranking.
  await expect(spread).not.toContainText('Ana García');

  await cls.getByRole('button', { name: "Open Malik Tanaka 2's profile" }).click();
  await expect(cls.getByRole('group', { name: 'Jagged profile of Malik Tanaka 2 across 8 dimensions' })).toBeVisible();
  await cls.getByRole('button', { name: 'Back to Year 7 Blue' }).click();
  await expect(cls.getByRole('button', { name: /^Open / })).toHaveCount(150);
});

test('export downloads a non-empty SVG and PNG of the chart', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  const ana = page.locator('#profile-ana');
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    ana.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe('Ana García profile.svg');
  const svg = await readFile(await svgDownload.path(), 'utf8');
  expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain('<style>');
  expect(svg).toContain('Fractions');

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    ana.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toBe('Ana García profile.png');
  const png = await readFile(await pngDownload.path());
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.length).toBeGreaterThan(5000);
  expect(problems).toEqual([]);
});

test('axe finds no violation in the radar, profile and table views', async ({ page }) => {
  test.slow();
  const ana = page.locator('#profile-ana');
  await expectNoAxeViolations(page, '#profile-ana');
  await ana.getByLabel('Compare with').selectOption({ index: 1 });
  await ana.getByRole('button', { name: 'Profile' }).click();
  await expectNoAxeViolations(page, '#profile-ana');
  await ana.getByRole('button', { name: 'Table' }).click();
  await expectNoAxeViolations(page, '#profile-ana');
});

test('axe finds no violation in self-assessment mode', async ({ page }) => {
  test.slow();
  await expectNoAxeViolations(page, '#profile-self');
});

test('axe finds no violation in the class view, nor in a learner opened from it', async ({ page }) => {
  test.slow();
  await expectNoAxeViolations(page, '#profile-class');
  await page.locator('#profile-class').getByRole('button', { name: /^Open / }).first().click();
  await expectNoAxeViolations(page, '#profile-class');
});

test('printing hides the controls and keeps the chart', async ({ page }) => {
  const ana = page.locator('#profile-ana');
  await page.emulateMedia({ media: 'print' });
  await expect(ana.getByRole('button', { name: 'Download SVG' })).toBeHidden();
  await expect(ana.getByRole('group', { name: /Jagged profile of Ana García/ })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(ana.getByRole('button', { name: 'Download SVG' })).toBeVisible();
});
