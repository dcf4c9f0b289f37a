// <learner-choice-board> as a learner and a teacher use it, by keyboard only: every template
// completed by following the board's own hints; a teacher authoring, approving and returning work;
// the rule status reaching screen readers; axe in each state.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './axe.js';

const TEMPLATES = ['tic-tac-toe', 'bingo', 'dinner-menu', '20-50-80', 'raft'];

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#choice-learner').getByRole('button', { name: /Food web poster/ })).toBeVisible();
});

/** Adds a board to the page with the given document; resolves with its id. */
async function addBoard(page, id, doc, attributes = {}) {
  await page.evaluate(({ id, doc, attributes }) => {
    const el = document.createElement('learner-choice-board');
    el.id = id;
    for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
    el.changes = [];
    el.addEventListener('learner-change', (e) => el.changes.push(e.detail.change));
    el.data = doc;
    document.querySelector('main').prepend(el);
  }, { id, doc, attributes });
  return page.locator(`#${id}`);
}

/** The index of the activity button that has focus inside `board`, or -1. */
const focusedIndex = (board) => board.evaluate((el) => {
  const id = el.shadowRoot.activeElement?.id ?? '';
  return id.startsWith('choice-cell-') ? Number(id.slice('choice-cell-'.length)) : -1;
});

for (const name of TEMPLATES) {
  test(`a keyboard-only learner completes the ${name} template by following its hints`, async ({ page }) => {
    test.slow();
    const doc = await (await page.request.get(`/samples/choice-${name}.json`)).json();
    doc.selections = [];
    doc.proposals = [];
    const board = await addBoard(page, `board-${name}`, doc);
    const grid = doc.layout.kind === 'grid' ? doc.layout.columns : 0;
    // Into the board with Tab, from the element's start.
    await board.evaluate((el) => el.shadowRoot.querySelector('button').focus());
    for (let step = 0; step < 12; step += 1) {
      if (await board.getByText('Board complete: every rule is met.').isVisible()) break;
      const hinted = await board.evaluate((el) => [...el.shadowRoot.querySelectorAll('button.choice-cell')]
        .findIndex((b) => b.textContent.includes('Would help') && !b.textContent.includes('your own idea')));
      expect(hinted, 'the board marks an activity that would help').toBeGreaterThanOrEqual(0);
      // Move there: arrow keys on a grid, Tab on a menu or list.
      for (let guard = 0; guard < 60; guard += 1) {
        const at = await focusedIndex(board);
        if (at === hinted) break;
        if (grid) {
          const [r, c, tr, tc] = [Math.floor(at / grid), at % grid, Math.floor(hinted / grid), hinted % grid];
          await page.keyboard.press(r < tr ? 'ArrowDown' : r > tr ? 'ArrowUp' : c < tc ? 'ArrowRight' : 'ArrowLeft');
        } else {
          await page.keyboard.press(at < hinted ? 'Tab' : 'Shift+Tab');
        }
      }
      expect(await focusedIndex(board)).toBe(hinted);
      await page.keyboard.press(step % 2 ? 'Enter' : 'Space');
    }
    await expect(board.getByText('★ Board complete: every rule is met.')).toBeVisible();
    // The polite live region said so too.
    await expect(board.getByRole('status')).toContainText('The board is complete: every rule is met.');
    const changes = await board.evaluate((el) => el.changes);
    expect(changes.at(-1)).toMatchObject({ type: 'picked', complete: true });
    expect(changes.every((c) => c.type === 'picked')).toBe(true);
  });
}

test('guidance says what is still needed, and the host hears each pick', async ({ page }) => {
  const doc = await (await page.request.get('/samples/choice-20-50-80.json')).json();
  doc.selections = [];
  const board = await addBoard(page, 'points-board', doc);
  await expect(board.getByRole('listitem').filter({ hasText: 'Not yet' }).first()).toContainText('Not yet: You have 0 of exactly 100 points');
  const twenty = board.getByRole('button', { name: /20 points/ }).first();
  await twenty.focus();
  await page.keyboard.press('Space');
  await expect(twenty).toHaveAttribute('aria-pressed', 'true');
  await expect(board.getByRole('status')).toContainText('Picked');
  await expect(board.getByRole('status')).toContainText('You have 20 of exactly 100 points');
  // Unpicking by keyboard too.
  await page.keyboard.press('Space');
  await expect(twenty).toHaveAttribute('aria-pressed', 'false');
  const changes = await board.evaluate((el) => el.changes.map((c) => c.type));
  expect(changes).toEqual(['picked', 'unpicked']);
});

test('a learner starts and submits work with a reflection; Escape leaves the reflection', async ({ page }) => {
  const doc = await (await page.request.get('/samples/choice-tic-tac-toe.json')).json();
  doc.selections = [{ activity: doc.activities[0].id, status: 'planned' }];
  doc.proposals = [];
  const board = await addBoard(page, 'work-board', doc);
  await board.getByRole('button', { name: new RegExp(doc.activities[0].title) }).focus();
  const details = board.getByRole('region', { name: doc.activities[0].title });
  await details.getByRole('button', { name: 'Start' }).press('Enter');
  await expect(details).toContainText('Status: In progress');
  await details.getByRole('button', { name: 'Submit…' }).press('Enter');
  const reflection = details.getByRole('textbox', { name: 'What did you learn, and what would you do differently?' });
  await expect(reflection).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(reflection).toHaveCount(0);
  await details.getByRole('button', { name: 'Submit…' }).press('Enter');
  await reflection.fill('Food chains overlap more than I thought.');
  await details.getByRole('button', { name: 'Submit', exact: true }).press('Enter');
  await expect(details).toContainText('Status: Submitted');
  await expect(details).toContainText('Your reflection: Food chains overlap more than I thought.');
  const changes = await board.evaluate((el) => el.changes.map((c) => c.type));
  expect(changes).toEqual(['started', 'submitted']);
  const data = await board.evaluate((el) => el.data);
  expect(data.selections[0]).toMatchObject({ status: 'submitted', reflection: 'Food chains overlap more than I thought.' });
});

