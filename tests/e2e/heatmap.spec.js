// The class heatmap of <learner-progress>: a class document becomes learners × competencies in the
// host's order, with the same facts as tables for screen readers; at 150 × 60 with 20 scores each.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './axe.js';

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

/** A class of `learners` × `competencies` with `perCell` scores each, the same every run. */
function bigClass(learners, competencies, perCell) {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const framework = {
    title: 'A year of mathematics',
    competencies: Array.from({ length: competencies }, (_, c) => ({
      id: `c${c}`, code: `M.${Math.floor(c / 10) + 1}.${(c % 10) + 1}`, statement: `Competency ${c + 1}`,
    })),
  };
  const days = Array.from({ length: perCell }, (_, k) => `2026-${String(9 + Math.floor(k / 28)).padStart(2, '0')}-${String((k % 28) + 1).padStart(2, '0')}`);
  return {
    schema: 'learner-progress-class/1', title: 'Year 7, all sets', framework,
    learners: Array.from({ length: learners }, (_, l) => ({
      learner: { id: `s${l}`, name: `Learner ${l + 1}` },
      evidence: framework.competencies.flatMap((c) => (random() < 0.15 ? [] : days.map((date) => ({
        competency: c.id, score: Math.floor(random() * 5), date, source: 'Task',
      })))),
    })),
  };
}

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
  // One path per level plus "no evidence": the cells are not 9,000 elements.
  await expect(big.locator('svg.heatmap path')).toHaveCount(6);
  // 180,000 scores parsed, validated, rolled up and drawn: generous, since machines are noisy.
  // (The careful figures are in BENCHMARKS.md.)
  console.log(`heatmap 150 × 60 × 20: ${Math.round(ms)} ms from data to drawn`);
  expect(ms).toBeLessThan(15000);
});
