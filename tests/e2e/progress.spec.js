// <learner-progress> as a learner reads it: levels with their working, pace on a fixed date, next
// steps, rollups, a CASE framework imported in the page, and accessibility.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './axe.js';
import { guardPage } from './page-guard.js';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#progress-case').getByRole('listitem').first()).toBeVisible();
});

test('each competency explains its level with the method, evidence and arithmetic', async ({ page }) => {
  const tracker = page.locator('#progress-ana');
  // The innermost item holding the code is the competency's own (domains contain it too).
  const ratio = tracker.getByRole('listitem').filter({ hasText: '6.RP.A.1' }).filter({ hasText: 'Why' }).last();
  await expect(ratio.getByText('Mastered', { exact: false }).first()).toBeVisible();
  // Keyboard only: Tab to the summary and open it with Enter.
  const why = ratio.getByText('Why Mastery?');
  await why.focus();
  await page.keyboard.press('Enter');
  const steps = ratio;
  await expect(steps).toContainText('Decaying average: each new score counts 65%, everything before it 35%.');
  await expect(steps).toContainText('Evidence used: 1 on Sep 14, 2026 (Warm-up: ratio talk)');
  await expect(steps).toContainText('0.35 × 1.65 + 0.65 × 3 = 2.5275');
  await expect(steps).toContainText('Result: 3.48 → Mastery');

  const rate = tracker.getByRole('listitem').filter({ hasText: '6.RP.A.2' }).filter({ hasText: 'Why' }).last();
  await rate.getByText('Why Near?').click();
  await expect(rate).toContainText('Result: 2.42 → Near');
  await expect(rate).toContainText('A next score of 3.32 or more would reach mastery.');
});

test('pace is judged on the host-set today, with its reasons', async ({ page }) => {
  const tracker = page.locator('#progress-ana');
  await expect(tracker.getByText('Behind', { exact: true })).toBeVisible();
  await expect(tracker.getByRole('progressbar', { name: '1 of 5 competencies mastered' })).toBeVisible();
  await expect(tracker).toContainText('By Nov 23, 2026, 2 should be mastered (targets passed more than 7 days ago count).');
  await expect(tracker).toContainText('you would master all 5 around Sep 27, 2027');
  await tracker.evaluate((el) => el.setAttribute('today', '2026-11-05'));
  await expect(tracker.getByText('On pace', { exact: true })).toBeVisible();
});

test('next steps and domain rollups', async ({ page }) => {
  const tracker = page.locator('#progress-ana');
  const next = tracker.getByRole('region', { name: 'Next steps' });
  await expect(next.getByRole('listitem')).toHaveCount(1);
  await expect(next).toContainText('6.RP.A.2 Understand the concept of a unit rate');
  const help = next.getByRole('link', { name: 'Unit rates with tape diagrams' });
  await expect(help).toHaveAttribute('href', 'https://example.org/help/unit-rates');
  await expect(help).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(tracker.getByRole('progressbar', { name: '6.RP Ratios and proportional relationships: 1 of 5 mastered' })).toBeVisible();
  await expect(tracker.getByRole('progressbar', { name: /^6\.RP\.B .*: 0 of 2 mastered$/ })).toBeVisible();
});

test('a CASE package imported in the page becomes a tracker', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  await page.reload();
  const tracker = page.locator('#progress-case');
  await expect(page.locator('#case-notes')).toContainText('Imported 16 competencies.');
  await expect(page.locator('#case-notes')).toContainText('precedes points outside the package');
  await expect(tracker.getByRole('progressbar', { name: /^CCSS\.Math\.Content\.6\.RP\.A Understand ratio concepts.*: 0 of 6 mastered$/ })).toBeVisible();
  await expect(tracker.getByRole('link', { name: 'Exemplar' }).first())
    .toHaveAttribute('href', 'https://www.illustrativemathematics.org/content-standards/6/RP/A/1/tasks/1181');
  const malformed = await page.evaluate(async () => {
    const { importCase } = await import('/dist/learner-widgets.js');
    try { await importCase('{"CFItems":[{"fullStatement":"x"}]}'); return null; } catch (e) { return { message: e.message, code: e.code, path: e.path }; }
  });
  expect(malformed).toEqual({ message: 'CFItems[0].identifier: missing', code: 'invalid-shape', path: 'CFItems[0].identifier' });
  expect(problems).toEqual([]);
});