test('a teacher authors the board, sees an impossible rule named, approves one submission and returns another', async ({ page }) => {
  test.slow();
  const doc = await (await page.request.get('/samples/choice-tic-tac-toe.json')).json();
  doc.selections = [
    { activity: doc.activities[0].id, status: 'submitted', reflection: 'Done.' },
    { activity: doc.activities[1].id, status: 'submitted', reflection: 'Also done.' },
  ];
  doc.proposals = [];
  const board = await addBoard(page, 'teacher-board', doc, { mode: 'teacher' });
  const author = board.getByRole('region', { name: 'Author the board' });

  // Rename the first activity.
  await board.getByRole('button', { name: new RegExp(doc.activities[0].title) }).focus();
  const activity = author.getByRole('group', { name: 'Activity 1' });
  await activity.getByLabel('Title').fill('Food web poster (A3)');
  await activity.getByRole('button', { name: 'Save activity' }).press('Enter');
  await expect(board.getByRole('button', { name: /Food web poster \(A3\)/ })).toBeVisible();

  // A line of 4 cannot fit on 3 × 3: the authoring error names the rule, and nothing changes yet.
  const rule = author.getByRole('group', { name: 'New rule' });
  await rule.getByLabel('Rule').selectOption('line');
  await rule.getByLabel('First number').fill('4');
  await rule.getByRole('button', { name: 'Add rule' }).press('Enter');
  await expect(author.getByRole('alert')).toContainText('rules[2]');
  await expect(author.getByRole('alert')).toContainText('4');
  await expect(author.getByRole('button', { name: /^Remove rule/ })).toHaveCount(2);
  // A rule that fits is taken, and the error goes.
  await rule.getByLabel('Rule').selectOption('picks');
  await rule.getByLabel('First number').fill('3');
  await rule.getByLabel('Second number').fill('5');
  await rule.getByRole('button', { name: 'Add rule' }).press('Enter');
  await expect(author.getByRole('button', { name: 'Remove rule 3: Pick 3 to 5' })).toBeVisible();
  await expect(author.getByRole('alert')).toHaveCount(0);

  // Approve the first submission, return the second with feedback.
  await board.getByRole('button', { name: /Food web poster \(A3\)/ }).focus();
  let details = board.getByRole('region', { name: 'Food web poster (A3)' });
  await details.getByRole('textbox', { name: 'Feedback' }).fill('Clear labels, well done.');
  await details.getByRole('button', { name: 'Approve', exact: true }).press('Enter');
  await expect(details).toContainText('Status: Approved');
  await page.keyboard.press('Shift+Tab');
  await board.getByRole('button', { name: new RegExp(doc.activities[1].title) }).focus();
  details = board.getByRole('region', { name: doc.activities[1].title });
  await details.getByRole('button', { name: 'Return with feedback' }).press('Enter');
  await expect(board.getByRole('alert').first()).toBeVisible();
  await details.getByRole('textbox', { name: 'Feedback' }).fill('Add a date to each entry.');
  await details.getByRole('button', { name: 'Return with feedback' }).press('Enter');
  await expect(details).toContainText('Status: Returned with feedback');
  await expect(details).toContainText('Teacher: Add a date to each entry.');

  const changes = await board.evaluate((el) => el.changes);
  expect(changes.map((c) => c.type)).toEqual(['activity-updated', 'rules-set', 'approved', 'returned']);
  expect(changes[2]).toMatchObject({ activity: doc.activities[0].id });
  const data = await board.evaluate((el) => el.data);
  expect(data.selections[0]).toMatchObject({ status: 'approved', feedback: 'Clear labels, well done.' });
  expect(data.selections[1]).toMatchObject({ status: 'returned', feedback: 'Add a date to each entry.' });
});

test('a board with problems names the field and fires learner-error; the others keep working', async ({ page }) => {
  const detail = await page.evaluate(async () => {
    const doc = await (await fetch('/samples/choice-tic-tac-toe.json')).json();
    doc.activities[1].id = doc.activities[0].id;
    return new Promise((resolve) => {
      const el = document.createElement('learner-choice-board');
      el.id = 'bad-board';
      el.addEventListener('learner-error', (e) => resolve(e.detail), { once: true });
      el.data = doc;
      document.querySelector('main').append(el);
    });
  });
  expect(detail.code).toBe('invalid-document');
  expect(detail.problems[0].path).toBe('activities[1].id');
  await expect(page.locator('#bad-board').getByRole('alert')).toContainText('activities[1].id');
  await expect(page.locator('#choice-learner').getByRole('button', { name: /Food web poster/ })).toBeVisible();
});

test('axe finds no violation in the learner and teacher boards', async ({ page }) => {
  test.slow();
  await expectNoAxeViolations(page, '#choice-learner');
  await expectNoAxeViolations(page, '#choice-teacher');
  const menu = await (await page.request.get('/samples/choice-dinner-menu.json')).json();
  await addBoard(page, 'menu-board', menu);
  await expectNoAxeViolations(page, '#menu-board');
});
