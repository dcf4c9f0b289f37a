// A page whose built-ins another script has changed: a polluted Object.prototype.toJSON, a
// JSON.stringify that returns undefined, a JSON.parse that throws, a replaced CustomEvent. The
// learner's edits are still saved as the document itself (the stored bytes are read back after a
// reload), objects set as `data` are still read, and a value JSON cannot hold, or an
// `allow-origins` that is not a URL, is refused with its path in the element and in learner-error.
import { test, expect } from '@playwright/test';
import { guardPage } from './page-guard.js';

const PAGE = '/examples/local-storage.html';
const KEY = 'learner-widgets:example-self-assessment';

const HOSTILE = {
  'Object.prototype.toJSON returns "POLLUTED"': () => {
    // eslint-disable-next-line no-extend-native
    Object.prototype.toJSON = function polluted() { return 'POLLUTED'; };
  },
  'JSON.stringify returns undefined': () => {
    JSON.stringify = () => undefined;
  },
  'JSON.parse throws': () => {
    JSON.parse = () => { throw new SyntaxError('JSON.parse is switched off on this page'); };
  },
  'CustomEvent is replaced': () => {
    window.CustomEvent = function CustomEvent() { throw new TypeError('CustomEvent is not a constructor here'); };
  },
};

/** The stored entry, read as bytes in the page and parsed here, where nothing is polluted. */
async function storedEntry(page) {
  const raw = await page.evaluate((key) => localStorage.getItem(key), KEY);
  return raw === null ? null : JSON.parse(raw);
}

const slider = (page, name) => page.locator('#stored').getByRole('slider', { name });

