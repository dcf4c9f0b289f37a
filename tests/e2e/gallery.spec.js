// The gallery, as a visitor sees and hears it: the vertical slice from document to pixels.
import { test, expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations } from './axe.js';
import { guardPage } from './page-guard.js';

const ANA_DIMENSIONS = [
  ['Reading comprehension', '86', '78–92'],
  ['Fractions', '38', '25–55'],
  ['Written expression', '71', '60–80'],
  ['Working memory', '44', '35–60'],
  ['Visual reasoning', '90', '84–95'],
  ['Persistence', '64', '40–80'],
  ['Collaboration', '81', '—'],
  ['English language', '57', '50–66'],
];

test('the gallery shows two jagged profiles with accessible charts and full tables', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.goto('/');

  const ana = page.locator('#profile-ana');
  await expect(ana.getByRole('group', { name: 'Jagged profile of Ana García across 8 dimensions' })).toBeVisible();
  await expect(ana.getByText('Strengths: Visual reasoning (90), Reading comprehension (86). Working on: Fractions (38, goal 60), Persistence (64, goal 75).')).toBeVisible();
  await expect(ana.getByRole('img', { name: /^Fractions: 38, usually 25–55, goal 60/ })).toBeVisible();
  await page.screenshot({
    path: fileURLToPath(new URL('../../docs/images/gallery.png', import.meta.url)),
    fullPage: false,
  });

  await ana.getByRole('button', { name: 'Table' }).click();
  const table = ana.getByRole('table', { name: 'Ana García: every dimension on a 0–100 scale' });
  await expect(table.getByRole('row')).toHaveCount(ANA_DIMENSIONS.length + 1);
  for (const [label, value, range] of ANA_DIMENSIONS) {
    const row = table.getByRole('row', { name: new RegExp(`^${label}`) });
    await expect(row.getByRole('cell').nth(1)).toHaveText(value);
    await expect(row.getByRole('cell').nth(2)).toHaveText(range);
  }

  const malik = page.locator('#profile-malik');
  await expect(malik.getByRole('group', { name: 'Profile of Malik Okafor: peaks and valleys by group' })).toBeVisible();
  await malik.getByRole('button', { name: 'Table' }).click();
  await expect(malik.getByRole('table').getByRole('row')).toHaveCount(9);
  expect(problems).toEqual([]);
});

test('an invalid document shows the field at fault, fires learner-error, and the other widgets keep working', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  await page.goto('/');
  await expect(page.locator('#profile-ana').getByRole('group').first()).toBeVisible();

  // The gallery's own bad example, from the data attribute.
  await expect(page.locator('#profile-invalid').getByRole('alert')).toContainText(
    'dimensions[1].value: 140 is above the scale maximum 100');

  // A second element added by the host with a broken document.
  const detail = await page.evaluate(() => new Promise((resolve) => {
    const element = document.createElement('learner-profile');
    element.id = 'late-invalid';
    element.addEventListener('learner-error', (event) => resolve(event.detail), { once: true });
    element.data = {
      schema: 'learner-profile/1',
      learner: { id: 'x', name: 'Xu' },
      scale: { min: 0, max: 10 },
      dimensions: [{ id: 'a', label: 'A', value: 'high' }],
    };
    document.querySelector('main').append(element);
  }));
  expect(detail.code).toBe('invalid-shape');
  expect(detail.path).toBe('dimensions[0].value');
  await expect(page.locator('#late-invalid').getByRole('alert')).toContainText('dimensions[0].value');

  // Malformed JSON in the attribute is named as such.
  await page.locator('#profile-invalid').evaluate((el) => el.setAttribute('data', '{"schema": '));
  await expect(page.locator('#profile-invalid').getByRole('alert')).toContainText('not valid JSON');

  // The first widget still responds to new data.
  await page.locator('#profile-ana').getByRole('button', { name: 'Table' }).click();
  await page.locator('#profile-ana').evaluate((el) => {
    const doc = el.data;
    doc.dimensions[1].value = 52;
    el.data = doc;
  });
  const fractions = page.locator('#profile-ana').getByRole('row', { name: /^Fractions/ });
  await expect(fractions.getByRole('cell').nth(1)).toHaveText('52');
  expect(problems).toEqual([]);
});

test('an element moved in the page keeps its document; one removed and re-added shows it again', async ({ page }) => {
  await page.goto('/');
  const malik = page.locator('#profile-malik');
  await expect(malik.getByRole('group', { name: /Malik Okafor/ })).toBeVisible();
  await page.evaluate(() => {
    const el = document.getElementById('profile-malik');
    document.querySelector('main').prepend(el);
  });
  await expect(malik.getByRole('group', { name: /Malik Okafor/ })).toBeVisible();
  await page.evaluate(async () => {
    const el = document.getElementById('profile-malik');
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    document.querySelector('main').append(el);
  });
  await expect(malik.getByRole('group', { name: /Malik Okafor/ })).toBeVisible();
  await expect(malik.getByRole('group', { name: /Malik Okafor/ })).toHaveCount(1);
});

test('the gallery has no WCAG 2.2 AA violation', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await expect(page.locator('#profile-class').getByRole('button', { name: /^Open / })).toHaveCount(150);
  await expectNoAxeViolations(page);
});
