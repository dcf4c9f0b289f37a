// The class heatmap of <learner-progress>: a class document becomes learners × competencies in the
// host's order, with the same facts as tables for screen readers; at 150 × 60 with 20 scores each.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './axe.js';
import { bigClass } from '../bench/pages/data.js';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#progress-class').getByRole('img', { name: /^6B Mathematics/ })).toBeVisible();
});

test('the gallery class: summary, legend, and both tables', async ({ page }) => {
  const heatmap = page.locator('#progress-class');
  await expect(heatmap.getByRole('img', { name: /^6B Mathematics: 24 learners × 5 competencies; \d+ of 120 mastered\.$/ })).toBeVisible();
  await expect(heatmap.getByRole('list', { name: 'Levels' }).getByRole('listitem'))
    .toHaveText(['Not started', 'No evidence', 'Below', 'Near', 'Mastery', 'Exceeds']);
  const byCompetency = heatmap.getByRole('table', { name: 'Learners at each level, by competency' });
  await expect(byCompetency.getByRole('row')).toHaveCount(6);
  await expect(byCompetency.getByRole('columnheader')).toHaveText(['Competency', 'Not started', 'No evidence', 'Below', 'Near', 'Mastery', 'Exceeds']);
  const byLearner = heatmap.getByRole('table', { name: "Each learner's progress on the 5 competencies" });
  await expect(byLearner.getByRole('row')).toHaveCount(25);
  // The host's order, never a ranking; Malik's teacher override counts as mastered.
  await expect(byLearner.getByRole('rowheader').first()).toHaveText('Ana García');
  await expect(byLearner.getByRole('rowheader').nth(1)).toHaveText('Malik Johnson');
  // Every row's three counts add up to the five competencies.
  const sums = await byLearner.locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('td')].reduce((a, td) => a + Number(td.textContent), 0)));
  expect(new Set(sums)).toEqual(new Set([5]));
});

test('axe finds no violation in the class heatmap', async ({ page }) => {
  test.slow();
  await expectNoAxeViolations(page, '#progress-class');
});

test('a class of 150 learners × 60 competencies × 20 scores renders with its tables', async ({ page }) => {
  test.slow();
  const data = bigClass(150, 60, 20);
  const ms = await page.evaluate(async (doc) => {
    const el = document.createElement('learner-progress');
    el.id = 'big-class';
    el.setAttribute('view', 'class');
    document.querySelector('main').append(el);
    const start = performance.now();
    el.data = doc;
    await new Promise((resolve) => {
      const check = () => (el.shadowRoot?.querySelector('svg.heatmap') ? resolve() : requestAnimationFrame(check));
      check();
    });
    return performance.now() - start;
  }, data);
  const big = page.locator('#big-class');
  await expect(big.getByRole('img', { name: /^Year 7, all sets: 150 learners × 60 competencies; [\d,]+ of 9,000 mastered\.$/ })).toBeVisible();
  await expect(big.getByRole('table', { name: 'Learners at each level, by competency' }).getByRole('row')).toHaveCount(61);
  await expect(big.getByRole('table', { name: "Each learner's progress on the 60 competencies" }).getByRole('row')).toHaveCount(151);
  // One group per level plus "no evidence", with one path per band of 15 learners in each: the
  // cells are not 9,000 elements, nor 900.
  await expect(big.locator('svg.heatmap g')).toHaveCount(6);
  await expect(big.locator('svg.heatmap path')).toHaveCount(10 * 6);
  // 180,000 scores parsed, validated, rolled up and drawn: generous, since machines are noisy.
  // (The careful figures are in BENCHMARKS.md.)
  console.log(`heatmap 150 × 60 × 20: ${Math.round(ms)} ms from data to drawn`);
  expect(ms).toBeLessThan(15000);
});

