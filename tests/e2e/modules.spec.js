// One wasm module per widget, loaded by `learner-widgets.js` when a tag first appears: what each
// one-widget page fetches, tags added later, languages fetched on demand, and a module that fails.
import { gzipSync } from 'node:zlib';
import { test, expect } from '@playwright/test';
import { guardPage } from './page-guard.js';

const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
  + "style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

const WIDGETS = ['learner-profile', 'learner-progress', 'learner-choice-board'];

/** Serves `/<name>.html` under the strict policy: `body` inside `<main>`, `head` before the loader. */
async function openPage(page, baseURL, name, body, lang = 'en', head = '') {
  await page.route(`${baseURL}/${name}.html`, (route) => route.fulfill({
    contentType: 'text/html',
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    body: `<!doctype html><html lang="${lang}"><head><title>${name}</title>${head}`
      + '<script type="module" src="/dist/learner-widgets.js"></script></head>'
      + `<body><h1>Host page</h1><main>${body}</main></body></html>`,
  }));
  await page.goto(`/${name}.html`);
}

/**
 * Every response the page gets, by path as it arrives, with its size gzip -9 (as a CDN would
 * serve it) filled in once read: `await downloads.sized` before summing.
 */
function recordDownloads(page) {
  const downloads = [];
  const reading = [];
  page.on('requestfinished', (request) => {
    const entry = { path: new URL(request.url()).pathname, gzip: 0 };
    downloads.push(entry);
    reading.push(request.response()
      .then((response) => response?.body())
      .then((body) => { entry.gzip = body ? gzipSync(body, { level: 9 }).length : 0; })
      .catch(() => {}));
  });
  Object.defineProperty(downloads, 'sized', { get: () => Promise.all(reading) });
  return downloads;
}

/** The files of `dist/` the page fetched, by name. */
const distFiles = (downloads) => downloads.map((d) => d.path).filter((p) => p.startsWith('/dist/'))
  .map((p) => p.slice('/dist/'.length)).sort();

const ONE_WIDGET_PAGES = [
  {
    tag: 'learner-profile',
    src: '/samples/ana.profile.json',
    shown: (el) => el.getByRole('group', { name: /^Jagged profile of Ana García/ }),
  },
  {
    tag: 'learner-progress',
    src: '/samples/ana.progress.json',
    shown: (el) => el.getByRole('progressbar').first(),
  },
  {
    tag: 'learner-choice-board',
    src: '/samples/choice-tic-tac-toe.json',
    shown: (el) => el.getByRole('grid').first(),
  },
];

for (const { tag, src, shown } of ONE_WIDGET_PAGES) {
  test(`a page with only <${tag}> fetches the loader and that widget's module, nothing of the others`, async ({ page, baseURL }) => {
    const problems = await guardPage(page, baseURL);
    const downloads = recordDownloads(page);
    await openPage(page, baseURL, `only-${tag}`, `<${tag} src="${src}"></${tag}>`);
    await expect(shown(page.locator(tag))).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(distFiles(downloads)).toEqual(
      ['learner-widgets.js', 'learner-xapi.js', `${tag}.js`, `${tag}_bg.wasm`].sort());
    await downloads.sized;
    const total = downloads.reduce((sum, d) => sum + d.gzip, 0);
    console.log(`[${tag} alone] ${downloads.length} responses, ${(total / 1024).toFixed(1)} KB gzip in all: `
      + downloads.map((d) => `${d.path} ${(d.gzip / 1024).toFixed(1)} KB`).join(', '));
    // `cargo xtask test` holds each module and page to its exact budget (xtask/src/sizes.rs);
    // this only proves the page is one widget's weight, not the suite's (all three modules are about 600 KB).
    expect(total).toBeLessThan(250 * 1024);
    expect(problems).toEqual([]);
  });
}

test('a page that preloads its widget\'s module in its <head>, as the guide advises, downloads it once and the loader uses it', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  const downloads = recordDownloads(page);
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  // The two links of docs/integrator-guide.md, "A faster first load".
  const links = '<link rel="modulepreload" href="/dist/learner-profile.js">'
    + '<link rel="preload" href="/dist/learner-profile_bg.wasm" as="fetch" type="application/wasm" crossorigin>';
  await openPage(page, baseURL, 'preloaded', '<learner-profile src="/samples/ana.profile.json"></learner-profile>', 'en', links);
  await expect(page.locator('learner-profile').getByRole('group', { name: /^Jagged profile of Ana García/ })).toBeVisible();
  await page.waitForLoadState('networkidle');
  // Once each: a preload the loader's own requests did not match would be fetched twice.
  expect(distFiles(downloads)).toEqual(
    ['learner-widgets.js', 'learner-xapi.js', 'learner-profile.js', 'learner-profile_bg.wasm'].sort());
  // Chromium warns of a preloaded file not used within a few seconds of the page's load.
  await page.waitForTimeout(3500);
  expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
  expect(problems).toEqual([]);
});

