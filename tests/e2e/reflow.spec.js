// At 320 CSS pixels wide (what 1280 px at 400% zoom, or a small phone, gives) nothing makes the page
// scroll sideways; only data tables may scroll, inside their own focusable, named region.
import { test, expect } from '@playwright/test';

test.use({ viewport: { width: 320, height: 800 } });

test('at 320 px the gallery and every widget fit the width', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await expect(page.locator('#progress-teacher').getByText('Behind', { exact: true })).toBeVisible();
  for (const id of ['#profile-ana', '#profile-class', '#progress-ana', '#progress-teacher']) {
    await page.locator(id).scrollIntoViewIfNeeded();
  }
  const overflowing = await page.evaluate(() => [...document.querySelectorAll('learner-profile, learner-progress')]
    .map((el) => {
      const root = el.shadowRoot.querySelector('.learner-root');
      return { id: el.id, scroll: root.scrollWidth, width: root.clientWidth };
    })
    .filter((w) => w.scroll > w.width + 1));
  expect(overflowing).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // A wide table scrolls in its own region, which a keyboard can reach.
  const spread = page.locator('#profile-class').getByRole('region', { name: /^Spread across the class/ });
  await expect(spread).toHaveAttribute('tabindex', '0');
});
