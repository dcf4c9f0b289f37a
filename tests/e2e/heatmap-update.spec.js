// The frame budget of the class heatmap, short: 150 learners × 60 competencies × 20 scores, then 20
// evidence updates through `addEvidence` (only that learner's row is read, rolled up and drawn
// again). Fails when updates miss their budget by a wide margin; machines are noisy, so the bounds
// are generous. `cargo xtask bench` measures 50 updates carefully and writes BENCHMARKS.md.
import { test, expect } from '@playwright/test';
import { bigClass } from '../bench/pages/data.js';
import { heatmapUpdates } from '../bench/pages/measure.js';

/**
 * Issue 8 asks for one 16 ms frame at p95. To the drawn frame (which includes waiting for the next
 * frame), this gate fails when the median passes 4 frames or the p95 8 frames: a wide miss, where
 * a busy machine stays inside (measured in a fresh-clone run, with another test beside it: median
 * 21 to 47 ms, p95 65 to 103 ms; before `addEvidence`, every update took some 700 ms).
 */
const MEDIAN_BOUND_MS = 4 * 1000 / 60;
const P95_BOUND_MS = 8 * 1000 / 60;

const p95 = (values) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

test('20 evidence updates (addEvidence) on a 150 × 60 × 20 heatmap show within 4 frames at the median and 8 at p95', async ({ page }) => {
  test.setTimeout(240_000);
  // A plain page: nothing else on it competes with the heatmap.
  await page.goto('/examples/plain-html.html');
  await page.evaluate(async (doc) => {
    await customElements.whenDefined('learner-progress');
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
  const dom = times.map((t) => t.dom);
  const frame = times.map((t) => t.frame);
  console.log(`heatmap evidence updates (20): to the DOM median ${median(dom).toFixed(1)} ms, p95 ${p95(dom).toFixed(1)} ms; `
    + `to the frame median ${median(frame).toFixed(1)} ms, p95 ${p95(frame).toFixed(1)} ms (bounds ${MEDIAN_BOUND_MS.toFixed(0)} and ${P95_BOUND_MS.toFixed(0)} ms)`);
  // heatmapUpdates waited for each update to be counted; the heatmap still shows the whole class.
  await expect(page.locator('#updated-class').getByRole('img', { name: /^Year 7, all sets: 150 learners × 60 competencies; [\d,]+ of 9,000 mastered\.$/ })).toBeVisible();
  expect(median(frame), 'median of 20 evidence updates, to the drawn frame').toBeLessThan(MEDIAN_BOUND_MS);
  expect(p95(frame), 'p95 of 20 evidence updates, to the drawn frame').toBeLessThan(P95_BOUND_MS);
});
