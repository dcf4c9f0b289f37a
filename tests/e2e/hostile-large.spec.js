// Documents larger than a class. The largest document each schema allows (every list at its
// maxItems, built by largest.js from the served schemas) draws its default view within a second
// here, and a large framework's list is drawn as far as a person reads it (domains to open, "Show
// more"), every competency still reachable by keyboard. A framework of 4,900 competencies (98
// domains of chains of 50 prerequisites) in the map view draws every card in time that grows with
// its size (asked of the document without the progress index, it would take about a minute).
import { test, expect } from '@playwright/test';
import { guardPage } from './page-guard.js';
import { expectNoAxeViolations } from './axe.js';
import { buildLargest, limits } from './largest.js';

/**
 * Defines `window.buildLargest` in the page. Through the DevTools protocol, which the page's
 * policy (no eval) does not govern; the document is then built in the page, not sent over it.
 */
const defineBuilder = (page) => page.evaluate(`window.buildLargest = ${buildLargest.toString()}`);

/** The element each largest document is shown in, and what a person sees when it is drawn. */
const LARGEST = [
  ['progress', 'learner-progress', 'Domain 99: reasoning'],
  ['class', 'learner-progress', 'Learner 500 Surname'],
  ['profile', 'learner-profile', 'Dimension 64'],
  ['roster', 'learner-profile', 'Learner 500'],
  ['board', 'learner-choice-board', 'Activity 100'],
];

test('the largest document each schema allows is accepted and drawn within a second (bounded loosely for a busy CI machine)', async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const problems = await guardPage(page, baseURL);
  await page.goto('/');
  await expect(page.locator('#progress-teacher').getByText('Behind', { exact: true })).toBeVisible();
  await defineBuilder(page);
  const timings = JSON.parse(await page.evaluate(async ({ limits, cases }) => {
    const docs = window.buildLargest(limits);
    const out = {};
    for (const [name, tag] of cases) {
      const element = document.createElement(tag);
      element.id = `largest-${name}`;
      element.setAttribute('storage', 'host');
      document.querySelector('main').prepend(element);
      for (let waited = 0; !element.shadowRoot?.querySelector('.learner-root') && waited < 20_000; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      let refused = null;
      element.addEventListener('learner-error', (event) => { refused = event.detail.message; });
      const start = performance.now();
      element.data = docs[name];
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      out[name] = { ms: performance.now() - start, refused, megabytes: JSON.stringify(docs[name]).length / 1e6 };
    }
    return JSON.stringify(out);
  }, { limits: limits(), cases: LARGEST }));
  for (const [name, tag, seen] of LARGEST) {
    const { ms, refused, megabytes } = timings[name];
    console.log(`largest ${name} (${megabytes.toFixed(1)} MB): ${ms.toFixed(0)} ms`);
    expect(refused, `${name} is refused`).toBeNull();
    await expect(page.locator(`${tag}#largest-${name}`).getByText(seen).first()).toBeVisible();
    // Under a second on a quiet machine (BENCHMARKS.md, "The largest documents"); generous for a
    // busy 2-core CI machine, where the class took 5.0 s with another test beside it.
    expect(ms, name).toBeLessThan(8_000);
  }
  expect(problems).toEqual([]);
});

