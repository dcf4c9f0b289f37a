// Load: 20 widgets on one strict page (the three elements mixed) given 500 data updates a second
// for 10 seconds. No learner-error, console error, uncaught error or policy violation; each widget
// ends showing the last data it was given; the JS heap after garbage collection comes back near
// where it started, and the wasm memory stops growing once warmed up.
import { test, expect } from '@playwright/test';
import { guardPage } from './page-guard.js';
import { openStrictPage } from './strict-page.js';

const WIDGETS = 20;
const RATE = 500; // updates a second, across all widgets
const SECONDS = 10;
const MB = 1024 * 1024;

test('20 widgets under 500 data updates a second for 10 seconds: no error, last data shown, memory back', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const problems = await guardPage(page, baseURL);
  await openStrictPage(page, baseURL, 'test-load');
  const cdp = await page.context().newCDPSession(page);
  /**
   * After a full garbage collection: the JS heap in use, the DOM nodes and event listeners alive,
   * and the wasm memory's size.
   */
  const memory = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    // Each widget's module has its own memory: the page's wasm memory is their sum.
    const wasm = await page.evaluate(async () => {
      let bytes = 0;
      for (const name of ['learner-profile', 'learner-progress', 'learner-choice-board']) {
        bytes += (await (await import(`/dist/${name}.js`)).default()).memory.buffer.byteLength;
      }
      return bytes;
    });
    return { js: usedSize, wasm, nodes, listeners: jsEventListeners };
  };

  // 20 widgets: profiles, progress trackers and choice boards, each with its first document.
  await page.evaluate(async (count) => {
    const load = async (name) => (await fetch(`/samples/${name}.json`)).json();
    const [profile, progress, board] = await Promise.all(
      [load('ana.profile'), load('ana.progress'), load('choice-tic-tac-toe')]);
    const kinds = [['learner-profile', profile], ['learner-progress', progress], ['learner-choice-board', board]];
    window.__errors = [];
    addEventListener('learner-error', (e) => window.__errors.push(e.detail), true);
    window.__widgets = Array.from({ length: count }, (_, i) => {
      const [tag, doc] = kinds[i % 3];
      const el = document.createElement(tag);
      el.id = `w${i}`;
      el.setAttribute('today', '2026-11-23');
      el.data = doc;
      document.querySelector('main').append(el);
      return { el, doc, tag };
    });
  }, WIDGETS);
  for (let i = 0; i < WIDGETS; i += 1) {
    await expect(page.locator(`#w${i}`).getByText(/Ana|Ecosystems/).first()).toBeVisible();
  }
  const start = await memory();

  /**
   * Gives the widgets `rate` updates a second for `seconds`, round robin, each update a new
   * document (the learner's name, or the board's title, carries the update's number). Yields to
   * the browser between batches so it renders as a page would. Resolves with what was done.
   */
  const drive = (from, seconds) => page.evaluate(async ([from, seconds, rate]) => {
    const widgets = window.__widgets;
    const total = seconds * rate;
    const started = performance.now();
    let done = 0;
    const label = (n) => `Update ${from + n}`;
    const update = (n) => {
      const { el, doc, tag } = widgets[n % widgets.length];
      const next = structuredClone(doc);
      if (tag === 'learner-choice-board') next.title = label(n);
      else next.learner = { ...next.learner, name: label(n) };
      // Profiles and boards as objects, progress as JSON text: both ways a host sets data.
      el.data = tag === 'learner-progress' ? JSON.stringify(next) : next;
    };
    while (done < total) {
      const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate) + 1);
      for (; done < due; done += 1) update(done);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const last = widgets.map((_, w) => label(total - widgets.length + w));
    return { done, seconds: (performance.now() - started) / 1000, last };
  }, [from, seconds, RATE]);

  // Half the load, to warm the wasm allocator up; then the other half.
  const first = await drive(0, SECONDS / 2);
  const warmed = await memory();
  const second = await drive(first.done, SECONDS / 2);
  const done = first.done + second.done;
  const seconds = first.seconds + second.seconds;
  expect(done).toBe(RATE * SECONDS);

  // Each widget shows the last document it was given.
  for (const [w, name] of second.last.entries()) {
    await expect(page.locator(`#w${w}`).getByText(name, { exact: false }).first()).toBeVisible();
  }
  const end = await memory();
  console.log(`${done} updates in ${seconds.toFixed(1)} s (${Math.round(done / seconds)}/s); `
    + `JS heap ${(start.js / MB).toFixed(1)} → ${(end.js / MB).toFixed(1)} MB after GC; `
    + `wasm memory ${(start.wasm / MB).toFixed(1)} → ${(warmed.wasm / MB).toFixed(1)} (warm) → ${(end.wasm / MB).toFixed(1)} MB; `
    + `DOM nodes ${start.nodes} → ${end.nodes}, listeners ${start.listeners} → ${end.listeners}`);

  expect(await page.evaluate(() => window.__errors)).toEqual([]);
  expect(problems).toEqual([]);
  // The load was really applied near its rate (a noisy 2-core machine may lag: generous bound).
  expect(seconds).toBeLessThan(SECONDS * 3);
  // Memory back near its start: the JS heap within 5 MB of where it began, and the wasm memory
  // (which never shrinks) no bigger after the second half than after the first, give or take 4 MB.
  expect(end.js - start.js).toBeLessThan(5 * MB);
  // A leak of a document or a component per update would be tens of MB here.
  expect(end.wasm - warmed.wasm).toBeLessThanOrEqual(4 * MB);
  // The widgets show the same documents as at the start, so the page holds as many nodes and
  // listeners (the names' lengths differ, hence a little slack).
  expect(Math.abs(end.nodes - start.nodes)).toBeLessThan(start.nodes * 0.05);
  expect(end.listeners).toBeLessThanOrEqual(start.listeners + 20);
});
