// A fault inside a widget's module ends its wasm instance: a trap (a release build aborts on a
// panic; an engine can fault too: a WebKit run once trapped with "Out of bounds memory access").
// Its widgets must not stay silently as they were: each says it stopped, in the learner's
// language, its controls are out of reach, and the host hears learner-error module-stopped. The
// other modules' widgets go on working.
import { test, expect } from '@playwright/test';

const STOPPED = /^This widget stopped working \(.+\)\. Reload the page to start it again; what was saved is kept\.$/;

test('a trap in the progress module: each tracker says it stopped, the profiles and boards go on', async ({ page }) => {
  await page.goto('/');
  const trackers = page.locator('learner-progress');
  await expect(page.locator('#progress-ana').getByRole('button', { name: 'Map' })).toBeVisible();
  await expect(page.locator('#progress-class').getByRole('img', { name: /^6B Mathematics/ })).toBeVisible();
  const count = await trackers.count();
  expect(count).toBeGreaterThan(2);
  await page.evaluate(() => {
    window.stoppedEvents = [];
    document.addEventListener('learner-error', (event) => {
      if (event.detail.code === 'module-stopped') window.stoppedEvents.push(event.target.id);
    });
  });

  // A real trap inside the module's code, reached through its glue as any call is: a core whose
  // pointer lies outside the module's memory. Uncaught, as a fault in a callback would be.
  await page.evaluate(async () => {
    const glue = await import('/dist/learner-progress.js');
    const broken = Object.create(glue.ProgressElement.prototype);
    broken.__wbg_ptr = 0x7ffffff0;
    setTimeout(() => broken.readMarkup());
  });

  for (let i = 0; i < count; i += 1) {
    await expect(trackers.nth(i).getByRole('alert')).toHaveText(STOPPED);
  }
  expect((await page.evaluate(() => window.stoppedEvents)).sort())
    .toEqual((await trackers.evaluateAll((els) => els.map((el) => el.id))).sort());
  // What a tracker last drew stays, but its controls are out of reach.
  const mapAfter = await page.locator('#progress-ana').evaluate((el) => {
    const map = [...el.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Map');
    map.focus();
    map.click();
    return { visible: map.getBoundingClientRect().height > 0, focused: el.shadowRoot.activeElement === map, pressed: map.getAttribute('aria-pressed') };
  });
  expect(mapAfter).toEqual({ visible: true, focused: false, pressed: 'false' });

  // The other modules are untouched: the profile still switches views.
  const profile = page.locator('#profile-ana');
  await profile.getByRole('button', { name: 'Profile' }).click();
  await expect(profile.getByRole('button', { name: 'Profile' })).toHaveAttribute('aria-pressed', 'true');

  // A tracker added later says so at once, in its own language.
  await page.evaluate(() => {
    const late = document.createElement('learner-progress');
    late.id = 'late';
    late.setAttribute('lang', 'es');
    document.querySelector('main').append(late);
  });
  await expect(page.locator('#late').getByRole('alert'))
    .toHaveText(/^Este widget dejó de funcionar \(.+\)\. Vuelve a cargar la página para iniciarlo de nuevo; lo guardado se conserva\.$/);
  expect(await page.evaluate(() => window.stoppedEvents)).toContain('late');
});
