// A fault inside a widget's module ends its wasm instance: a trap (a release build aborts on a
// panic; an engine can fault too: WebKitGTK's traps now and then with "Out of bounds memory
// access"). The first time on a page the module starts again on a fresh instance and each of its
// widgets shows what it showed, the learner's edits included. A module that traps again stops:
// its widgets must not stay silently as they were: each says it stopped, in the learner's
// language, its controls are out of reach, and the host hears learner-error module-stopped. The
// other modules' widgets go on working throughout.
import { test, expect } from '@playwright/test';

const STOPPED = /^This widget stopped working \(.+\)\. Reload the page to start it again; what was saved is kept\.$/;

/**
 * A real trap inside the progress module's code, reached through its glue as any call is: a core
 * whose pointer lies outside the module's memory. Uncaught, as a fault in a callback would be.
 */
const trapProgressModule = (page) => page.evaluate(async () => {
  const glue = await import('/dist/learner-progress.js');
  const broken = Object.create(glue.ProgressElement.prototype);
  broken.__wbg_ptr = 0x7ffffff0;
  setTimeout(() => broken.readMarkup());
});

/** How many competencies #progress-ana says are mastered, read from its progress bar's name. */
const mastered = async (page) => {
  const name = await page.locator('#progress-ana')
    .getByRole('progressbar', { name: /competencies mastered$/ }).getAttribute('aria-label');
  return /^(\d+) of (\d+)/.exec(name).slice(1).map(Number);
};

test('a trap in the progress module: the trackers start again with what they showed; a second trap stops them', async ({ page }) => {
  const warnings = [];
  const errors = [];
  page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
  page.on('pageerror', (error) => { errors.push(`${error.name}: ${error.message}`); });
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

  // An edit the host made, held only in the module's memory: it must outlive the instance.
  const [done, all] = await mastered(page);
  await page.locator('#progress-ana').evaluate((el) => {
    const doc = el.data;
    const open = doc.framework.competencies.filter((c) => !doc.framework.competencies.some((k) => k.parent === c.id))
      .map((c) => c.id).find((id) => !doc.evidence.some((e) => e.competency === id));
    el.addEvidence({ competency: open, score: 4, date: '2026-11-20', source: 'Conference' });
    el.addEvidence({ competency: open, score: 4, date: '2026-11-21', source: 'Conference' });
  });
  await expect(page.locator('#progress-ana').getByRole('progressbar', { name: `${done + 1} of ${all} competencies mastered` })).toBeVisible();

  await trapProgressModule(page);
  await expect.poll(() => warnings.some((w) => /^<learner-progress>: its module stopped \(.+\) and is started again/.test(w))).toBe(true);
  // Started again: every tracker shows its document, with no alert, and works.
  for (let i = 0; i < count; i += 1) {
    await expect(trackers.nth(i).locator('[part="base"]')).toBeVisible();
    await expect(trackers.nth(i).getByRole('alert')).toHaveCount(0);
  }
  expect(await mastered(page)).toEqual([done + 1, all]);
  await expect(page.locator('#progress-class').getByRole('img', { name: /^6B Mathematics/ })).toBeVisible();
  const map = page.locator('#progress-ana').getByRole('button', { name: 'Map' });
  await map.click();
  await expect(map).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => window.stoppedEvents)).toEqual([]);

  // A second trap on the same page: the module stops.
  await trapProgressModule(page);
  for (let i = 0; i < count; i += 1) {
    await expect(trackers.nth(i).getByRole('alert')).toHaveText(STOPPED);
  }
  expect((await page.evaluate(() => window.stoppedEvents)).sort())
    .toEqual((await trackers.evaluateAll((els) => els.map((el) => el.id))).sort());
  // What a tracker last drew stays, but its controls are out of reach.
  const viewAfter = await page.locator('#progress-ana').evaluate((el) => {
    const view = el.shadowRoot.querySelector('[part~="base"] button[aria-pressed]');
    const before = view.getAttribute('aria-pressed');
    view.focus();
    view.click();
    return { visible: view.getBoundingClientRect().height > 0, focused: el.shadowRoot.activeElement === view, unchanged: view.getAttribute('aria-pressed') === before };
  });
  expect(viewAfter).toEqual({ visible: true, focused: false, unchanged: true });

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
  // The first trap was handled (the warning above), so the page's only error is the second,
  // which stopped the module: no call reached the old instance's objects or closures after it
  // was replaced.
  expect(errors).toEqual([expect.stringMatching(/^RuntimeError: /)]);
});

