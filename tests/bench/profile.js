// Where the heatmap's time goes, by function: a sampling profile (DevTools protocol) of its first
// render, or of 40 `addEvidence` updates, printing the 40 functions with the most self time.
//
//   node bench/profile.js first|update [text]   (from tests/, with the gallery served at
//   LEARNER_BASE_URL; `text` gives the first render the class as JSON text, the integrator
//   guide's advice, rather than as an object). Then the 40 with the most inclusive time.
//
// For Rust names in the profile, serve a wasm that keeps them: docs/architecture.md, "Profiling".
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { bigClass } from './pages/data.js';

const base = process.env.LEARNER_BASE_URL ?? 'http://127.0.0.1:8080';
const mode = process.argv[2] === 'update' ? 'update' : 'first';
const asText = process.argv[3] === 'text';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
await page.goto(`${base}/examples/plain-html.html`);
await page.evaluate(async (doc) => {
  await customElements.whenDefined('learner-progress');
  window.hostClass = doc;
  window.hostClassText = JSON.stringify(doc);
  // The module loads with the first element that asks for it: load it before profiling.
  const warm = document.createElement('learner-progress');
  document.querySelector('main').append(warm);
  while (!warm.shadowRoot.querySelector('.learner-root')) {
    await new Promise((resolve) => { setTimeout(resolve, 20); });
  }
  warm.remove();
}, bigClass(150, 60, 20));

/** Adds the heatmap and waits until it is drawn. */
const addHeatmap = () => page.evaluate(async (text) => {
  const el = document.createElement('learner-progress');
  el.id = 'profiled';
  el.setAttribute('view', 'class');
  document.querySelector('main').append(el);
  el.data = text ? window.hostClassText : window.hostClass;
  while (!el.shadowRoot.querySelector('svg.heatmap')) {
    await new Promise((resolve) => { requestAnimationFrame(resolve); });
  }
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}, asText);

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
// PROFILE_OUT=file.json keeps the whole profile, for other cuts than the two printed below.
if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
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

// Inclusive: each sample counts once for every function on its stack.
const parent = new Map();
for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
const inclusive = new Map();
profile.samples.forEach((id, i) => {
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const { functionName, url } = nodes.get(at).callFrame;
    seen.add(`${functionName || '(anonymous)'}  ${url.split('/').pop()}`);
  }
  for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
console.log('inclusive time by function (ms):');
for (const [name, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
  console.log(`${(us / 1000).toFixed(1).padStart(8)}  ${name.slice(0, 150)}`);
}
