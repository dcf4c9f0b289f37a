// The frame budget of the class heatmap, short: 150 learners × 60 competencies × 20 scores, then 20
// evidence updates (the host adds one score and sets `data` again). Fails when the p95 update misses
// its budget by a wide margin; machines are noisy, so the bound is generous. `cargo xtask bench`
// measures 50 updates carefully and writes BENCHMARKS.md.
import { test, expect } from '@playwright/test';
import { bigClass } from '../bench/pages/data.js';
import { heatmapUpdates } from '../bench/pages/measure.js';

/** Issue 8 asks for one 16 ms frame at p95; this gate fails past 8 frames. */
const BOUND_MS = 8 * 1000 / 60;

test('20 evidence updates on a 150 × 60 × 20 heatmap each show within the frame budget at p95', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await expect(page.locator('#progress-class').getByRole('img', { name: /^6B Mathematics/ })).toBeVisible();
  await page.evaluate(async (doc) => {
    const el = document.createElement('learner-progress');
    el.id = 'updated-class';
    el.setAttribute('view', 'class');
    document.querySelector('main').append(el);
    window.hostClass = doc;
    el.data = doc;
    await new Promise((resolve) => {
      const check = () => (el.shadowRoot?.querySelector('svg.heatmap') ? resolve() : requestAnimationFrame(check));
      check();
    });
  }, bigClass(150, 60, 20));
  const times = await page.evaluate(heatmapUpdates, { selector: '#updated-class', count: 20 });
  const p95 = (values) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1];
  const dom = times.map((t) => t.dom);
  const frame = times.map((t) => t.frame);
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`heatmap evidence updates (20): to the DOM median ${median(dom).toFixed(1)} ms, p95 ${p95(dom).toFixed(1)} ms; `
    + `to the frame median ${median(frame).toFixed(1)} ms, p95 ${p95(frame).toFixed(1)} ms (bound ${BOUND_MS.toFixed(0)} ms)`);
  await expect(page.locator('#updated-class').getByRole('img', { name: /^Year 7, all sets: 150 learners × 60 competencies; \d+ of 9000 mastered\.$/ })).toBeVisible();
  expect(p95(frame), 'p95 of 20 evidence updates, to the drawn frame').toBeLessThan(BOUND_MS);
});