test('a page showing all three widgets fetches each module once', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  const downloads = recordDownloads(page);
  await openPage(page, baseURL, 'all-three', ONE_WIDGET_PAGES
    .map(({ tag, src }) => `<${tag} src="${src}"></${tag}><${tag} src="${src}"></${tag}>`).join(''));
  for (const { tag, shown } of ONE_WIDGET_PAGES) {
    await expect(shown(page.locator(tag).nth(1))).toBeVisible();
  }
  await page.waitForLoadState('networkidle');
  expect(distFiles(downloads)).toEqual(['learner-widgets.js', 'learner-xapi.js',
    ...WIDGETS.flatMap((tag) => [`${tag}.js`, `${tag}_bg.wasm`])].sort());
  expect(problems).toEqual([]);
});

test('a tag added after load, by innerHTML, upgrades and loads its module then', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  const downloads = recordDownloads(page);
  await openPage(page, baseURL, 'later', '<div id="later"></div>');
  await page.waitForLoadState('networkidle');
  // Defined at once, before any widget is on the page, and nothing fetched for them yet.
  expect(await page.evaluate(() => Boolean(customElements.get('learner-progress')))).toBe(true);
  expect(distFiles(downloads)).toEqual(['learner-widgets.js']);
  // As an LMS that renders late, or a framework, would add it.
  await page.evaluate(() => {
    // The page requires Trusted Types, as strict hosts do: the host's own policy writes its HTML.
    const policy = trustedTypes.createPolicy('host-page', { createHTML: (html) => html });
    document.getElementById('later').innerHTML = policy.createHTML('<learner-progress src="/samples/ana.progress.json"></learner-progress>');
  });
  await expect(page.locator('learner-progress').getByRole('progressbar').first()).toBeVisible();
  await expect.poll(() => distFiles(downloads)).toContain('learner-progress_bg.wasm');
  expect(distFiles(downloads)).not.toContain('learner-profile_bg.wasm');
  expect(problems).toEqual([]);
});

test('an Arabic page fetches Arabic words for its widget only, and lays it out right to left', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  const downloads = recordDownloads(page);
  await openPage(page, baseURL, 'arabic', '<learner-profile src="/samples/ana.profile.json" view="profile"></learner-profile>', 'ar');
  const profile = page.locator('learner-profile');
  await expect(profile.getByRole('button', { name: 'الملف' })).toHaveAttribute('aria-pressed', 'true');
  await expect(profile.locator('.learner-root')).toHaveAttribute('dir', 'rtl');
  await page.waitForLoadState('networkidle');
  const words = distFiles(downloads).filter((f) => f.endsWith('.txt'));
  expect(words).toEqual(['learner-profile.ar.txt']);
  expect(problems).toEqual([]);
});

test('an English page fetches no words file; a widget switched to Spanish fetches its own then', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  const downloads = recordDownloads(page);
  await openPage(page, baseURL, 'english', '<learner-profile src="/samples/ana.profile.json" view="profile"></learner-profile>');
  const profile = page.locator('learner-profile');
  await expect(profile.getByRole('button', { name: 'Table' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(distFiles(downloads).filter((f) => f.endsWith('.txt'))).toEqual([]);
  await profile.evaluate((el) => el.setAttribute('lang', 'es'));
  await expect(profile.getByRole('button', { name: 'Tabla' })).toBeVisible();
  await expect.poll(() => distFiles(downloads).filter((f) => f.endsWith('.txt'))).toEqual(['learner-profile.es.txt']);
  expect(problems).toEqual([]);
});

// How a module can fail to arrive: missing on the server, served as the wrong type, or offline.
const FAILURES = [
  { name: 'a 404', file: 'learner-progress_bg.wasm', fail: (route) => route.fulfill({ status: 404, body: 'not found' }), reason: /learner-progress_bg\.wasm: the server answered 404/ },
  { name: 'the wrong type', file: 'learner-progress.js', fail: (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'export default 1;' }), reason: /./ },
  { name: 'no network', file: 'learner-progress_bg.wasm', fail: (route) => route.abort('internetdisconnected'), reason: /./ },
];

for (const { name, file, fail, reason } of FAILURES) {
  test(`a module that fails to load (${name}) says so in its element and fires learner-error; the others work`, async ({ page, baseURL }) => {
    await page.route(`${baseURL}/dist/${file}`, fail);
    await page.addInitScript(() => {
      window.__errors = [];
      document.addEventListener('learner-error', (e) => window.__errors.push({ tag: e.target.localName, ...e.detail }), true);
    });
    await openPage(page, baseURL, `failing-${file}`,
      '<learner-progress id="broken" src="/samples/ana.progress.json"></learner-progress>'
      + '<learner-profile id="fine" src="/samples/ana.profile.json" view="profile"></learner-profile>');
    const alert = page.locator('#broken').getByRole('alert');
    await expect(alert).toContainText('This widget could not be loaded');
    await expect(alert).toContainText(reason);
    // The other widget on the page works, and so does the host's page.
    await page.locator('#fine').getByRole('button', { name: 'Table' }).click();
    await expect(page.locator('#fine').getByRole('table')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Host page' })).toBeVisible();
    const errors = await page.evaluate(() => window.__errors);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ tag: 'learner-progress', code: 'module-failed' });
    expect(errors[0].message).toContain('This widget could not be loaded');
  });
}