test('addEvidence: a score for one learner reaches the chart, both tables and data', async ({ page }) => {
  const heatmap = page.locator('#progress-class');
  const chart = heatmap.getByRole('img', { name: /^6B Mathematics/ });
  const mastered = async () => Number(/; (\d+) of 120 mastered\.$/.exec(await chart.getAttribute('aria-label'))[1]);
  const numbers = async (row) => (await row.getByRole('cell').allTextContents()).map(Number);
  const ana = heatmap.getByRole('table', { name: "Each learner's progress on the 5 competencies" })
    .getByRole('row', { name: /^Ana García/ });
  const rpb2 = heatmap.getByRole('table', { name: 'Learners at each level, by competency' })
    .getByRole('row', { name: /^6\.RP\.B\.2/ });
  const [before, anaBefore, rpb2Before] = [await mastered(), await numbers(ana), await numbers(rpb2)];
  // Ana García has not started 6.RP.B.2; one score of 4 (Exceeds) masters it.
  const added = await heatmap.evaluate((el) => {
    el.addEvidence({ competency: 'rp-b-2', score: 4, date: '2026-11-20', source: 'Exit ticket' }, 's-1040');
    return el.data.learners.find((r) => r.learner.id === 's-1040').evidence.at(-1);
  });
  expect(added).toEqual({ competency: 'rp-b-2', score: 4, date: '2026-11-20', source: 'Exit ticket' });
  await expect.poll(mastered).toBe(before + 1);
  // Mastered, in progress, not started.
  expect(await numbers(ana)).toEqual([anaBefore[0] + 1, anaBefore[1], anaBefore[2] - 1]);
  // Not started, then No evidence, Below, Near, Mastery, Exceeds.
  const [notStarted, ...levels] = rpb2Before;
  expect(await numbers(rpb2)).toEqual([notStarted - 1, ...levels.slice(0, 4), levels[4] + 1]);
});

test('addEvidence: a refused entry throws with its field, fires learner-error, and changes nothing', async ({ page }) => {
  const heatmap = page.locator('#progress-class');
  const chart = heatmap.getByRole('img', { name: /^6B Mathematics/ });
  const label = await chart.getAttribute('aria-label');
  const outcomes = await heatmap.evaluate((el) => {
    const heard = [];
    el.addEventListener('learner-error', (e) => heard.push(e.detail.path));
    const id = el.data.learners[0].learner.id;
    const attempt = (...args) => {
      try {
        el.addEvidence(...args);
        return 'accepted';
      } catch (error) {
        return { code: error.code, path: error.path, message: error.message };
      }
    };
    return {
      results: [
        attempt({ competency: 'rp-b-2', score: 9, date: '2026-11-20', source: 'Quiz' }, id),
        attempt({ competency: 'nope', score: 2, date: '2026-11-20', source: 'Quiz' }, id),
        attempt({ competency: 'rp-b-2', score: 2, date: '2026-02-30', source: 'Quiz' }, id),
        attempt({ competency: 'rp-b-2', score: '2', date: '2026-11-20', source: 'Quiz' }, id),
        attempt({ competency: 'rp-b-2', score: 2, date: '2026-11-20', source: 'Quiz' }, 'nobody'),
        attempt({ competency: 'rp-b-2', score: 2, date: '2026-11-20', source: 'Quiz' }),
      ],
      heard,
      evidence: el.data.learners[0].evidence.length,
    };
  });
  expect(outcomes.results).toEqual([
    { code: 'invalid-document', path: 'evidence.score', message: 'evidence.score: 9 is off the scale 0–4' },
    { code: 'invalid-document', path: 'evidence.competency', message: 'evidence.competency: no competency has the id "nope"' },
    { code: 'invalid-document', path: 'evidence.date', message: expect.stringContaining('"2026-02-30" is not a date') },
    { code: 'invalid-shape', path: 'evidence.score', message: expect.stringContaining('expected a number') },
    { code: 'invalid-document', path: 'learner', message: 'learner: no learner has the id "nobody"' },
    { code: 'invalid-document', path: 'learner', message: expect.stringContaining('needs the id of the learner') },
  ]);
  expect(outcomes.heard).toEqual(outcomes.results.map((r) => r.path));
  await expect(chart).toHaveAttribute('aria-label', label);
  const fresh = await page.evaluate(() => fetch('/samples/6b.progress-class.json').then((r) => r.json()));
  expect(outcomes.evidence).toBe(fresh.learners[0].evidence.length);
});