test('a progress document with problems names each field and fires learner-error', async ({ page }) => {
  const detail = await page.evaluate(() => new Promise((resolve) => {
    const el = document.createElement('learner-progress');
    el.id = 'bad-progress';
    el.addEventListener('learner-error', (e) => resolve(e.detail), { once: true });
    el.data = {
      schema: 'learner-progress/1', learner: { id: 'x', name: 'X' },
      framework: { title: 'F', competencies: [
        { id: 'a', statement: 'A', prerequisites: ['b'] }, { id: 'b', statement: 'B', prerequisites: ['a'] }] },
      evidence: [{ competency: 'zz', score: 9, date: '2026-01-01', source: 'Quiz' }],
    };
    document.querySelector('main').append(el);
  }));
  expect(detail.code).toBe('invalid-document');
  expect(detail.problems.map((p) => p.path)).toEqual([
    'framework.competencies[0].prerequisites', 'evidence[0].competency', 'evidence[0].score']);
  await expect(page.locator('#bad-progress').getByRole('alert')).toContainText('evidence[0].score: 9 is off the scale 0–4');
  await expect(page.locator('#progress-ana').getByText('Behind', { exact: true })).toBeVisible();
});

test('axe finds no violation in the trackers, with explanations open', async ({ page }) => {
  test.slow();
  await page.locator('#progress-ana').getByText('Why Near?').click();
  await expectNoAxeViolations(page, '#progress-ana');
  await expectNoAxeViolations(page, '#progress-case');
});

test('the list, map and timeline views, from the control and the attribute', async ({ page }) => {
  const tracker = page.locator('#progress-ana');
  await expect(tracker.getByRole('button', { pressed: true })).toHaveText('List');
  await tracker.getByRole('button', { name: 'Map' }).click();
  const map = tracker.getByRole('list', { name: 'Map of prerequisites, in the order they can be learned' });
  await expect(map).toBeVisible();
  await expect(map.getByText('Step 1')).toBeVisible();
  await expect(map.getByRole('listitem').filter({ hasText: '6.RP.B.2' }).last()).toContainText('After 6.RP.B.1');
  await expect(map.getByRole('listitem').filter({ has: page.getByText('6.RP.A.1', { exact: true }) }).last())
    .toContainText('Mastered');

  await tracker.getByRole('button', { name: 'Timeline' }).click();
  const table = tracker.getByRole('table', { name: /^Evidence for 6\.RP\.A\.1/ });
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table.getByRole('row').nth(4)).toContainText('Oct 5, 2026');
  await expect(table.getByRole('row').nth(4)).toContainText('3.48 (Mastery)');
  await expect(tracker).toContainText('No evidence yet');

  await tracker.evaluate((el) => el.setAttribute('view', 'map'));
  await expect(tracker.getByRole('button', { pressed: true })).toHaveText('Map');
});

test('a teacher adds evidence and sets a level by keyboard, and the host hears each change', async ({ page }) => {
  const tracker = page.locator('#progress-teacher');
  const changes = await tracker.evaluateHandle((el) => {
    const seen = [];
    el.addEventListener('learner-change', (e) => seen.push(e.detail.change));
    return seen;
  });
  const evidence = tracker.getByRole('form', { name: 'Add evidence' });
  await evidence.getByLabel('Competency').focus();
  await evidence.getByLabel('Competency').selectOption({ label: '6.RP.A.2 Understand the concept of a unit rate associated with a ratio.' });
  await evidence.getByLabel('Score').selectOption({ label: '4 — Exceeds' });
  await evidence.getByLabel('Date').fill('2026-11-20');
  await evidence.getByLabel('Source').fill('Conference');
  await evidence.getByLabel('Source').press('Enter');
  await expect(tracker.getByRole('status').filter({ hasText: 'Added 4 from Conference on Nov 20, 2026.' })).toBeVisible();
  await expect(page.locator('#teacher-last-change')).toHaveText('rp-a-2: 4 from Conference, now mastered');

  // A reason is required: the problem is said, and nothing changes.
  const level = tracker.getByRole('form', { name: 'Set a level' });
  await level.getByLabel('Competency').selectOption({ label: '6.RP.A.3 Use ratio and rate reasoning to solve real-world and mathematical problems.' });
  await level.getByLabel('Level').selectOption({ label: '3 — Mastery' });
  await level.getByRole('button', { name: 'Set level' }).press('Enter');
  await expect(tracker.getByRole('alert')).toContainText('must give a reason');
  await level.getByLabel('Reason').fill('Showed it in the paint task');
  await level.getByLabel('Reason').press('Enter');
  await expect(page.locator('#teacher-last-change')).toHaveText('rp-a-3 set to 3, now mastered');
  await tracker.getByRole('button', { name: 'List' }).click();
  await expect(tracker.getByRole('listitem').filter({ hasText: '6.RP.A.3' }).last()).toContainText('(set by teacher)');

  expect(await changes.jsonValue()).toEqual([
    { type: 'evidence-added', competency: 'rp-a-2', score: 4, date: '2026-11-20', source: 'Conference', note: null, masteredNow: true },
    { type: 'override', competency: 'rp-a-3', level: 3, reason: 'Showed it in the paint task', masteredNow: true },
  ]);
  const data = await tracker.evaluate((el) => el.data);
  expect(data.evidence.at(-1)).toEqual({ competency: 'rp-a-2', score: 4, date: '2026-11-20', source: 'Conference' });
  expect(data.overrides).toEqual([{ competency: 'rp-a-3', level: 3, reason: 'Showed it in the paint task', date: '2026-11-23' }]);
});

