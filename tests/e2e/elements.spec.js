// The elements as an integrator meets them: loaded twice, given data before they are defined, and
// fed from a URL.
import { test, expect } from '@playwright/test';
import { guardPage } from './page-guard.js';

test('loading the module twice warns for each element and breaks nothing', async ({ page, baseURL }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  const problems = await guardPage(page, baseURL);
  await page.goto('/');
  await expect(page.locator('#profile-malik').getByRole('group').first()).toBeVisible();
  await page.evaluate(() => import('/dist/learner-widgets.js?second-plugin'));
  expect(warnings.filter((w) => w.includes('already defined'))).toHaveLength(3);
  await page.locator('#profile-malik').getByRole('button', { name: 'Table' }).click();
  await expect(page.locator('#profile-malik').getByRole('table')).toBeVisible();
  expect(problems).toEqual([]);
});

test('a data property set before the module loads is picked up', async ({ page, baseURL }) => {
  await page.route(`${baseURL}/test-early.html`, (route) => route.fulfill({
    contentType: 'text/html',
    headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; require-trusted-types-for 'script'" },
    body: '<!doctype html><html lang="en"><title>early</title><main><learner-profile id="early"></learner-profile></main><script type="module" src="/test-early.js"></script>',
  }));
  await page.route(`${baseURL}/test-early.js`, (route) => route.fulfill({
    contentType: 'text/javascript',
    body: `document.getElementById('early').data = { schema: 'learner-profile/1', learner: { id: 'e', name: 'Early Eve' },
      scale: { min: 0, max: 10 }, dimensions: [{ id: 'a', label: 'A', value: 4 }, { id: 'b', label: 'B', value: 7 }, { id: 'c', label: 'C', value: 2 }] };
      await import('/dist/learner-widgets.js');`,
  }));
  await page.goto('/test-early.html');
  await expect(page.getByRole('group', { name: 'Jagged profile of Early Eve across 3 dimensions' })).toBeVisible();
});

test('the wasm downloads alongside the glue, not after it (one round trip less on a cold load)', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  // The glue arrives late, as on a slow school network: the wasm must not wait for it.
  await page.route(`${baseURL}/dist/learner-profile.js`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await page.goto('/');
  await expect(page.locator('#profile-malik').getByRole('group').first()).toBeVisible();
  const timing = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('resource')
    .filter((e) => /learner-profile(_bg\.wasm|\.js)$/.test(e.name))
    .map((e) => [e.name.split('/').pop(), { start: e.startTime, end: e.responseEnd }])));
  const wasm = timing['learner-profile_bg.wasm'];
  const glue = timing['learner-profile.js'];
  // Both are asked for as the module starts: the wasm is on its way while the glue is held up.
  // (When the wasm ends depends on how busy the machine is; a busy CI machine took 1.4 s.)
  expect(wasm.start).toBeLessThanOrEqual(glue.start + 50);
  expect(wasm.start).toBeLessThan(glue.end - 300);
  expect(problems).toEqual([]);
});

