// Keyboard-only journeys through every widget of the gallery, as a person with a keyboard and a
// screen reader makes them: the Tab order (each control's role and accessible name, as Chromium's
// accessibility tree gives them), arrow keys where a widget uses them, Enter and Space acting,
// Escape closing what opens; a visible focus ring on every stop; every control a pointer can use
// reachable; and where a step removes the focused control, focus goes somewhere that makes sense.
import { test, expect } from '@playwright/test';
import {
  focused, said, expectFocus, tabOut, tabOrder, focusBefore, markActionables, expectAllReached,
} from './focus.js';

test.use({ viewport: { width: 1280, height: 900 } });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#profile-class').getByRole('button', { name: /^Open / })).toHaveCount(150);
  await expect(page.locator('#progress-case').getByRole('listitem').first()).toBeVisible();
  await expect(page.locator('#choice-learner').getByRole('button', { name: /Food web poster/ })).toBeVisible();
});

/** Tabs into the element from just before it and out of it; every control is checked as it goes. */
async function walk(page, hostId) {
  const actionables = await markActionables(page, hostId);
  await focusBefore(page, hostId);
  const seen = await tabOut(page, hostId);
  expectAllReached(actionables, seen);
  return seen;
}

const ANA_POINTS = [
  'image Reading comprehension: 86, usually 78–92, your rating 80, a strength',
  'image Fractions: 38, usually 25–55, goal 60, your rating 30, a need to work on',
  'image Written expression: 71, usually 60–80, your rating 75',
  'image Working memory: 44, usually 35–60',
  'image Visual reasoning: 90, usually 84–95, a strength',
  'image Persistence: 64, usually 40–80, goal 75',
  'image Collaboration: 81',
  'image English language: 57, usually 50–66',
];
const PROFILE_TOOLBAR = [
  'button Radar', 'button Profile', 'button Table', 'combobox Context', 'combobox Compare with',
];
const DOWNLOADS = ['button Download SVG', 'button Download PNG'];
const DIMENSIONS = ['Reading comprehension', 'Fractions', 'Written expression', 'Working memory',
  'Visual reasoning', 'Persistence', 'Collaboration', 'English language'];