test('a framework of 5,000 shows its domains to open, draws one when opened, and is read by keyboard', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const problems = await guardPage(page, baseURL);
  await page.goto('/');
  await defineBuilder(page);
  await page.evaluate(async ({ limits }) => {
    const element = document.createElement('learner-progress');
    element.id = 'framework';
    element.setAttribute('storage', 'host');
    document.querySelector('main').prepend(element);
    element.data = window.buildLargest(limits).progress;
  }, { limits: limits() });
  const tracker = page.locator('#framework');
  const domains = tracker.locator('details.domain-disclosure');
  await expect(domains).toHaveCount(100);
  await expect(tracker.locator('li.competency')).toHaveCount(0);
  const first = tracker.locator('summary').filter({ hasText: 'D0 Domain 0:' });
  await expect(first).toContainText(/\d+ of 49 mastered/);
  // Tab reaches the first domain after the view buttons and the next steps' links; Enter opens it.
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(domains.first()).toHaveJSProperty('open', true);
  await expect(tracker.locator('li.competency')).toHaveCount(49);
  await expect(tracker.locator('li.competency').first()).toContainText('Competency 0: explains');
  await expect(first).toBeFocused();
  await expectNoAxeViolations(page, '#framework');
  // Space closes it again, and its competencies are no longer drawn.
  await page.keyboard.press('Space');
  await expect(tracker.locator('li.competency')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('the timeline of the largest framework draws 100 histories at a time, quickly, and "Show more" draws the next', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const problems = await guardPage(page, baseURL);
  await page.goto('/');
  await defineBuilder(page);
  const ms = await page.evaluate(async ({ limits }) => {
    const element = document.createElement('learner-progress');
    element.id = 'histories';
    element.setAttribute('storage', 'host');
    element.setAttribute('view', 'timeline');
    document.querySelector('main').prepend(element);
    for (let waited = 0; !element.shadowRoot?.querySelector('.learner-root') && waited < 20_000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const start = performance.now();
    element.data = window.buildLargest(limits).progress;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - start;
  }, { limits: limits() });
  console.log(`timeline of the largest progress document: ${ms.toFixed(0)} ms`);
  const tracker = page.locator('#histories');
  await expect(tracker.locator('li.timeline-item')).toHaveCount(100);
  await expect(tracker.getByRole('table', { name: /^Evidence for 0\.1 Competency 0:/ })).toBeVisible();
  const more = tracker.getByRole('button', { name: 'Show 100 more (100 of 4,900 shown)' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(tracker.locator('li.timeline-item')).toHaveCount(200);
  await expect(tracker.getByRole('button', { name: 'Show 100 more (200 of 4,900 shown)' })).toBeVisible();
  // Well under a second on a steady machine (BENCHMARKS.md); bounded for a CI machine running slow.
  expect(ms).toBeLessThan(8_000);
  expect(problems).toEqual([]);
});

test('a flat list of 1,000 competencies shows 100 at a time, and "Show more" by keyboard draws the next 100', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  await page.goto('/');
  await page.evaluate(() => {
    const element = document.createElement('learner-progress');
    element.id = 'flat';
    element.setAttribute('storage', 'host');
    document.querySelector('main').prepend(element);
    const competencies = Array.from({ length: 1_000 }, (_, i) => ({ id: `c${i}`, code: `F.${i + 1}`, statement: `Flat competency ${i + 1}` }));
    element.data = { schema: 'learner-progress/1', learner: { id: 'l', name: 'L' }, framework: { title: 'Flat', competencies } };
  });
  const tracker = page.locator('#flat');
  await expect(tracker.locator('li.competency')).toHaveCount(100);
  const more = tracker.getByRole('button', { name: 'Show 100 more (100 of 1,000 shown)' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(tracker.locator('li.competency')).toHaveCount(200);
  await expect(tracker.getByText('Flat competency 200', { exact: true })).toBeVisible();
  await expect(tracker.getByRole('button', { name: 'Show 100 more (200 of 1,000 shown)' })).toBeVisible();
  expect(problems).toEqual([]);
});

/** Draws a framework of `n` competencies in the map view; resolves to the milliseconds taken. */
const drawMap = (page, n) => page.evaluate(async (n) => {
  const competencies = [];
  for (let d = 0; d < n / 50; d += 1) competencies.push({ id: `d${d}`, statement: `Domain ${d}` });
  for (let i = 0; i < n; i += 1) {
    competencies.push({ id: `c${i}`, code: `C.${i}`, statement: `Competency ${i}`, parent: `d${Math.floor(i / 50)}`,
      ...(i % 50 ? { prerequisites: [`c${i - 1}`] } : {}) });
  }
  const evidence = Array.from({ length: n }, (_, i) => ({ competency: `c${i}`, score: 1 + (i % 4), source: 'quiz', date: `2026-10-0${1 + (i % 9)}` }));
  const element = document.createElement('learner-progress');
  element.id = `map-${n}`;
  element.setAttribute('view', 'map');
  document.querySelector('main').prepend(element);
  // The module is loaded before the clock starts: this measures the drawing, not the network.
  for (let waited = 0; !element.shadowRoot.querySelector('.learner-root') && waited < 10_000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const start = performance.now();
  element.data = { schema: 'learner-progress/1', learner: { id: 'l', name: 'L' }, framework: { title: 'F', competencies }, evidence };
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now() - start;
}, n);

test('a map of 4,900 competencies is drawn, every card, in seconds not a minute', async ({ page, baseURL }) => {
  test.slow();
  const problems = await guardPage(page, baseURL);
  await page.goto('/');
  await expect(page.locator('#progress-teacher').getByText('Behind', { exact: true })).toBeVisible();
  const small = await drawMap(page, 500);
  const large = await drawMap(page, 4_900);
  const map = page.locator('#map-4900');
  await expect(map.locator('.map-card')).toHaveCount(4_900);
  await expect(map.getByText('Step 50', { exact: true })).toBeVisible();
  await expect(map.locator('.map-card').last()).toContainText('C.4899');
  console.log(`map view: 500 competencies ${small.toFixed(0)} ms, 4,900 ${large.toFixed(0)} ms`);
  // 789 ms measured here; generous for a busy 2-core CI machine. Ten times the framework in
  // well under a hundred times the time (it was worse than quadratic).
  expect(large).toBeLessThan(5_000);
  expect(large / small).toBeLessThan(30);
  expect(problems).toEqual([]);
});

test('memory comes back: once the largest tracker document is replaced by a small one, the module starts afresh and the old memory goes', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const problems = await guardPage(page, baseURL);
  await page.goto('/');
  await expect(page.locator('#progress-teacher').getByText('Behind', { exact: true })).toBeVisible();
  await defineBuilder(page);
  // The progress module's linear memory, read through its glue (the instance the loader made).
  const memory = () => page.evaluate(async () => (await (await import('/dist/learner-progress.js')).default()).memory.buffer.byteLength);
  const start = await memory();
  const sample = await page.evaluate(async ({ limits }) => {
    const element = document.createElement('learner-progress');
    element.id = 'large';
    element.setAttribute('storage', 'host');
    document.querySelector('main').prepend(element);
    element.data = window.buildLargest(limits).progress;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    // Kept weakly: once the module has started afresh, nothing may hold the old memory.
    window.oldMemory = new WeakRef((await (await import('/dist/learner-progress.js')).default()).memory);
    return document.getElementById('progress-ana').exportJson();
  }, { limits: limits() });
  await expect(page.locator('#large').getByText('Domain 99: reasoning').first()).toBeVisible();
  const large = await memory();
  expect(large).toBeGreaterThan(start + 16 * 2 ** 20);

  // One learner's document replaces it: the page goes idle, and the module starts afresh.
  const [done, all] = /^(\d+) of (\d+)/.exec(await page.locator('#progress-ana')
    .getByRole('progressbar', { name: /competencies mastered$/ }).getAttribute('aria-label')).slice(1).map(Number);
  await page.locator('#large').evaluate((el, text) => { el.data = JSON.parse(text); }, sample);
  await expect.poll(memory, { timeout: 10_000 }).toBeLessThanOrEqual(start * 1.2);
  await expect(page.locator('#large').getByRole('progressbar', { name: `${done} of ${all} competencies mastered` })).toBeVisible();
  // Every other tracker on the page shows its document again and works.
  await expect(page.locator('#progress-class').getByRole('img', { name: /^6B Mathematics/ })).toBeVisible();
  const map = page.locator('#progress-ana').getByRole('button', { name: 'Map' });
  await map.click();
  await expect(map).toHaveAttribute('aria-pressed', 'true');

  // The old instance's memory is collected, not just set aside.
  const session = await page.context().newCDPSession(page);
  await expect.poll(async () => {
    await session.send('HeapProfiler.collectGarbage');
    return page.evaluate(() => window.oldMemory.deref() === undefined);
  }, { timeout: 20_000 }).toBe(true);
  console.log(`progress module memory: ${(start / 2 ** 20).toFixed(1)} MB at the start, ${(large / 2 ** 20).toFixed(1)} MB with the largest document, ${((await memory()) / 2 ** 20).toFixed(1)} MB after it is replaced`);
  expect(problems).toEqual([]);
});