for (const [change, script] of Object.entries(HOSTILE)) {
  test.describe(`when ${change}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript(script);
    });

    test('an edit is saved as the document, and is there after a reload', async ({ page }) => {
      await page.goto(PAGE);
      await slider(page, 'Focus').focus();
      await page.keyboard.press('Home');
      await expect(slider(page, 'Focus')).toHaveAttribute('aria-valuetext', '1');
      await expect.poll(async () => (await storedEntry(page))?.document?.dimensions?.[2]?.selfRating).toBe(1);
      const entry = await storedEntry(page);
      expect(entry).toMatchObject({ format: 'learner-widgets/storage', version: 1, schema: 'learner-profile/1' });
      expect(entry.document.learner.name).toBe('Lea');
      await page.reload();
      await expect(slider(page, 'Focus')).toHaveAttribute('aria-valuetext', '1');
      await expect(page.locator('#stored').getByRole('alert')).toHaveCount(0);
    });

    test('a document set as an object is shown', async ({ page }) => {
      await page.goto('/');
      const ana = await (await page.request.get('/samples/ana.profile.json')).json();
      await page.evaluate((data) => {
        const element = document.createElement('learner-profile');
        element.id = 'given';
        element.data = data;
        document.querySelector('main').prepend(element);
      }, ana);
      await expect(page.locator('#given').getByText('Ana García', { exact: true })).toBeVisible();
      await expect(page.locator('#given').getByRole('alert')).toHaveCount(0);
    });
  });
}

test.describe('values JSON cannot hold', () => {
  const CASES = {
    'a cycle': { path: 'dimensions[0].parent', words: 'a cycle' },
    'a BigInt': { path: 'dimensions[1].value', words: 'BigInt' },
    'a getter that throws': { path: 'learner.name', words: 'reading it threw (no name today)' },
  };
  for (const [name, { path, words }] of Object.entries(CASES)) {
    test(`${name} is refused with the path of the field, in the element and in learner-error`, async ({ page, baseURL }) => {
      const problems = await guardPage(page, baseURL);
      await page.goto('/');
      const ana = await (await page.request.get('/samples/ana.profile.json')).json();
      const detail = await page.evaluate(async ({ data, name }) => {
        const doc = structuredClone(data);
        if (name === 'a cycle') doc.dimensions[0].parent = doc;
        if (name === 'a BigInt') doc.dimensions[1].value = 38n;
        if (name === 'a getter that throws') {
          Object.defineProperty(doc.learner, 'name', { enumerable: true, get() { throw new Error('no name today'); } });
        }
        const element = document.createElement('learner-profile');
        element.id = 'given';
        const heard = new Promise((resolve) => element.addEventListener('learner-error', (e) => resolve(e.detail)));
        document.querySelector('main').prepend(element);
        element.data = doc;
        return heard;
      }, { data: ana, name });
      expect(detail).toMatchObject({ code: 'invalid-json', path });
      expect(detail.message).toContain(words);
      const alert = page.locator('#given').getByRole('alert');
      await expect(alert).toContainText(path);
      await expect(alert).toContainText(words);
      expect(problems).toEqual([]);
    });
  }
});

test('an allow-origins that is not a URL is refused with a message, never a page error', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  await page.goto('/');
  const detail = await page.evaluate(() => {
    const element = document.createElement('learner-profile');
    element.id = 'fetched';
    element.setAttribute('src', 'https://example.org/ana.profile.json');
    element.setAttribute('allow-origins', 'not a url');
    const heard = new Promise((resolve) => element.addEventListener('learner-error', (e) => resolve(e.detail)));
    document.querySelector('main').prepend(element);
    return heard;
  });
  expect(detail).toMatchObject({ code: 'src-not-allowed', path: 'allow-origins' });
  await expect(page.locator('#fetched').getByRole('status').filter({ hasText: 'allow-origins' }))
    .toContainText('allow-origins: "not" is not an origin; write each as a URL, such as https://example.org');
  expect(problems).toEqual([]);
});

/** Records the code of every learner-error from the start of the page, as text (see below). */
async function recordCodes(page) {
  await page.addInitScript(() => {
    window.__codes = [];
    addEventListener('learner-error', (e) => window.__codes.push(e.detail.code), true);
  });
}
// Read as JSON text: on a page with Object.prototype.then, an object handed back would never settle.
const codes = async (page) => JSON.parse(await page.evaluate(() => JSON.stringify(window.__codes)));

test('without BroadcastChannel (some WebViews), widgets appear and storage="local" still saves', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  await page.addInitScript(() => { delete window.BroadcastChannel; });
  await page.goto(PAGE);
  await slider(page, 'Focus').focus();
  await page.keyboard.press('Home');
  await expect.poll(async () => (await storedEntry(page))?.document?.dimensions?.[2]?.selfRating).toBe(1);
  // Still without it after a reload: the rating the learner gave is there.
  await page.reload();
  await expect(slider(page, 'Focus')).toHaveAttribute('aria-valuetext', '1');
  await page.goto('/');
  await expect(page.locator('#profile-ana').getByRole('button', { name: 'Radar' })).toBeVisible();
  await expect(page.locator('#progress-teacher').getByText('Behind', { exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});

test('without constructed stylesheets (Safari before 16.4), the widget still appears, styled by a <style>', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => { delete CSSStyleSheet.prototype.replaceSync; });
  await page.goto('/examples/plain-html.html');
  const profile = page.locator('learner-profile').first();
  await expect(profile.getByRole('button', { name: 'Radar' })).toBeVisible();
  expect(await profile.evaluate((host) => host.shadowRoot.querySelectorAll('style').length)).toBe(1);
  expect(errors).toEqual([]);
});

test('a page whose every object has a then (Object.prototype.then) is told why no widget can start', async ({ page }) => {
  await recordCodes(page);
  await page.addInitScript(() => {
    // eslint-disable-next-line no-extend-native
    Object.defineProperty(Object.prototype, 'then', { value() {}, writable: true, configurable: true });
  });
  await page.goto('/examples/plain-html.html');
  const alert = page.locator('learner-profile').first().getByRole('alert');
  await expect(alert).toContainText('another script has changed a built-in part of JavaScript (Object.prototype.then)');
  await expect(alert).toContainText('The rest of the page still works');
  expect(await codes(page)).toContain('page-unsupported');
});

test('a tag another library already defined is reported, and the other widgets work', async ({ page }) => {
  await recordCodes(page);
  const consoleErrors = [];
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  await page.addInitScript(() => {
    customElements.define('learner-progress', class SomeoneElses extends HTMLElement {});
  });
  await page.goto('/');
  await expect(page.locator('#profile-ana').getByRole('button', { name: 'Radar' })).toBeVisible();
  await expect(page.locator('#choice-learner').getByRole('grid')).toBeVisible();
  expect(await codes(page)).toContain('tag-taken');
  expect(consoleErrors).toContain('<learner-progress> is already defined by another script on this page, so the learner widgets cannot use that name.');
});

for (const [missing, remove, need] of [
  ['WebAssembly (turned off by a policy or a lockdown mode)', () => { delete window.WebAssembly; }, 'it needs WebAssembly'],
  ['shadow DOM', () => { delete Element.prototype.attachShadow; }, 'it needs shadow DOM'],
]) {
  test(`a browser without ${missing} is told in each element why the widget cannot start`, async ({ page }) => {
    await recordCodes(page);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(remove);
    await page.goto('/examples/plain-html.html');
    const alert = page.locator('learner-profile').first().getByRole('alert');
    await expect(alert).toContainText(`This widget cannot start in this browser: ${need}`);
    await expect(alert).toContainText('The rest of the page still works');
    expect(await codes(page)).toContain('page-unsupported');
    expect(errors).toEqual([]);
  });
}