test('a learner sets goals by keyboard, marks one met, drops and takes up another; the host hears each', async ({ page }) => {
  const doc = await (await page.request.get('/samples/ana.progress.json')).json();
  await page.evaluate((data) => {
    const tracker = document.createElement('learner-progress');
    tracker.id = 'my-goals';
    tracker.setAttribute('mode', 'self');
    tracker.changes = [];
    tracker.addEventListener('learner-change', (e) => tracker.changes.push(e.detail.change));
    tracker.data = data;
    document.querySelector('main').append(tracker);
  }, doc);
  const tracker = page.locator('#my-goals');
  const goals = tracker.getByRole('region', { name: 'My goals' });
  // No teacher forms for the learner.
  await expect(tracker.getByRole('form', { name: 'Add evidence' })).toHaveCount(0);

  // A goal needs words: the problem is said with its field, and nothing changes.
  const form = goals.getByRole('form', { name: 'Set a goal' });
  await form.getByRole('button', { name: 'Set goal' }).press('Enter');
  await expect(goals.getByRole('alert')).toContainText('goals[1].text');
  await form.getByLabel('Goal', { exact: true }).fill('Finish the ratio tables');
  await form.getByLabel('By (optional)').fill('2026-12-18');
  await form.getByLabel('Competency (optional)').selectOption({ label: '6.RP.A.3' });
  await form.getByLabel('Goal', { exact: true }).press('Enter');
  await expect(goals.getByRole('status')).toHaveText('Goal set: Finish the ratio tables');
  await expect(goals.getByRole('alert')).toHaveCount(0);
  await expect(form.getByLabel('Goal', { exact: true })).toHaveValue('');
  const added = goals.getByRole('listitem').filter({ hasText: 'Finish the ratio tables' });
  await expect(added).toContainText('Active, by Dec 18, 2026, for 6.RP.A.3');

  const first = goals.getByRole('listitem').filter({ hasText: 'Explain unit rates' });
  await first.getByRole('button', { name: 'Mark as met' }).press('Enter');
  await expect(first).toContainText('Met, by Dec 4, 2026');
  await added.getByRole('button', { name: 'Drop' }).press('Enter');
  await expect(added).toContainText('Dropped');
  await added.getByRole('button', { name: 'Take up again' }).press('Enter');
  await expect(added).toContainText('Active');
  await expect(added.getByRole('button', { name: 'Mark as met' })).toBeVisible();

  expect(await tracker.evaluate((el) => el.changes)).toEqual([
    { type: 'goal-set', goal: 1, text: 'Finish the ratio tables', targetDate: '2026-12-18', competencies: ['rp-a-3'] },
    { type: 'goal-status', goal: 0, text: 'Explain unit rates to a classmate without my notes.', status: 'met' },
    { type: 'goal-status', goal: 1, text: 'Finish the ratio tables', status: 'dropped' },
    { type: 'goal-status', goal: 1, text: 'Finish the ratio tables', status: 'active' },
  ]);
  const data = await tracker.evaluate((el) => el.data);
  expect(data.goals.map((g) => g.status)).toEqual(['met', 'active']);
  await expectNoAxeViolations(page, '#my-goals');
});

test('axe finds no violation in the map, timeline and teacher views', async ({ page }) => {
  test.slow();
  const tracker = page.locator('#progress-ana');
  await tracker.getByRole('button', { name: 'Map' }).click();
  await expectNoAxeViolations(page, '#progress-ana');
  await tracker.getByRole('button', { name: 'Timeline' }).click();
  await expectNoAxeViolations(page, '#progress-ana');
  await expectNoAxeViolations(page, '#progress-teacher');
});
