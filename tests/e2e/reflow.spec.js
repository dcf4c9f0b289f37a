// At 320 CSS pixels wide (what 1280 px at 400% zoom, or a small phone, gives) and at 200% zoom
// (a 1280 × 900 window shows 640 × 450 CSS pixels at twice the density) nothing makes the page
// scroll sideways; only data tables may scroll, inside their own focusable, named region.
import { test, expect } from '@playwright/test';

/** Widgets whose own root is wider than it can show. */
const overflowing = (page) => page.evaluate(() => [...document.querySelectorAll('learner-profile, learner-progress, learner-choice-board')]
  .map((el) => {
    const root = el.shadowRoot.querySelector('.learner-root');
    return root && { id: el.id, scroll: root.scrollWidth, width: root.clientWidth };
  })
  .filter((w) => w && w.scroll > w.width + 1));

async function openGallery(page) {
  await page.goto('/');
  await expect(page.locator('#progress-teacher').getByText('Behind', { exact: true })).toBeVisible();
  for (const el of await page.locator('learner-profile, learner-progress, learner-choice-board').all()) {
    await el.scrollIntoViewIfNeeded();
  }
  // Every kind of widget is there to be measured.
  for (const tag of ['learner-profile', 'learner-progress', 'learner-choice-board']) {
    expect(await page.locator(tag).count()).toBeGreaterThan(0);
  }
}

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 800 } });

  test('the gallery and every widget fit the width', async ({ page }) => {
    test.slow();
    await openGallery(page);
    expect(await overflowing(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // A wide table scrolls in its own region, which a keyboard can reach.
    const spread = page.locator('#profile-class').getByRole('region', { name: /^Spread across the class/ });
    await expect(spread).toHaveAttribute('tabindex', '0');
  });
});

test.describe('at 200% zoom', () => {
  test.use({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });

  test('the gallery and every widget fit the width', async ({ page }) => {
    test.slow();
    await openGallery(page);
    expect(await overflowing(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
  });
});
