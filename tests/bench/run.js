// The browser half of `cargo xtask bench`: drives headless Chromium (with the launch options of
// playwright.config.js) through the bench pages served at LEARNER_BASE_URL/bench/ and writes every
// raw figure, in milliseconds or bytes, as JSON to BENCH_OUT. xtask/src/bench.rs turns them into
// BENCHMARKS.md. Usage: LEARNER_BASE_URL=http://127.0.0.1:8098 BENCH_RUNS=7 node bench/run.js
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import config from '../playwright.config.js';
import { buildLargest, limits } from '../e2e/largest.js';
import { renderWidget } from '../../dist/server.js';
import { choiceBoard3, profile12, progress12 } from './pages/data.js';

const base = process.env.LEARNER_BASE_URL ?? 'http://127.0.0.1:8080';
const runs = Number(process.env.BENCH_RUNS ?? 7);
const updates = Number(process.env.BENCH_UPDATES ?? 50);
const picks = Number(process.env.BENCH_PICKS ?? 20);
const out = process.env.BENCH_OUT ?? 'test-results/bench.json';
// BENCH_ONLY=server,phone runs only those sections (cold, phone, server, class, updates, choice,
// largest); unset, all of them.
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
const section = (name) => !only || only.has(name);

// BENCH_JS_FLAGS passes V8 flags (for experiments, e.g. how tiering changes a first render).
const launchOptions = { ...config.use.launchOptions };
if (process.env.BENCH_JS_FLAGS) {
  launchOptions.args = [...launchOptions.args, `--js-flags=${process.env.BENCH_JS_FLAGS}`];
}
const browser = await chromium.launch({ ...launchOptions, headless: true });
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

/**
 * A student's phone, as Lighthouse's mobile profile has it: 150 ms round trip, 1.6 Mbps down,
 * 750 Kbps up, a CPU 4× slower, applied through the DevTools protocol; nothing cached.
 */
const PHONE = { latency: 150, download: (1.6 * 1024 * 1024) / 8, upload: (750 * 1024) / 8, cpu: 4 };

/**
 * One cold load of `path` on the phone: { rendered, painted } in ms from navigation start, and
 * `bytes`, what the page downloaded as it came over the wire (gzip), counted by the browser.
 */
async function phoneColdStart(path, probe = null) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.setDefaultTimeout(120_000);
  const cdp = await context.newCDPSession(page);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => { bytes += event.encodedDataLength; });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: PHONE.latency, downloadThroughput: PHONE.download, uploadThroughput: PHONE.upload,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  await page.goto(new URL(path, base).href, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.benchResult, null, { timeout: 120_000, polling: 50 });
  const result = await page.evaluate(() => window.benchResult);
  // Whatever is still arriving (a request made after the widgets were drawn) counts too.
  await page.waitForLoadState('networkidle');
  await cdp.detach();
  // Once measured: a control of `probe`'s widget answers a click (it is interactive indeed).
  const answered = probe ? await answers(page, probe) : undefined;
  if (problems.length) throw new Error(`${path}: ${problems.join('; ')}`);
  await context.close();
  if (answered === false) throw new Error(`${path}: the widget did not answer a click once interactive`);
  return { ...result, bytes };
}

/**
 * The pages of the phone cold start: each widget alone and all three, each against Chart.js; and
 * the profile's page again with its module preloaded, as the integrator guide advises.
 */
const PHONE_PAGES = {
  profile: '/bench/cold-ours.html',
  preloaded: '/bench/cold-preload.html',
  progress: '/bench/cold-progress.html',
  choice: '/bench/cold-choice.html',
  all: '/bench/cold-all.html',
};

/** A fresh widgets page, ready for `window.bench`. */
async function widgetsPage() {
  const opened = await open('/bench/widgets.html');
  await opened.page.waitForFunction(() => window.benchReady, null, { timeout: 120_000 });
  await opened.page.evaluate(() => customElements.whenDefined('learner-progress'));
  return opened;
}

