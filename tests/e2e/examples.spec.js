// Every example page works as its text says, without errors or requests elsewhere, and passes axe.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './axe.js';
import { guardPage } from './page-guard.js';

test('the examples index links every example, and each loads cleanly', async ({ page, baseURL }) => {
  test.slow();
  await page.goto('/examples/');
  const links = await page.getByRole('list').getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links).toEqual(['plain-html.html', 'host-state.html', 'local-storage.html', 'xapi-lrs.html', 'server-rendered.html', 'iframe-lms.html']);
  const problems = await guardPage(page, baseURL);
  for (const href of links) {
    await page.goto(`/examples/${href}`);
    await expect(page.locator('learner-profile, learner-progress, iframe').first()).toBeVisible();
    // Every module has arrived (a page left while one is on its way is not what is tested here).
    await page.waitForFunction(() => [...document.querySelectorAll('learner-profile, learner-progress, learner-choice-board')]
      .every((element) => !element.matches(':state(loading)')));
    await page.waitForTimeout(500);
    expect(problems.filter((p) => !p.includes('localhost')), href).toEqual([]);
    const before = problems.length;
    await expectNoAxeViolations(page);
    // axe-core reads a stylesheet linked in a shadow root (a server-drawn widget's) by writing it
    // into a <style>, which the page's policy refuses: axe's doing, not the page's.
    const during = problems.splice(before).filter((p) => !/inline style|style-src-elem inline/.test(p));
    problems.push(...during);
  }
});

test('plain HTML: the inline document is drawn', async ({ page }) => {
  await page.goto('/examples/plain-html.html');
  await expect(page.getByRole('group', { name: 'Jagged profile of Lea across 5 dimensions' })).toBeVisible();
});

test('host-owned state: the host edits the document and keeps the learner\'s changes', async ({ page }) => {
  await page.goto('/examples/host-state.html');
  const widget = page.locator('#hosted');
  const reading = widget.getByRole('row', { name: /^Reading comprehension/ }).getByRole('cell').nth(1);
  await expect(reading).toHaveText('41');
  await page.locator('#host-editor').getByLabel('Reading comprehension', { exact: true }).fill('57');
  await page.locator('#host-editor').getByLabel('Reading comprehension', { exact: true }).press('Tab');
  await expect(reading).toHaveText('57');
  // The learner rates themself; the host's copy follows.
  const slider = widget.getByRole('slider', { name: 'Fractions' });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(page.locator('#host-json')).toContainText('"id": "fractions",\n  "value": 88,\n  "selfRating": 100');
  await expect(page.locator('#host-json')).toContainText('"id": "reading",\n  "value": 57');
});

test('the integrator guide is part of the site, with working links and no WCAG violation', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  await page.goto('/');
  await page.getByRole('link', { name: 'Integrator guide' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Integrator guide' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '<learner-profile>' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'learner-xapi', exact: false }).first()).toBeVisible();
  const schema = await page.request.get(await page.getByRole('link', { name: 'www/schemas/learner-profile-1.schema.json' }).getAttribute('href'));
  expect(schema.ok()).toBe(true);
  await page.getByRole('link', { name: 'LMS snippets' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Putting the widgets in a learning platform' })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});

test('drawn on the server: every widget is in the page before its module, then hydrates and works', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  // The modules are held back: what shows is the server's HTML alone.
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route('**/*-hydrate_bg.wasm', async (route) => { await released; await route.continue(); });
  await page.goto('/examples/server-rendered.html');
  await expect(page.locator('#server-profile [part=name]')).toHaveText('Ana García');
  await expect(page.locator('#server-progress').getByRole('button', { name: 'Map' })).toHaveAttribute('aria-disabled', 'true');
  await expect(page.locator('#server-choice').getByRole('grid')).toBeVisible();
  release();
  const map = page.locator('#server-progress').getByRole('button', { name: 'Map' });
  await expect(map).not.toHaveAttribute('aria-disabled');
  await map.click();
  await expect(map).toHaveAttribute('aria-pressed', 'true');
  const field = page.locator('#server-choice [part=activity]').nth(1);
  await field.click();
  await expect(field).toHaveAttribute('aria-pressed', 'true');
  expect(problems).toEqual([]);
  await expectNoAxeViolations(page);
});