test.describe('learner-profile', () => {
  test('radar view: Tab visits the view buttons, the two selects, the downloads and every point, and Shift+Tab comes back the same way', async ({ page }) => {
    const forward = await walk(page, 'profile-ana');
    expect(tabOrder(forward)).toEqual([...PROFILE_TOOLBAR, ...DOWNLOADS, ...ANA_POINTS]);
    await expect(page.locator('#profile-ana').getByRole('button', { name: 'Radar' })).toHaveAttribute('aria-pressed', 'true');
    // From the element after it, back through it in reverse.
    await page.locator('#profile-malik').evaluate((el) => el.shadowRoot.querySelector('button').focus());
    await page.keyboard.press('Shift+Tab');
    await expectFocus(page, ANA_POINTS.at(-1), 'Shift+Tab from Malik\'s first control lands on Ana\'s last point');
    const rest = await tabOut(page, 'profile-ana', { back: true });
    expect(tabOrder(rest)).toEqual([...PROFILE_TOOLBAR, ...DOWNLOADS, ...ANA_POINTS].reverse().slice(1));
  });

  test('profile view: Tab visits every row of the bars after the toolbar', async ({ page }) => {
    const seen = await walk(page, 'profile-malik');
    expect(tabOrder(seen)).toEqual([
      'button Radar', 'button Profile', 'button Table', 'combobox Compare with', ...DOWNLOADS,
      'image Reading comprehension: 41, usually 30–58, goal 55',
      'image Fractions: 88, usually 82–94',
      'image Written expression: 35, usually 22–50, goal 50',
      'image Working memory: 79, usually 70–86',
      'image Visual reasoning: 62, usually 48–75',
      'image Persistence: 92, usually 85–97',
      'image Collaboration: 47, usually 30–70',
      'image English language: 95',
    ]);
  });

  test('Enter and Space switch between radar and profile, keeping focus on the pressed button; arrow keys choose a context and a snapshot', async ({ page }) => {
    const ana = page.locator('#profile-ana');
    await ana.getByRole('button', { name: 'Radar' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(ana.getByRole('group', { name: /^Profile of Ana García/ })).toBeVisible();
    await expectFocus(page, 'button Profile');
    await expect(ana.getByRole('button', { name: 'Profile' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect(ana.getByRole('group', { name: /^Jagged profile of Ana García/ })).toBeVisible();
    await expectFocus(page, 'button Radar');

    // A closed select changes with the arrow keys, without opening.
    const context = ana.getByRole('combobox', { name: 'Context' });
    await context.focus();
    await page.keyboard.press('ArrowDown');
    await expect(context).toHaveValue('alone');
    await expect(ana.getByRole('img', { name: /^Persistence: 52/ })).toBeVisible();
    await page.keyboard.press('ArrowUp');
    await expect(context).toHaveValue('');
    await page.keyboard.press('Tab');
    await expectFocus(page, 'combobox Compare with');
    const compare = ana.getByRole('combobox', { name: 'Compare with' });
    await expect(compare).toHaveValue('');
    await page.keyboard.press('ArrowDown');
    await expect(compare).not.toHaveValue('');
    await expect(ana.getByRole('img', { name: /^Fractions: 38, .* since / })).toBeVisible();
  });

  test('table view: the table\'s scrolling region is the last stop, named after the table', async ({ page }) => {
    const ana = page.locator('#profile-ana');
    await ana.getByRole('button', { name: 'Table' }).click();
    await expect(ana.getByRole('table')).toBeVisible();
    const seen = await walk(page, 'profile-ana');
    expect(tabOrder(seen)).toEqual([...PROFILE_TOOLBAR, 'region Ana García: every dimension on a 0–100 scale']);
  });

  test('switching to and from the table by keyboard keeps focus on the view button', async ({ page }) => {
    const ana = page.locator('#profile-ana');
    await ana.getByRole('button', { name: 'Table' }).focus();
    await page.keyboard.press('Enter');
    await expect(ana.getByRole('table')).toBeVisible();
    await expectFocus(page, 'button Table');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expectFocus(page, 'button Profile');
  });

  test('self mode: after the chart, each dimension\'s slider then its note; arrows, Home and End rate', async ({ page }) => {
    const self = page.locator('#profile-self');
    const seen = await walk(page, 'profile-self');
    expect(tabOrder(seen)).toEqual([
      ...PROFILE_TOOLBAR, ...DOWNLOADS, ...ANA_POINTS,
      ...DIMENSIONS.flatMap((d) => [`slider ${d}`, `textbox Note on ${d} (optional)`]),
    ]);
    // Rate Fractions (30, step 5) by keyboard only; the slider says its value.
    const fractions = self.getByRole('slider', { name: 'Fractions' });
    await fractions.focus();
    for (const [key, value] of [['ArrowRight', '35'], ['ArrowUp', '40'], ['ArrowLeft', '35'],
      ['ArrowDown', '30'], ['End', '100'], ['Home', '0']]) {
      await page.keyboard.press(key);
      await expect(fractions, `${key} on the Fractions slider`).toHaveAttribute('aria-valuetext', value);
    }
    await expectFocus(page, 'slider Fractions');
    // The chart follows: Fractions' point now says the learner's own rating.
    await expect(self.getByRole('img', { name: /^Fractions: 38, .*your rating 0/ })).toBeVisible();
  });

  test('class view: the spread\'s region, then every learner in the host\'s order; Enter opens one, Tab reaches Back, Space returns', async ({ page }) => {
    test.slow();
    const cls = page.locator('#profile-class');
    const seen = await walk(page, 'profile-class');
    const names = await cls.locator('.class-name').allTextContents();
    expect(names).toHaveLength(150);
    expect(tabOrder(seen)).toEqual([
      'region Spread across the class, on a 0–100 scale',
      ...names.map((n) => `button Open ${n}'s profile`),
    ]);
    await cls.getByRole('button', { name: "Open Lea Nguyen 3's profile" }).focus();
    await page.keyboard.press('Enter');
    await expect(cls.getByRole('group', { name: 'Jagged profile of Lea Nguyen 3 across 8 dimensions' })).toBeVisible();
    // Focus moved to the opened profile; its first control is Back.
    await page.keyboard.press('Tab');
    await expectFocus(page, 'button Back to Year 7 Blue');
    const opened = await tabOut(page, 'profile-class');
    // A roster's profiles have no snapshots or contexts: no selects.
    expect(tabOrder(opened).slice(0, 5)).toEqual(['button Radar', 'button Profile', 'button Table', ...DOWNLOADS]);
    expect(opened.slice(5).map((f) => f.name.split(':')[0])).toEqual(DIMENSIONS);
    await cls.getByRole('button', { name: 'Back to Year 7 Blue' }).focus();
    await page.keyboard.press('Space');
    await expect(cls.getByRole('button', { name: /^Open / })).toHaveCount(150);
  });

  test('class view: opening a learner moves focus into their profile, and Back returns it to that learner', async ({ page }) => {
    const cls = page.locator('#profile-class');
    await cls.getByRole('button', { name: "Open Lea Nguyen 3's profile" }).focus();
    await page.keyboard.press('Enter');
    await expect(cls.getByRole('button', { name: 'Back to Year 7 Blue' })).toBeVisible();
    await expect.poll(async () => (await focused(page))?.host).toBe('profile-class');
    await expectFocus(page, 'region Learner profile: Lea Nguyen 3', 'a screen reader says whose profile opened');
    await cls.getByRole('button', { name: 'Back to Year 7 Blue' }).focus();
    await page.keyboard.press('Enter');
    await expectFocus(page, "button Open Lea Nguyen 3's profile");
  });

  test('an invalid document has nothing to focus and says so in an alert', async ({ page }) => {
    const seen = await walk(page, 'profile-invalid');
    expect(seen).toEqual([]);
    await expect(page.locator('#profile-invalid').getByRole('alert')).toContainText('dimensions[1].value');
  });
});

test.describe('learner-progress', () => {
  const NAV = ['button List', 'button Map', 'button Timeline'];

  test('list view: the view buttons, the next step\'s link, then each competency\'s explanation and links in reading order', async ({ page }) => {
    const seen = await walk(page, 'progress-ana');
    expect(tabOrder(seen)).toEqual([
      ...NAV,
      'link Unit rates with tape diagrams',
      'DisclosureTriangle Why Mastery?',
      'link Ratio language, worked examples',
      'DisclosureTriangle Why Near?',
      'link Unit rates with tape diagrams',
      'DisclosureTriangle Why no level yet?',
      'link Mixing paint: a model answer',
      'DisclosureTriangle Why no level yet?',
      'DisclosureTriangle Why no level yet?',
    ]);
  });

  test('an explanation opens with Enter and closes with Space; its working is then read in place', async ({ page }) => {
    const tracker = page.locator('#progress-ana');
    const details = tracker.locator('details').filter({ has: page.locator('summary', { hasText: 'Why Near?' }) });
    await focusBefore(page, 'progress-ana');
    for (let i = 0; i < 7; i += 1) await page.keyboard.press('Tab');
    await expectFocus(page, 'DisclosureTriangle Why Near?');
    await expect(details).not.toHaveAttribute('open');
    await page.keyboard.press('Enter');
    await expect(details).toHaveAttribute('open', '');
    await expect(details).toContainText('Result: 2.42 → Near');
    // Nothing inside the working takes focus: the next Tab goes on to the next link.
    await page.keyboard.press('Tab');
    await expectFocus(page, 'link Unit rates with tape diagrams');
    await page.keyboard.press('Shift+Tab');
    await expectFocus(page, 'DisclosureTriangle Why Near?');
    await page.keyboard.press('Space');
    await expect(details).not.toHaveAttribute('open');
  });

  test('map and timeline views: Enter and Space switch, focus stays on the view button, and each timeline table is a named, focusable region', async ({ page }) => {
    const tracker = page.locator('#progress-ana');
    await tracker.getByRole('button', { name: 'Map' }).focus();
    await page.keyboard.press('Enter');
    await expect(tracker.getByRole('list', { name: /^Map of prerequisites/ })).toBeVisible();
    await expectFocus(page, 'button Map');
    expect(tabOrder(await walk(page, 'progress-ana'))).toEqual([...NAV, 'link Unit rates with tape diagrams']);

    await tracker.getByRole('button', { name: 'Map' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(tracker.getByRole('button', { name: 'Timeline' })).toHaveAttribute('aria-pressed', 'true');
    await expectFocus(page, 'button Timeline');
    expect(tabOrder(await walk(page, 'progress-ana'))).toEqual([
      ...NAV, 'link Unit rates with tape diagrams',
      'region Evidence for 6.RP.A.1 Use ratio language to describe a ratio relationship between two quantities.',
      'region Evidence for 6.RP.A.2 Understand the concept of a unit rate associated with a ratio.',
      'region Evidence for 6.RP.A.3 Use ratio and rate reasoning to solve real-world and mathematical problems.',
    ]);
  });

  test('teacher mode: both forms in order, every part of the date fields showing focus, then the timeline, then the goals', async ({ page }) => {
    const seen = await walk(page, 'progress-teacher');
    expect(tabOrder(seen)).toEqual([
      ...NAV,
      'combobox Competency', 'combobox Score', 'Date Date', 'textbox Source', 'textbox Note (optional)', 'button Add evidence',
      'combobox Competency', 'combobox Level', 'textbox Reason', 'button Set level',
      'link Unit rates with tape diagrams',
      'region Evidence for 6.RP.A.1 Use ratio language to describe a ratio relationship between two quantities.',
      'region Evidence for 6.RP.A.2 Understand the concept of a unit rate associated with a ratio.',
      'region Evidence for 6.RP.A.3 Use ratio and rate reasoning to solve real-world and mathematical problems.',
      'button Mark as met', 'button Drop',
      'textbox Goal', 'Date By (optional)', 'combobox Competency (optional)', 'button Set goal',
      // The gallery's teacher modes offer the embed builder (embed-builder).
      'button Get embed code',
    ]);
    // A date field is four stops: month, day, year and its calendar button.
    expect(seen.filter((f) => f.id === 't-date')).toHaveLength(4);
  });

  test('teacher mode: Enter on "Set level" without a reason says the problem and keeps focus on the button', async ({ page }) => {
    const level = page.locator('#progress-teacher').getByRole('form', { name: 'Set a level' });
    await level.getByRole('button', { name: 'Set level' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#progress-teacher').getByRole('alert')).toContainText('must give a reason');
    await expectFocus(page, 'button Set level');
    await page.keyboard.press('Shift+Tab');
    await expectFocus(page, 'textbox Reason');
  });

  test('class heatmap: the heatmap and both tables are named regions that the arrow keys scroll on a narrow screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 900 });
    const heat = page.locator('#progress-class');
    const regions = ['Class heatmap', 'Learners at each level, by competency', "Each learner's progress"];
    const seen = await walk(page, 'progress-class');
    expect(tabOrder(seen)).toEqual(regions.map((r) => `region ${r}`));
    for (const name of regions) {
      const region = heat.getByRole('region', { name });
      expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth), `${name} is wider than 320 px`).toBeGreaterThan(0);
      await region.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => region.evaluate((el) => el.scrollLeft), `ArrowRight scrolls ${name}`).toBeGreaterThan(0);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => region.evaluate((el) => el.scrollLeft), `ArrowLeft scrolls ${name} back`).toBe(0);
      await expectFocus(page, `region ${name}`);
    }
  });

  test('a framework imported from CASE: every explanation and exemplar link is a stop', async ({ page }) => {
    const seen = await walk(page, 'progress-case');
    const order = tabOrder(seen);
    expect(order.slice(0, 3)).toEqual(NAV);
    expect(order.filter((s) => s === 'DisclosureTriangle Why no level yet?')).toHaveLength(
      await page.locator('#progress-case').locator('summary').count());
    expect(order.filter((s) => s === 'link Exemplar')).toHaveLength(2);
  });
});

test.describe('learner-choice-board', () => {
  /** Adds a board with `doc` in front of the gallery's first board. */
  async function addBoard(page, id, doc, attributes = {}) {
    await page.evaluate(({ id, doc, attributes }) => {
      const el = document.createElement('learner-choice-board');
      el.id = id;
      for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
      el.data = doc;
      document.getElementById('choice-learner').before(el);
    }, { id, doc, attributes });
    await expect(page.locator(`#${id}`).getByRole('button').first()).toBeVisible();
    return page.locator(`#${id}`);
  }

  test('grid: one Tab stop; arrows, Home, End, Ctrl+Home and Ctrl+End move among the cells; the details follow', async ({ page }) => {
    const board = page.locator('#choice-learner');
    const seen = await walk(page, 'choice-learner');
    expect(tabOrder(seen)).toEqual(['button Food web poster Submitted']);
    const names = await board.locator('button.choice-cell').evaluateAll((cells) => cells.map((c) => c.id));
    expect(names).toHaveLength(9);
    const at = async () => (await focused(page)).id;
    await board.locator('#choice-cell-0').focus();
    for (const [key, index] of [
      ['ArrowRight', 1], ['ArrowRight', 2], ['ArrowRight', 2], // stops at the edge
      ['ArrowDown', 5], ['ArrowDown', 8], ['ArrowDown', 8],
      ['ArrowLeft', 7], ['Home', 6], ['End', 8], ['ArrowUp', 5],
      ['Control+Home', 0], ['Control+End', 8], ['ArrowLeft', 7], ['ArrowUp', 4],
    ]) {
      await page.keyboard.press(key);
      await expect.poll(at, { message: `${key} moves to cell ${index}` }).toBe(`choice-cell-${index}`);
      const f = await focused(page);
      expect(f.role).toBe('button');
      expect(f.focusVisible).toBe(true);
      expect(f.focusRing.outlineWidth).toBeGreaterThanOrEqual(2);
      // The details below name the cell that has focus.
      const title = await board.locator(`#choice-cell-${index} .choice-title`).textContent();
      await expect(board.getByRole('region', { name: title })).toBeVisible();
    }
    await expectFocus(page, 'button Your own idea your own idea Planned');
    // Tab leaves the grid from the current cell, into the current activity's controls.
    const rest = await tabOut(page, 'choice-learner');
    // (Its idea is already proposed, so no idea form: only the next steps of the work.)
    expect(tabOrder(rest)).toEqual(['button Start', 'button Remove pick']);
    // And Shift+Tab comes back to the same cell: the grid remembers where the learner was.
    await board.getByRole('button', { name: 'Start' }).focus();
    await page.keyboard.press('Shift+Tab');
    expect(await at()).toBe('choice-cell-4');
  });

  test('grid: Enter and Space pick and unpick the focused cell, said by its pressed state and the live region', async ({ page }) => {
    const board = page.locator('#choice-learner');
    await board.locator('#choice-cell-0').focus();
    await page.keyboard.press('ArrowRight');
    const journal = board.locator('#choice-cell-1');
    await expect(journal).toBeFocused();
    await expect(journal).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('Enter');
    await expect(journal).toHaveAttribute('aria-pressed', 'true');
    await expect(board.getByRole('status')).toContainText('Picked');
    await expect(journal).toBeFocused();
    await page.keyboard.press('Space');
    await expect(journal).toHaveAttribute('aria-pressed', 'false');
    await expect(journal).toBeFocused();
  });

  test('work by keyboard: Start, then Submit… opens the reflection with focus in it; Tab order inside; Escape from any of its controls closes it', async ({ page }) => {
    const doc = await (await page.request.get('/samples/choice-tic-tac-toe.json')).json();
    doc.selections = [{ activity: doc.activities[1].id, status: 'planned' }];
    const board = await addBoard(page, 'work-board', doc);
    await board.locator('#choice-cell-0').focus();
    await page.keyboard.press('ArrowRight');
    await expectFocus(page, 'button Field journal Planned');
    await page.keyboard.press('Tab');
    await expectFocus(page, 'button Start');
    await page.keyboard.press('Enter');
    const details = board.getByRole('region', { name: 'Field journal' });
    await expect(details).toContainText('Status: In progress');
    const reflection = 'textbox What did you learn, and what would you do differently?';
    const form = board.getByRole('group', { name: 'Submit with a reflection' });
    await board.getByRole('button', { name: 'Submit…' }).focus();
    await page.keyboard.press('Enter');
    await expectFocus(page, reflection, 'the reflection box takes focus when it opens');
    expect(tabOrder(await tabOut(page, 'work-board'))).toEqual(['button Submit', 'button Cancel']);
    await form.locator('textarea').focus();
    await page.keyboard.press('Escape');
    await expect(form, 'Escape from the reflection box').toHaveCount(0);
    // Escape from the group's buttons closes it too (opened with Space this time).
    for (const name of ['Submit', 'Cancel']) {
      await board.getByRole('button', { name: 'Submit…' }).focus();
      await page.keyboard.press('Space');
      await form.getByRole('button', { name, exact: true }).focus();
      await expectFocus(page, `button ${name}`);
      await page.keyboard.press('Escape');
      await expect(form, `Escape from ${name}`).toHaveCount(0);
    }
    await expect(details).toContainText('Status: In progress');
    expect(await board.evaluate((el) => el.data.selections[0].status)).toBe('in-progress');
  });

  test('closing the reflection with Escape or Cancel puts focus back on "Submit…"', async ({ page }) => {
    const doc = await (await page.request.get('/samples/choice-tic-tac-toe.json')).json();
    doc.selections = [{ activity: doc.activities[1].id, status: 'in-progress' }];
    const board = await addBoard(page, 'escape-board', doc);
    await board.locator('#choice-cell-1').focus();
    await board.getByRole('button', { name: 'Submit…' }).focus();
    await page.keyboard.press('Enter');
    await board.locator('textarea').focus();
    await page.keyboard.press('Escape');
    await expectFocus(page, 'button Submit…', 'after Escape');
    await page.keyboard.press('Enter');
    await board.getByRole('button', { name: 'Cancel' }).focus();
    await page.keyboard.press('Enter');
    await expectFocus(page, 'button Submit…', 'after Cancel');
  });

  test('opening the reflection a second time puts focus in it again', async ({ page }) => {
    const doc = await (await page.request.get('/samples/choice-tic-tac-toe.json')).json();
    doc.selections = [{ activity: doc.activities[1].id, status: 'in-progress' }];
    const board = await addBoard(page, 'again-board', doc);
    await board.locator('#choice-cell-1').focus();
    const reflection = 'textbox What did you learn, and what would you do differently?';
    for (const time of ['first', 'second']) {
      await board.getByRole('button', { name: 'Submit…' }).focus();
      await page.keyboard.press('Enter');
      await expectFocus(page, reflection, `the ${time} time`);
      await page.keyboard.press('Escape');
      await expect(board.locator('textarea')).toHaveCount(0);
    }
  });

  test('Start moves focus to "Submit…", the next step of the same work; Submit and Remove pick return it to the cell', async ({ page }) => {
    const doc = await (await page.request.get('/samples/choice-tic-tac-toe.json')).json();
    doc.selections = [{ activity: doc.activities[1].id, status: 'planned' }, { activity: doc.activities[2].id, status: 'planned' }];
    const board = await addBoard(page, 'start-board', doc);
    const cellFocused = (index) => expect.poll(() => board.evaluate((el) => el.shadowRoot.activeElement?.id))
      .toBe(`choice-cell-${index}`);
    await board.locator('#choice-cell-1').focus();
    await board.getByRole('button', { name: 'Start' }).focus();
    await page.keyboard.press('Enter');
    await expect(board.getByRole('region', { name: 'Field journal' })).toContainText('Status: In progress');
    await expectFocus(page, 'button Submit…', 'after Start');
    // Submitting leaves the learner no step: focus goes back to the activity on the board.
    await page.keyboard.press('Enter');
    await page.keyboard.type('Kept a journal for a week.');
    await page.keyboard.press('Tab');
    await expectFocus(page, 'button Submit', 'the reflection\'s Submit');
    await page.keyboard.press('Enter');
    await expect(board.getByRole('region', { name: 'Field journal' })).toContainText('Kept a journal for a week.');
    await cellFocused(1);
    // Remove pick on another activity: focus back to its cell.
    await page.keyboard.press('ArrowRight');
    await cellFocused(2);
    await board.getByRole('button', { name: 'Remove pick' }).focus();
    await page.keyboard.press('Enter');
    await cellFocused(2);
  });

  test('teacher mode: the decision, then authoring and rules in order; Space ticks a checkbox', async ({ page }) => {
    const seen = await walk(page, 'choice-teacher');
    expect(tabOrder(seen)).toEqual([
      'button Food web poster Submitted',
      'textbox Feedback', 'button Approve', 'button Return with feedback',
      'textbox Title', 'textbox Points', 'checkbox Required', "checkbox Learner's own idea",
      'button Save activity', 'button Move earlier', 'button Move later', 'button Remove activity',
      'textbox New activity', 'button Add activity',
      'button Remove rule 1: Complete a line of 3', 'button Remove rule 2: Own ideas need approval',
      'combobox Rule', 'textbox First number', 'textbox Second number', 'button Add rule',
      'button Get embed code',
    ]);
    const required = page.locator('#choice-teacher').getByRole('checkbox', { name: 'Required' });
    await required.focus();
    const before = await required.isChecked();
    await page.keyboard.press('Space');
    await expect(required).toBeChecked({ checked: !before });
  });

  test('menu and list boards: every activity is its own Tab stop, in the order shown', async ({ page }) => {
    for (const name of ['dinner-menu', '20-50-80']) {
      const doc = await (await page.request.get(`/samples/choice-${name}.json`)).json();
      doc.selections = [];
      const board = await addBoard(page, `board-${name}`, doc);
      const shown = await board.locator('button.choice-cell .choice-title').allTextContents();
      const seen = await walk(page, `board-${name}`);
      expect(seen.map((f) => f.name.split(/ (?:\d+ points|required|your own idea|☆)/)[0]), name)
        .toEqual(shown);
      expect(shown.length).toBe(doc.activities.length);
      await board.locator('button.choice-cell').first().focus();
      await page.keyboard.press('Space');
      await expect(board.locator('button.choice-cell').first()).toHaveAttribute('aria-pressed', 'true');
    }
  });
});