test('a trap while a tracker is being made: it and the others start again on a fresh instance', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (error) => { errors.push(`${error.name}: ${error.message}`); });
  await page.goto('/');
  await expect(page.locator('#progress-ana').getByRole('button', { name: 'Map' })).toBeVisible();
  const [done, all] = await mastered(page);
  // The new tracker's core traps in its constructor, as a profile's did in a WebKitGTK run: here
  // the first DOM call the constructor makes throws the engine's RuntimeError through its frames.
  await page.evaluate(() => {
    const late = document.createElement('learner-progress');
    late.id = 'late';
    late.setAttribute('data', document.getElementById('progress-ana').exportJson());
    let once = true;
    Object.defineProperty(late, 'ownerDocument', {
      configurable: true,
      get() {
        if (once) {
          once = false;
          throw new WebAssembly.RuntimeError('Out of bounds memory access');
        }
        return document;
      },
    });
    document.querySelector('main').append(late);
  });
  await expect(page.locator('#late').getByRole('progressbar', { name: `${done} of ${all} competencies mastered` })).toBeVisible();
  await expect(page.locator('#late').getByRole('alert')).toHaveCount(0);
  await expect(page.locator('#progress-ana').getByRole('progressbar', { name: `${done} of ${all} competencies mastered` })).toBeVisible();
  await expect(page.locator('#progress-ana').getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a document the host gives while the module starts again is the one shown, by property or attribute', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (error) => { errors.push(`${error.name}: ${error.message}`); });
  await page.goto('/');
  await expect(page.locator('#progress-ana').getByRole('button', { name: 'Map' })).toBeVisible();
  await expect(page.locator('#progress-class').getByRole('img', { name: /^6B Mathematics/ })).toBeVisible();
  // The trap's task starts the module again a task later; the task queued behind the trap gives
  // each tracker a new document in between, as a host updating its widgets many times a second
  // does (the load test's 500 updates a second met it).
  await page.evaluate(async () => {
    const glue = await import('/dist/learner-progress.js');
    const broken = Object.create(glue.ProgressElement.prototype);
    broken.__wbg_ptr = 0x7ffffff0;
    const ana = document.getElementById('progress-ana');
    const byProperty = ana.data;
    byProperty.learner = { ...byProperty.learner, name: 'Given as a property meanwhile' };
    const late = document.createElement('learner-progress');
    late.id = 'by-attribute';
    late.setAttribute('data', JSON.stringify(byProperty));
    document.querySelector('main').prepend(late);
    await new Promise((resolve) => {
      const drawn = () => (late.shadowRoot?.querySelector('[part="base"]') ? resolve() : setTimeout(drawn, 20));
      drawn();
    });
    const byAttribute = { ...byProperty, learner: { ...byProperty.learner, name: 'Given as an attribute meanwhile' } };
    setTimeout(() => broken.readMarkup());
    setTimeout(() => {
      ana.data = byProperty;
      late.setAttribute('data', JSON.stringify(byAttribute));
    });
  });
  await expect(page.locator('#progress-ana').getByText('Given as a property meanwhile').first()).toBeVisible();
  await expect(page.locator('#by-attribute').getByText('Given as an attribute meanwhile').first()).toBeVisible();
  await expect(page.locator('#progress-ana').getByRole('alert')).toHaveCount(0);
  await expect(page.locator('#by-attribute').getByRole('alert')).toHaveCount(0);
  // The trap the module recovered from is handled by the loader (a console warning): no page error.
  expect(errors).toEqual([]);
});
