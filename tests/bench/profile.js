// Where the heatmap's time goes, by function: a sampling profile (DevTools protocol) of its first
// render, or of 40 `addEvidence` updates, printing the 40 functions with the most self time.
//
//   node bench/profile.js first|update     (from tests/, with the gallery served at LEARNER_BASE_URL)
//
// For Rust names in the profile, serve a wasm that keeps them: docs/architecture.md, "Profiling".
import { chromium } from 'playwright-core';
import { bigClass } from './pages/data.js';

const base = process.env.LEARNER_BASE_URL ?? 'http://127.0.0.1:8080';
const mode = process.argv[2] === 'update' ? 'update' : 'first';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
await page.goto(`${base}/examples/plain-html.html`);
await page.evaluate(async (doc) => {
  await customElements.whenDefined('learner-progress');
  window.hostClass = doc;
  // The module loads with the first element that asks for it: load it before profiling.
  const warm = document.createElement('learner-progress');
  document.querySelector('main').append(warm);
  while (!warm.shadowRoot.querySelector('.learner-root')) {
    await new Promise((resolve) => { setTimeout(resolve, 20); });
  }
  warm.remove();
}, bigClass(150, 60, 20));

/** Adds the heatmap and waits until it is drawn. */
const addHeatmap = () => page.evaluate(async () => {
  const el = document.createElement('learner-progress');
  el.id = 'profiled';
  el.setAttribute('view', 'class');
  document.querySelector('main').append(el);
  el.data = window.hostClass;
  while (!el.shadowRoot.querySelector('svg.heatmap')) {
    await new Promise((resolve) => { requestAnimationFrame(resolve); });
  }
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
});

if (mode === 'update') await addHeatmap();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const started = Date.now();
if (mode === 'first') {
  await addHeatmap();
} else {
  await page.evaluate(async () => {
    const el = document.getElementById('profiled');
    for (let i = 0; i < 40; i += 1) {
      const { learner } = window.hostClass.learners[i * 3];
      el.addEvidence({ competency: `c${i % 60}`, score: 4, date: '2026-10-15', source: 'Profile' }, learner.id);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    }
  });
}
const elapsed = Date.now() - started;
const { profile } = await cdp.send('Profiler.stop');
await browser.close();

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const selfTime = new Map();
profile.samples.forEach((id, i) => {
  const { functionName, url } = nodes.get(id).callFrame;
  const name = `${functionName || '(anonymous)'}  ${url.split('/').pop()}`;
  selfTime.set(name, (selfTime.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
console.log(`${mode}: ${elapsed} ms in all; self time by function (ms):`);
for (const [name, us] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
  console.log(`${(us / 1000).toFixed(1).padStart(8)}  ${name.slice(0, 150)}`);
}