test('a server that labels the wasm with another type still gets working widgets, without a warning', async ({ page, baseURL }) => {
  // Some LMS file stores serve .wasm as application/octet-stream, which streaming compilation
  // refuses: the module then reads the file whole.
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  const problems = await guardPage(page, baseURL);
  let served = 0;
  await page.route(`${baseURL}/dist/learner-profile_bg.wasm`, async (route) => {
    const response = await route.fetch();
    served += 1;
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  await page.goto('/');
  await page.locator('#profile-malik').getByRole('button', { name: 'Table' }).click();
  await expect(page.locator('#profile-malik').getByRole('table')).toBeVisible();
  expect(served).toBe(1);
  expect(warnings).toEqual([]);
  expect(problems).toEqual([]);
});

test('a document is read as the browser reads text: a src file with a byte order mark and a bad byte, and data given as text with letters beyond ASCII', async ({ page }) => {
  const doc = (name) => ({
    schema: 'learner-profile/1',
    learner: { id: 's-77', name },
    scale: { min: 0, max: 100 },
    dimensions: [{ id: 'reading', label: 'Lectura y comprensión', value: 60 }, { id: 'focus', label: 'التركيز', value: 70 }],
  });
  // The file as a server might send it: UTF-8 with a byte order mark, and one byte that is not
  // UTF-8 (read as U+FFFD, as response.text() would).
  const text = JSON.stringify(doc('Zoë Nakamura-X'));
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace('-X', '-\u0000'), 'utf8')]);
  bytes[bytes.indexOf(0)] = 0xff;
  await page.route('**/samples/with-bom.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: bytes }));
  await page.goto('/');
  await page.evaluate((textDoc) => {
    const main = document.querySelector('main');
    const fromSrc = document.createElement('learner-profile');
    fromSrc.id = 'bom';
    fromSrc.setAttribute('view', 'table');
    fromSrc.setAttribute('src', '/samples/with-bom.json');
    const fromText = document.createElement('learner-profile');
    fromText.id = 'text';
    fromText.setAttribute('view', 'table');
    main.append(fromSrc, fromText);
    fromText.data = textDoc;
  }, JSON.stringify(doc('Ana María Núñez')));
  await expect(page.locator('#bom').getByText('Zoë Nakamura-\ufffd').first()).toBeVisible();
  await expect(page.locator('#bom').getByRole('rowheader', { name: 'Lectura y comprensión' })).toBeVisible();
  await expect(page.locator('#bom').getByRole('rowheader', { name: 'التركيز' })).toBeVisible();
  await expect(page.locator('#text').getByText('Ana María Núñez').first()).toBeVisible();
  await expect(page.locator('#text').getByRole('rowheader', { name: 'التركيز' })).toBeVisible();
  // Read back, the documents are the text given, whole.
  expect(await page.locator('#text').evaluate((el) => el.data.learner.name)).toBe('Ana María Núñez');
  expect(await page.locator('#bom').evaluate((el) => el.data.learner.name)).toBe('Zoë Nakamura-\ufffd');

  // The progress module (the one that reads the largest documents) the same, both ways, with
  // Arabic and a character beyond the 16-bit range.
  const progress = (name) => JSON.stringify({
    schema: 'learner-progress/1',
    learner: { id: 's-78', name },
    framework: { title: 'Matemáticas', competencies: [{ id: 'c1', code: 'M.1', statement: 'الكسور: يقارن ويرتب 😀' }] },
    evidence: [{ competency: 'c1', score: 3, date: '2026-10-01', source: 'Prueba' }],
  });
  await page.route('**/samples/progress-with-bom.json', (route) => route.fulfill({
    status: 200, contentType: 'application/json', body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(progress('Zoë Ñandú'), 'utf8')]),
  }));
  await page.evaluate((text) => {
    const fromText = document.createElement('learner-progress');
    fromText.id = 'progress-text';
    const fromSrc = document.createElement('learner-progress');
    fromSrc.id = 'progress-src';
    fromSrc.setAttribute('src', '/samples/progress-with-bom.json');
    document.querySelector('main').append(fromText, fromSrc);
    fromText.data = text;
  }, progress('Ana María Núñez'));
  for (const [id, name] of [['progress-text', 'Ana María Núñez'], ['progress-src', 'Zoë Ñandú']]) {
    await expect(page.locator(`#${id}`).getByText('الكسور: يقارن ويرتب 😀').first()).toBeVisible();
    expect(await page.locator(`#${id}`).evaluate((el) => [el.data.learner.name, el.data.framework.title])).toEqual([name, 'Matemáticas']);
  }

  // A long text that is ASCII until its last characters, and one that is ASCII throughout: the
  // text is copied into the module by the browser's encoder, then only what is left over the
  // first allocation by wasm-bindgen's own fallback.
  await page.evaluate(() => {
    const competencies = Array.from({ length: 400 }, (_, i) => ({ id: `c${i}`, code: `M.${i}`, statement: `Statement ${i}` }));
    const text = (name) => `{"schema":"learner-progress/1","framework":{"title":"Long","competencies":${JSON.stringify(competencies)}},"evidence":[],"learner":{"id":"s-79","name":"${name}"}}`;
    const late = document.createElement('learner-progress');
    late.id = 'late';
    const ascii = document.createElement('learner-progress');
    ascii.id = 'ascii';
    document.querySelector('main').append(late, ascii);
    late.data = text('Zoë 😀');
    ascii.data = text('Plain Name');
  });
  await expect(page.locator('#late').getByText('Zoë 😀').first()).toBeVisible();
  await expect(page.locator('#ascii').getByText('Plain Name').first()).toBeVisible();
  // Read back from the module (while it starts again to give memory back, `data` is the text
  // as given: poll until the module holds the documents again).
  await expect.poll(() => page.evaluate(() => ['late', 'ascii'].map((id) => {
    const { data } = document.getElementById(id);
    return typeof data === 'object' ? [data.learner.name, data.framework.competencies.length] : null;
  }))).toEqual([['Zoë 😀', 400], ['Plain Name', 400]]);
});

test('src loads a document from this origin only, unless allowed, and says why not', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  await page.goto('/');
  const add = (id, attributes) => page.evaluate(([id, attributes]) => new Promise((resolve) => {
    const el = document.createElement('learner-profile');
    el.id = id;
    el.addEventListener('learner-error', (e) => resolve(e.detail), { once: true });
    setTimeout(() => resolve(null), 3000);
    for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
    document.querySelector('main').append(el);
  }), [id, attributes]);

  expect(await add('from-src', { src: '/samples/malik.profile.json' })).toBeNull();
  await expect(page.locator('#from-src').getByRole('group', { name: /Malik Okafor/ }).first()).toBeVisible();

  const other = new URL(baseURL);
  other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  const refused = await add('other-origin', { src: `${other.origin}/samples/ana.profile.json` });
  expect(refused).toMatchObject({ code: 'src-not-allowed', path: 'src' });
  await expect(page.locator('#other-origin').getByRole('status').filter({ hasText: 'list it in allow-origins' })).toBeVisible();

  const missing = await add('missing', { src: '/samples/no-such-file.json' });
  expect(missing).toMatchObject({ code: 'src-failed', path: 'src' });
  expect(missing.message).toContain('404');
  // Nothing was requested outside the page's origin.
  expect(problems.filter((p) => p.startsWith('request outside'))).toEqual([]);
});

test('the page guard itself hears a policy violation, so its silence elsewhere means something', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  await page.goto('/');
  await page.evaluate(() => document.querySelector('main').setAttribute('style', 'color: red'));
  await expect.poll(() => problems.some((p) => p.startsWith('policy violation: style-src'))).toBe(true);
});
