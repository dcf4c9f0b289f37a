// The browser half of `cargo xtask bench`: drives headless Chromium (with the launch options of
// playwright.config.js) through the bench pages served at LEARNER_BASE_URL/bench/ and writes every
// raw figure, in milliseconds or bytes, as JSON to BENCH_OUT. xtask/src/bench.rs turns them into
// BENCHMARKS.md. Usage: LEARNER_BASE_URL=http://127.0.0.1:8098 BENCH_RUNS=7 node bench/run.js
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import config from '../playwright.config.js';

const base = process.env.LEARNER_BASE_URL ?? 'http://127.0.0.1:8080';
const runs = Number(process.env.BENCH_RUNS ?? 7);
const updates = Number(process.env.BENCH_UPDATES ?? 50);
const picks = Number(process.env.BENCH_PICKS ?? 20);
const out = process.env.BENCH_OUT ?? 'test-results/bench.json';

const browser = await chromium.launch({ ...config.use.launchOptions, headless: true });
const log = (line) => console.log(`bench: ${line}`);

/** A fresh context and page on `path`; fails on a console error, an uncaught error or a CSP violation. */
async function open(path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    }, true);
  });
  // Generous: the machines are shared, and a 2-core one under load can stall a page for a while.
  page.setDefaultTimeout(120_000);
  await page.goto(new URL(path, base).href, { waitUntil: 'domcontentloaded' });
  const check = () => {
    if (problems.length) throw new Error(`${path}: ${problems.join('; ')}`);
  };
  return { context, page, check };
}

/** One cold load of `page`; returns { rendered, painted } in ms from navigation start. */
async function coldStart(name) {
  const { context, page, check } = await open(`/bench/cold-${name}.html`);
  await page.waitForFunction(() => window.benchResult, null, { timeout: 120_000 });
  const result = await page.evaluate(() => window.benchResult);
  check();
  await context.close();
  return result;
}

/** A fresh widgets page, ready for `window.bench`. */
async function widgetsPage() {
  const opened = await open('/bench/widgets.html');
  await opened.page.waitForFunction(() => window.benchReady, null, { timeout: 120_000 });
  await opened.page.evaluate(() => customElements.whenDefined('learner-progress'));
  return opened;
}

async function measureIn(fn, arg) {
  const { context, page, check } = await widgetsPage();
  const result = await page.evaluate(fn, arg);
  check();
  await context.close();
  return result;
}

/** The page's JS heap after a full garbage collection, through the DevTools protocol. */
async function heap(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { used: usedSize, total: totalSize };
}

const results = {
  chromium: browser.version(),
  date: new Date().toISOString(),
  runs,
  warmup: 1,
  cold: { ours: [], chartjs: [] },
};

// Cold start: one warm-up load of each, then `runs` of each, interleaved (the order alternates).
for (let i = 0; i <= runs; i += 1) {
  const order = i % 2 === 0 ? ['ours', 'chartjs'] : ['chartjs', 'ours'];
  for (const name of order) {
    const result = await coldStart(name);
    if (i > 0) results.cold[name].push(result);
    log(`cold ${name} ${i === 0 ? '(warm-up) ' : ''}${result.rendered.toFixed(1)} ms`);
  }
}

// Class scale, each first render on a fresh page.
results.profileClass = [];
results.heatmap = [];
for (let i = 0; i < runs; i += 1) {
  const p = await measureIn(() => window.bench.profileClass());
  results.profileClass.push(p);
  const h = await measureIn(() => window.bench.heatmap());
  results.heatmap.push(h);
  log(`class run ${i + 1}: profiles ${p.dom.toFixed(0)} ms, heatmap ${h.dom.toFixed(0)} ms`);
}

// Evidence updates on one heatmap; then memory with both class views on the page.
{
  const { context, page, check } = await widgetsPage();
  const before = { heap: await heap(page), wasm: await page.evaluate(() => window.bench.wasmMemory()) };
  await page.evaluate(() => window.bench.profileClass());
  await page.evaluate(() => window.bench.heatmap());
  results.heatmapUpdates = await page.evaluate((n) => window.bench.heatmapUpdates(n), updates);
  log(`${updates} heatmap updates (addEvidence) done`);
  // For comparison, the host's other way: push to its own document and set `data` again.
  results.heatmapUpdatesByData = await page.evaluate((n) => window.bench.heatmapUpdates(n, 'data'), 10);
  log('10 heatmap updates (data set again) done');
  // The host's copy of the class is dropped: what stays is what the widgets hold.
  await page.evaluate(() => { window.hostClass = null; });
  const after = { heap: await heap(page), wasm: await page.evaluate(() => window.bench.wasmMemory()) };
  // Then without the elements (they free their wasm side a microtask after leaving the page).
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll('learner-profile, learner-progress')) el.remove();
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
  const removed = { heap: await heap(page), wasm: await page.evaluate(() => window.bench.wasmMemory()) };
  results.memory = { before, after, removed };
  check();
  await context.close();
}

results.choicePicks = await measureIn((n) => window.bench.choicePicks(n), picks);
log(`${picks} choice board picks done`);

await browser.close();
writeFileSync(out, `${JSON.stringify(results, null, 1)}\n`);
log(`wrote ${out}`);
