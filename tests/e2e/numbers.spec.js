// Numbers written the same way in every engine, for each language: the table in
// tests/engines/numbers.js, here in Chromium. The engines suite (tests/engines/) asserts the same
// table in Firefox ESR and WebKitGTK.
import { test, expect } from '@playwright/test';
import { NUMBER_CASES, readNumbers, numberProblems } from '../engines/numbers.js';

for (const expected of NUMBER_CASES) {
  test(`numbers in lang="${expected.lang}" are written as in every engine`, async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('#profile-ana').getByRole('button', { name: 'Radar' })).toBeVisible();
    const seen = await page.evaluate(readNumbers, expected.lang);
    expect(numberProblems(expected, seen)).toEqual([]);
  });
}
