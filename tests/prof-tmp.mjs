import { chromium } from 'playwright-core';
import { bigClass } from './bench/pages/data.js';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:8094/examples/plain-html.html');
await page.evaluate(() => customElements.whenDefined('learner-progress'));
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const mode = process.argv[2] ?? 'first';
await page.evaluate((doc) => { window.hostClass = doc; }, bigClass(150, 60, 20));
if (mode === 'update') {
  await page.evaluate(async () => {
    const el = document.createElement('learner-progress'); el.id = 'h'; el.setAttribute('view', 'class');
    document.querySelector('main').append(el); el.data = window.hostClass;
    await new Promise((r) => setTimeout(r, 500));
  });
}
await cdp.send('Profiler.start');
const t = await page.evaluate(async (mode) => {
  const start = performance.now();
  if (mode === 'first') {
    const el = document.createElement('learner-progress'); el.id = 'h'; el.setAttribute('view', 'class');
    document.querySelector('main').append(el); el.data = window.hostClass;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  } else {
    const el = document.getElementById('h');
    const doc = window.hostClass;
    for (let i = 0; i < 40; i++) {
      const r = doc.learners[i * 3];
      el.addEvidence({ competency: 'c' + (i % 60), score: 4, date: '2026-10-15', source: 'U' }, r.learner.id);
      await new Promise((res) => requestAnimationFrame(() => setTimeout(res)));
    }
  }
  return performance.now() - start;
}, mode);
const { profile } = await cdp.send('Profiler.stop');
console.log('elapsed', t.toFixed(1));
const self = new Map();
const dt = profile.timeDeltas; const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, us] of counts) {
  const n = byId.get(id); const name = (n.callFrame.functionName || '(anon)') + ' ' + n.callFrame.url.split('/').pop();
  self.set(name, (self.get(name) ?? 0) + us);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
[...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45).forEach(([k, v]) => console.log((v / 1000).toFixed(1).padStart(8), k.slice(0, 140)));
console.log('total ms', (total / 1000).toFixed(1));
await browser.close();