test("addEvidence on one learner's tracker: the competency's level follows", async ({ page }) => {
  const tracker = page.locator('#progress-ana');
  const progress = tracker.getByRole('progressbar', { name: /competencies mastered$/ });
  const name = await progress.getAttribute('aria-label');
  const [done, all] = /^(\d+) of (\d+)/.exec(name).slice(1).map(Number);
  // A competency Ana has not mastered yet gets two scores of 4: it is mastered now.
  await tracker.evaluate((el) => {
    const doc = el.data;
    const open = doc.framework.competencies.filter((c) => !doc.framework.competencies.some((k) => k.parent === c.id))
      .map((c) => c.id).find((id) => !doc.evidence.some((e) => e.competency === id));
    el.addEvidence({ competency: open, score: 4, date: '2026-11-20', source: 'Conference' });
    el.addEvidence(JSON.stringify({ competency: open, score: 4, date: '2026-11-21', source: 'Conference' }), doc.learner.id);
  });
  await expect(tracker.getByRole('progressbar', { name: `${done + 1} of ${all} competencies mastered` })).toBeVisible();
});

/**
 * Reads the heatmap of `selector` as a person sees it: every drawn cell (its row, column and the
 * level its group stands for, 0 for "not started"), and both tables' numbers.
 */
const readHeatmap = (page, selector) => page.locator(selector).evaluate((el) => {
  const root = el.shadowRoot;
  const cells = [];
  [...root.querySelectorAll('svg.heatmap g')].forEach((group, slot) => {
    for (const path of group.querySelectorAll('path')) {
      for (const [, x, y] of (path.getAttribute('d') ?? '').matchAll(/M(\d+) (\d+)/g)) {
        cells.push({ x: Number(x), y: Number(y), slot });
      }
    }
  });
  const order = (values) => [...new Set(values)].sort((a, b) => a - b);
  const xs = order(cells.map((c) => c.x));
  const ys = order(cells.map((c) => c.y));
  const numbers = (row) => [...row.querySelectorAll('td')].map((td) => Number(td.textContent.replace(/\D/g, '')));
  const [byCompetency, byLearner] = root.querySelectorAll('table');
  return {
    drawn: cells.map((c) => ({ row: ys.indexOf(c.y), column: xs.indexOf(c.x), slot: c.slot })),
    byCompetency: [...byCompetency.querySelectorAll('tbody tr')].map(numbers),
    byLearner: [...byLearner.querySelectorAll('tbody tr')].map(numbers),
  };
});

for (const [what, learners, competencies, perCell] of [
  ['a class with missing cells', 30, 10, 3],
  ['one learner', 1, 12, 4],
  ['60 competencies', 40, 60, 2],
]) {
  test(`the drawn cells and both tables agree: ${what}`, async ({ page }) => {
    const doc = bigClass(learners, competencies, perCell);
    const missing = doc.learners.reduce((n, l) => n + competencies - new Set(l.evidence.map((e) => e.competency)).size, 0);
    await page.evaluate((data) => {
      const el = document.createElement('learner-progress');
      el.id = 'agree';
      el.setAttribute('view', 'class');
      document.querySelector('main').append(el);
      el.data = data;
    }, doc);
    await expect(page.locator('#agree').getByRole('img', { name: new RegExp(`${learners} learners? × ${competencies} competenc`) })).toBeVisible();
    const { drawn, byCompetency, byLearner } = await readHeatmap(page, '#agree');
    // Every cell is drawn once, in its own place; a learner with no score on a competency is
    // drawn as not started (slot 0), and this class has such cells.
    expect(drawn).toHaveLength(learners * competencies);
    expect(new Set(drawn.map((c) => `${c.row},${c.column}`)).size).toBe(learners * competencies);
    expect(drawn.filter((c) => c.slot === 0)).toHaveLength(missing);
    // By competency: not started, then no evidence, below, near, mastery, exceeds.
    expect(byCompetency).toHaveLength(competencies);
    byCompetency.forEach((counts, column) => {
      const fromChart = counts.map((_, slot) => drawn.filter((c) => c.column === column && c.slot === slot).length);
      expect(counts, `competency ${column + 1}`).toEqual(fromChart);
    });
    // By learner: mastered (mastery or exceeds), in progress (the levels below), not started.
    expect(byLearner).toHaveLength(learners);
    byLearner.forEach((counts, row) => {
      const mine = drawn.filter((c) => c.row === row);
      const fromChart = [
        mine.filter((c) => c.slot >= 4).length,
        mine.filter((c) => c.slot >= 1 && c.slot < 4).length,
        mine.filter((c) => c.slot === 0).length,
      ];
      expect(counts, `learner ${row + 1}`).toEqual(fromChart);
    });
  });
}