/** `fn(arg)` in a fresh bench page; with `cpu` above 1, on a CPU that many times slower. */
async function measureIn(fn, arg, { cpu = 1 } = {}) {
  const { context, page, check } = await widgetsPage();
  if (cpu > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  }
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
for (let i = 0; i <= (section('cold') ? runs : -1); i += 1) {
  const order = i % 2 === 0 ? ['ours', 'chartjs'] : ['chartjs', 'ours'];
  for (const name of order) {
    const result = await coldStart(name);
    if (i > 0) results.cold[name].push(result);
    log(`cold ${name} ${i === 0 ? '(warm-up) ' : ''}${result.rendered.toFixed(1)} ms`);
  }
}

// The phone cold start: for each page, one warm-up pair then `runs` pairs, each ours and the
// Chart.js radar back to back (the order alternates), so both meet the same machine load.
results.phone = { ...PHONE, pairs: {} };
for (const [name, path] of Object.entries(section('phone') ? PHONE_PAGES : {})) {
  const pairs = [];
  for (let i = 0; i <= runs; i += 1) {
    const order = i % 2 === 0 ? ['ours', 'chartjs'] : ['chartjs', 'ours'];
    const pair = {};
    for (const who of order) {
      pair[who] = await phoneColdStart(who === 'ours' ? path : '/bench/cold-chartjs.html');
    }
    if (i > 0) pairs.push(pair);
    log(`phone ${name} ${i === 0 ? '(warm-up) ' : ''}ours ${pair.ours.rendered.toFixed(0)} ms `
      + `(${(pair.ours.bytes / 1024).toFixed(1)} KB), Chart.js ${pair.chartjs.rendered.toFixed(0)} ms `
      + `(${(pair.chartjs.bytes / 1024).toFixed(1)} KB)`);
  }
  results.phone.pairs[name] = pairs;
}

// Server-rendered first paint (issue 23). Each widget's page as a server writes it (dist/server.js's
// renderWidget, the same documents as the client-only pages, the same head), generated here into
// tests/bench/pages/server-*.html so the bench server serves it like the other pages (gzip, the same
// policy). The renderer writes, before the element, the links that preload the hydrating module
// (`<link rel="modulepreload">`, `<link rel="preload" as="fetch">`), so it downloads while the HTML is
// parsed rather than after the loader has run; the same page rendered with `preload: false` shows
// what they buy. Per round, every page of the widget once on the phone, in a rotating order; one
// warm-up round dropped.
const SERVER_WIDGETS = {
  profile: { tag: 'learner-profile', client: '/bench/cold-ours.html', data: profile12, chartjs: true },
  progress: { tag: 'learner-progress', client: '/bench/cold-progress.html', data: progress12 },
  choice: { tag: 'learner-choice-board', client: '/bench/cold-choice.html', data: choiceBoard3 },
};

/** The server page of `tag` with `body` (what the renderer wrote), as cold-*.html are written. */
function serverPage(tag, body, preload) {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Benchmark: cold start, ${tag} rendered on the server${preload ? '' : ', without the preload links'}</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/dist/learner-widgets.css">
  <script type="module" src="/dist/learner-widgets.js"></script>
  <script type="module" src="cold-ours.js"></script>
</head>
<body>
  <main>
    ${body}
  </main>
</body>
</html>
`;
}

/** Clicks a control of the hydrated widget and says whether it answered (pressed, or picked). */
async function answers(page, tag) {
  return page.evaluate(async (tag) => {
    const root = document.querySelector(tag).shadowRoot;
    const pick = {
      'learner-profile': () => root.querySelectorAll('[part=toolbar] button')[1],
      'learner-progress': () => root.querySelector('button[aria-pressed=false]'),
      'learner-choice-board': () => root.querySelector('[part=activity][aria-pressed=false]'),
    }[tag];
    const control = pick();
    if (!control) return false;
    const before = control.getAttribute('aria-pressed');
    control.click();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    return control.getAttribute('aria-pressed') === 'true' && before !== 'true';
  }, tag);
}

if (section('server')) {
  results.server = { ...PHONE, pages: {} };
  const pagesDir = new URL('./pages/', import.meta.url);
  for (const [name, widget] of Object.entries(SERVER_WIDGETS)) {
    const render = (preload) => renderWidget(widget.tag, widget.data(), {
      lang: 'en',
      assets: '/dist/',
      preload,
      onError: (error) => { throw new Error(`${name}: the server refused the document: ${error.message}`); },
    });
    writeFileSync(new URL(`server-${name}.html`, pagesDir), serverPage(widget.tag, await render(true), true));
    writeFileSync(new URL(`server-${name}-bare.html`, pagesDir), serverPage(widget.tag, await render(false), false));
    const pages = {
      client: widget.client,
      server: `/bench/server-${name}.html`,
      bare: `/bench/server-${name}-bare.html`,
      ...(widget.chartjs ? { chartjs: '/bench/cold-chartjs.html' } : {}),
    };
    const kinds = Object.keys(pages);
    const rounds = [];
    for (let i = 0; i <= runs; i += 1) {
      const order = kinds.map((_, k) => kinds[(k + i) % kinds.length]);
      const round = {};
      for (const kind of order) {
        round[kind] = await phoneColdStart(pages[kind], kind === 'chartjs' ? null : widget.tag);
      }
      if (i > 0) rounds.push(round);
      log(`server ${name} ${i === 0 ? '(warm-up) ' : ''}${kinds.map((k) => `${k} ${round[k].painted.toFixed(0)}`
        + `${round[k].interactive === undefined ? '' : `/${round[k].interactive.toFixed(0)}`} ms`).join(', ')}`);
    }
    results.server.pages[name] = rounds;
  }
}

// Class scale, each first render on a fresh page. The heatmap's class is given both ways a host
// has it, in turn: as the JSON text that arrived (the integrator guide's advice) and as an object;
// each page also times the browser's own JSON.parse of the same text. Then the text way again on a
// CPU 4× slower (a school Chromebook).
results.profileClass = [];
results.heatmap = [];
results.heatmapObject = [];
results.heatmapSlowCpu = [];
for (let i = 0; i < (section('class') ? runs : 0); i += 1) {
  const p = await measureIn(() => window.bench.profileClass());
  results.profileClass.push(p);
  const ways = i % 2 === 0 ? ['text', 'object'] : ['object', 'text'];
  const took = {};
  for (const as of ways) took[as] = await measureIn((way) => window.bench.heatmap(way), as);
  results.heatmap.push(took.text);
  results.heatmapObject.push(took.object);
  log(`class run ${i + 1}: profiles ${p.frame.toFixed(0)} ms, heatmap from text ${took.text.frame.toFixed(0)} ms `
    + `(JSON.parse ${took.text.parse.toFixed(0)} ms), from an object ${took.object.frame.toFixed(0)} ms`);
}
for (let i = 0; i < (section('class') ? runs : 0); i += 1) {
  const slow = await measureIn(() => window.bench.heatmap('text'), null, { cpu: 4 });
  results.heatmapSlowCpu.push(slow);
  log(`class run ${i + 1}, CPU 4× slower: heatmap from text ${slow.frame.toFixed(0)} ms (JSON.parse ${slow.parse.toFixed(0)} ms)`);
}

// Evidence updates on one heatmap; then memory with both class views on the page.
if (section('updates')) {
  const { context, page, check } = await widgetsPage();
  const before = { heap: await heap(page), wasm: await page.evaluate(() => window.bench.wasmMemory()) };
  await page.evaluate(() => window.bench.profileClass());
  await page.evaluate(() => window.bench.heatmap());
  results.heatmapUpdates = await page.evaluate((n) => window.bench.heatmapUpdates(n), updates);
  // The page's frame interval (the median gap between 60 animation frames), which an update's
  // time to the drawn frame is held to.
  results.frameInterval = await page.evaluate(() => new Promise((resolve) => {
    const times = [];
    const tick = (now) => {
      times.push(now);
      if (times.length < 61) requestAnimationFrame(tick);
      else resolve(times.slice(1).map((t, i) => t - times[i]).sort((a, b) => a - b)[30]);
    };
    requestAnimationFrame(tick);
  }));
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

if (section('choice')) {
  results.choicePicks = await measureIn((n) => window.bench.choicePicks(n), picks);
  log(`${picks} choice board picks done`);
}

// The largest document each schema allows (every list at its maxItems: tests/e2e/largest.js),
// `runs` times each on a fresh page: from setting `data` (an object, as a host sets it) to the
// drawn frame. Then memory: with a sample document, with the largest, and after the sample
// replaces it again (the JS heap after a full collection, and the wasm linear memory).
const LARGEST = { progress: 'learner-progress', class: 'learner-progress', profile: 'learner-profile', roster: 'learner-profile', board: 'learner-choice-board' };
const SAMPLES = { progress: 'ana.progress.json', class: 'ana.progress.json', profile: 'ana.profile.json', roster: 'ana.profile.json', board: 'choice-raft.json' };
results.largest = {};
for (const [name, tag] of Object.entries(section('largest') ? LARGEST : {})) {
  const entry = { drawn: [], megabytes: 0, memory: null };
  for (let i = 0; i < runs; i += 1) {
    const { context, page, check } = await widgetsPage();
    // Defined through the DevTools protocol, which the page's policy (no eval) does not govern.
    await page.evaluate(`window.buildLargest = ${buildLargest.toString()}`);
    const measured = await page.evaluate(async ({ limits, name, tag, sample, withMemory }) => {
      const element = document.createElement(tag);
      element.setAttribute('storage', 'host');
      document.body.prepend(element);
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      element.data = await (await fetch(`/samples/${sample}`)).json();
      await frame();
      // The module's wasm is counted once its request has finished (bench.wasmMemory).
      await new Promise((resolve) => setTimeout(resolve, 200));
      const before = withMemory ? await window.bench.wasmMemory() : 0;
      const doc = window.buildLargest(limits)[name];
      let refused = null;
      element.addEventListener('learner-error', (event) => { refused = event.detail.message; });
      const start = performance.now();
      element.data = doc;
      await frame();
      const drawn = performance.now() - start;
      const megabytes = JSON.stringify(doc).length / 1e6;
      window.largestElement = element;
      return { drawn, megabytes, refused, before };
    }, { limits: limits(), name, tag, sample: SAMPLES[name], withMemory: i === 0 });
    if (measured.refused) throw new Error(`the largest ${name} document is refused: ${measured.refused}`);
    entry.drawn.push(measured.drawn);
    entry.megabytes = measured.megabytes;
    if (i === 0) {
      const large = { heap: await heap(page), wasm: await page.evaluate(() => window.bench.wasmMemory()) };
      await page.evaluate(async ({ sample, large }) => {
        window.largestElement.data = await (await fetch(`/samples/${sample}`)).json();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        // The loader gives a module's memory back once the page is idle (a fresh instance):
        // waited for, up to 3 s.
        for (let waited = 0; waited < 3000 && await window.bench.wasmMemory() >= large; waited += 100) {
          await new Promise((resolve) => { setTimeout(resolve, 100); });
        }
      }, { sample: SAMPLES[name], large: large.wasm });
      const replaced = { heap: await heap(page), wasm: await page.evaluate(() => window.bench.wasmMemory()) };
      entry.memory = { before: measured.before, large, replaced };
    }
    check();
    await context.close();
    log(`largest ${name} (${measured.megabytes.toFixed(1)} MB) run ${i + 1}: ${measured.drawn.toFixed(0)} ms`);
  }
  results.largest[name] = entry;
}

await browser.close();
writeFileSync(out, `${JSON.stringify(results, null, 1)}\n`);
log(`wrote ${out}`);
