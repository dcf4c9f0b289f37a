// Preset themes and the browser's own settings: every preset is readable (axe, WCAG 2.2 AA
// contrast included), forced colours keep the charts visible, and the host's CSS still wins.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './axe.js';

const surface = (locator) => locator.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.learner-root')).backgroundColor);

for (const theme of ['dark', 'high-contrast']) {
  test(`the ${theme} preset passes axe in the profile and progress widgets`, async ({ page }) => {
    test.slow();
    await page.goto('/');
    await expect(page.locator('#progress-ana').getByText('Behind', { exact: true })).toBeVisible();
    const light = await surface(page.locator('#profile-ana'));
    for (const id of ['#profile-ana', '#profile-self', '#progress-ana', '#progress-teacher']) {
      await page.locator(id).evaluate((el, theme) => el.setAttribute('theme', theme), theme);
    }
    if (theme === 'dark') expect(await surface(page.locator('#profile-ana'))).not.toBe(light);
    await expectNoAxeViolations(page, '#profile-ana');
    await page.locator('#profile-ana').getByRole('button', { name: 'Table' }).click();
    await expectNoAxeViolations(page, '#profile-ana');
    await expectNoAxeViolations(page, '#profile-self');
    await expectNoAxeViolations(page, '#progress-ana');
    await expectNoAxeViolations(page, '#progress-teacher');
  });
}

test('the host\'s own CSS on the element wins over a preset', async ({ page }) => {
  await page.goto('/');
  const ana = page.locator('#profile-ana');
  await expect(ana.getByRole('button', { name: 'Radar' })).toBeVisible();
  await ana.evaluate((el) => { el.setAttribute('theme', 'dark'); el.style.setProperty('--learner-surface', 'rgb(1, 2, 3)'); });
  await expect.poll(() => surface(ana)).toBe('rgb(1, 2, 3)');
});

test('in forced-colors mode the chart is still drawn and the page stays readable', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/');
  const chart = page.locator('#profile-ana').getByRole('group', { name: /Jagged profile/ });
  await expect(chart).toBeVisible();
  const stroke = await page.locator('#profile-ana').evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.radar-shape')).stroke);
  expect(stroke).not.toBe('none');
  await expectNoAxeViolations(page, '#profile-ana');
});

test('with reduced motion asked for, nothing in the widgets moves; without it, the board\'s cells fade', async ({ page }) => {
  // Every transition and animation in the widgets' shadow roots, as durations in seconds.
  const motion = () => page.evaluate(() => [...document.querySelectorAll('learner-profile, learner-progress, learner-choice-board')]
    .flatMap((el) => [...el.shadowRoot.querySelectorAll('*')])
    .map((node) => getComputedStyle(node))
    .flatMap((style) => [style.transitionDuration, style.animationDuration])
    .flatMap((value) => value.split(',').map((v) => parseFloat(v)))
    .filter((seconds) => seconds > 0).length);
  await page.goto('/');
  await expect(page.locator('#choice-learner').getByText('What the board asks')).toBeVisible();
  expect(await motion()).toBeGreaterThan(0);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect.poll(motion).toBe(0);
});

test('the gallery links the theme designer', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Theme designer' }).click();
  await expect(page).toHaveURL(/\/designer\.html$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