test('words that do not arrive leave the widget in English and fire learner-error, naming the language', async ({ page, baseURL }) => {
  await page.route(`${baseURL}/dist/learner-profile.ar.txt`, (route) => route.fulfill({ status: 404, body: '' }));
  await page.addInitScript(() => {
    window.__errors = [];
    document.addEventListener('learner-error', (e) => window.__errors.push(e.detail), true);
  });
  await openPage(page, baseURL, 'no-words', '<learner-profile src="/samples/ana.profile.json" view="profile"></learner-profile>', 'ar');
  await expect(page.locator('learner-profile').getByRole('button', { name: 'Table' })).toBeVisible();
  const errors = await page.evaluate(() => window.__errors);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({ code: 'words-failed', path: 'lang' });
  expect(errors[0].message).toContain('The ar words could not be loaded');
  expect(errors[0].message).toContain('learner-profile.ar.txt: the server answered 404');
});

test('after a failed load, a widget added once the file is back loads and shows', async ({ page, baseURL }) => {
  let refuse = true;
  await page.route(`${baseURL}/dist/learner-choice-board_bg.wasm`, (route) => (refuse ? route.abort('internetdisconnected') : route.continue()));
  await openPage(page, baseURL, 'comes-back', '<learner-choice-board src="/samples/choice-tic-tac-toe.json"></learner-choice-board>');
  await expect(page.locator('learner-choice-board').getByRole('alert')).toContainText('could not be loaded');
  refuse = false;
  await page.evaluate(() => {
    const board = document.createElement('learner-choice-board');
    board.id = 'second';
    board.setAttribute('src', '/samples/choice-tic-tac-toe.json');
    document.querySelector('main').append(board);
  });
  await expect(page.locator('#second').getByRole('grid')).toBeVisible();
  await expect(page.locator('#second').getByRole('alert')).toHaveCount(0);
});

test('importCase() loads the tracker\'s module on its own and reads a package as text, as an object, and as a CASE server wraps it', async ({ page, baseURL }) => {
  const downloads = recordDownloads(page);
  await openPage(page, baseURL, 'case-only', '');
  const result = await page.evaluate(async () => {
    const { importCase } = await import('/dist/learner-widgets.js');
    const text = await (await fetch('/samples/what-standards-could-be.case.json')).text();
    const count = async (input) => (await importCase(input)).framework.competencies.length;
    const refused = async (input) => importCase(input).then(() => null, (e) => e.message);
    const cyclic = JSON.parse(text);
    cyclic.CFItems[0].parent = cyclic;
    return {
      cycle: await importCase(cyclic).then(() => null, (e) => ({ message: e.message, code: e.code, path: e.path })),
      text: await count(text),
      object: await count(JSON.parse(text)),
      served: await count({ CFPackage: JSON.parse(text) }),
      servedText: await count(`{"CFPackage": ${text}}`),
      document: await refused({ CFDocument: { identifier: 'd-1', title: 'Grade 6' } }),
    };
  });
  expect(result).toMatchObject({ text: 16, object: 16, served: 16, servedText: 16 });
  expect(result.document).toContain('fetch its package with GET /ims/case/v1p1/CFPackages/d-1');
  // An object JSON cannot hold is refused with the field's path and why, as the elements do.
  expect(result.cycle).toEqual({ code: 'invalid-json', path: 'CFItems[0].parent',
    message: 'CFItems[0].parent: refers back to an object that contains it (a cycle), which JSON cannot hold' });
  await expect.poll(() => distFiles(downloads)).toContain('learner-progress_bg.wasm');
});

test('while its module is on its way an element is in state loading, which the host stylesheet sizes', async ({ page, baseURL }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(`${baseURL}/dist/learner-profile_bg.wasm`, async (route) => { await held; await route.continue(); });
  await page.route(`${baseURL}/state.html`, (route) => route.fulfill({
    contentType: 'text/html',
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    body: '<!doctype html><html lang="en"><head><title>state</title><link rel="stylesheet" href="/dist/learner-widgets.css">'
      + '<script type="module" src="/dist/learner-widgets.js"></script></head>'
      + '<body><main><learner-profile src="/samples/ana.profile.json"></learner-profile></main></body></html>',
  }));
  await page.goto('/state.html');
  const profile = page.locator('learner-profile');
  await expect.poll(() => profile.evaluate((el) => el.matches(':state(loading)'))).toBe(true);
  // learner-widgets.css holds the space, so the page does not jump when the widget arrives.
  expect(await profile.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(300);
  release();
  await expect(profile.getByRole('group', { name: /^Jagged profile of Ana García/ })).toBeVisible();
  expect(await profile.evaluate((el) => el.matches(':state(loading)'))).toBe(false);
});
