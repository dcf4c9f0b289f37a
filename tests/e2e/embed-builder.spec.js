// A teacher makes an embed code with the builder, pastes it into a platform page that keeps only what
// Canvas's sanitizer keeps (no scripts), and a student uses the widget in that page: their work is
// still there after a reload. The platform's page is on another origin (`localhost`) than the frame
// (`127.0.0.1`, where the builder and embed.html are served), as an LMS and the widgets' server are.
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './axe.js';
import { guardPage } from './page-guard.js';
import { asCanvasSaves } from './lms-sanitizer.js';
import { startPlatform } from './platform-server.js';

test.describe.configure({ mode: 'serial' });

// Chrome, Edge, Firefox and Safari give a frame from another site storage of its own, partitioned
// by the page that frames it; Debian's Chromium blocks it by default (its third-party cookie
// phase-out). Most students' browsers are the first kind, so these tests run as one; a browser
// that blocks is tested in embed-frame.spec.js.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run',
      '--disable-sync', '--disable-quic', '--disable-gpu', '--disable-features=TrackingProtection3pcd'],
  },
});

let platform;
test.beforeAll(async () => { platform = await startPlatform(); });
test.afterAll(() => platform?.close());

function platformOrigin() {
  return platform.origin;
}

/** Opens the builder for `widget` (its radio button's name), on the Canvas platform. */
async function openBuilder(page, baseURL, widget) {
  await page.goto('/embed-builder.html');
  await page.getByRole('radio', { name: widget }).check();
  await page.getByLabel('Platform', { exact: true }).selectOption({ label: 'Canvas' });
  await page.getByLabel('Its address (optional)').fill(platformOrigin());
  return page.getByRole('textbox', { name: 'Embed code' });
}

/** The code the builder gives, taken as a teacher does: "Copy the code", then paste. */
async function copiedCode(page) {
  await page.getByRole('button', { name: 'Copy the code' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

/**
 * A course page on the platform holding `code` as Canvas saves it, at a fixed address on the
 * platform's origin; returns the frame the student sees.
 */
async function coursePage(page, baseURL, code, name) {
  const saved = asCanvasSaves(`<h1>Week 3</h1><p>Your task for this week:</p>${code}<script>alert("stripped")</script>`);
  expect(saved).not.toContain('<script');
  expect(saved).toContain('<iframe');
  await page.goto(platform.save(`/course/${name}.html`, saved));
  return page.frameLocator('iframe');
}

test.beforeEach(async ({ context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
});

test('a choice board authored in teacher mode goes into a Canvas page; a student\'s picks survive a reload', async ({ page, baseURL }) => {
  test.slow();
  const problems = await guardPage(page, baseURL);
  const code = await openBuilder(page, baseURL, 'Choice board');
  await expect(code).toHaveValue(/learner-choice-board/);

  // The teacher renames an activity in the board's own teacher mode.
  const author = page.locator('#author').getByRole('region', { name: 'Author the board' });
  await page.locator('#author').getByRole('button', { name: /Food web poster/ }).focus();
  const activity = author.getByRole('group', { name: 'Activity 1' });
  await activity.getByLabel('Title').fill('Food web poster (A3)');
  await activity.getByRole('button', { name: 'Save activity' }).press('Enter');
  await expect(code).toHaveValue(/Food\+web\+poster\+%28A3%29/);
  // The preview is the student's view of the edited board.
  const preview = page.frameLocator('#preview');
  await expect(preview.getByRole('button', { name: /Food web poster \(A3\)/ })).toBeVisible();

  const pasted = await copiedCode(page);
  expect(pasted).toBe(await code.inputValue());
  expect(pasted).toMatch(/^<iframe src="[^"]+" title="Choice board: Ecosystems tic-tac-toe" width="100%" height="\d+"/);
  const frame = await coursePage(page, baseURL, pasted, 'choice');
  const board = frame.locator('learner-choice-board');
  const poster = board.getByRole('button', { name: /Food web poster \(A3\)/ });
  await poster.press('Enter');
  await expect(poster).toHaveAttribute('aria-pressed', 'true');
  await expect(board.getByText(/^Picked Food web poster \(A3\)/)).toBeVisible();

  await page.reload();
  await expect(frame.locator('learner-choice-board').getByRole('button', { name: /Food web poster \(A3\)/ }))
    .toHaveAttribute('aria-pressed', 'true');
  expect(problems.filter((p) => !p.includes(`request outside the origin: ${platform.origin}`))).toEqual([]);
});

test('a self-assessment profile goes into a Canvas page; a student\'s rating survives a reload', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  const code = await openBuilder(page, baseURL, 'Learner profile');
  await page.getByLabel('Students', { exact: true }).selectOption({ label: 'Students rate themselves (self-assessment)' });
  await page.getByLabel('First view').selectOption('table');
  await expect(code).toHaveValue(/mode=self/);

  const frame = await coursePage(page, baseURL, await copiedCode(page), 'profile');
  const slider = frame.locator('learner-profile').getByRole('slider').first();
  await slider.focus();
  await slider.press('End');
  const rated = await slider.getAttribute('aria-valuetext');
  const name = await slider.getAttribute('aria-label') ?? '';

  await page.reload();
  const again = name
    ? frame.locator('learner-profile').getByRole('slider', { name })
    : frame.locator('learner-profile').getByRole('slider').first();
  await expect(again).toHaveAttribute('aria-valuetext', rated);
  expect(problems.filter((p) => !p.includes(`request outside the origin: ${platform.origin}`))).toEqual([]);
});

test('a progress tracker from a CASE framework goes into a Canvas page; a student\'s goal survives a reload', async ({ page, baseURL }) => {
  test.slow();
  const problems = await guardPage(page, baseURL);
  const code = await openBuilder(page, baseURL, 'Progress tracker');
  const caseText = await (await page.request.get('/samples/what-standards-could-be.case.json')).text();
  await page.getByLabel('Import a CASE framework (.json)').setInputFiles({
    name: 'framework.case.json', mimeType: 'application/json', buffer: Buffer.from(caseText),
  });
  await expect(page.locator('#document-status')).toContainText('competencies imported');
  await page.getByLabel('Students', { exact: true }).selectOption({ label: 'Students set and close their own goals' });
  await expect(code).toHaveValue(/mode=self/);

  const frame = await coursePage(page, baseURL, await copiedCode(page), 'progress');
  const goals = frame.locator('learner-progress').getByRole('region', { name: 'My goals' });
  const form = goals.getByRole('form', { name: 'Set a goal' });
  await form.getByLabel('Goal', { exact: true }).fill('Explain my model to a partner');
  await form.getByLabel('Goal', { exact: true }).press('Enter');
  await expect(goals.getByRole('status')).toHaveText('Goal set: Explain my model to a partner');

  await page.reload();
  await expect(frame.locator('learner-progress').getByRole('region', { name: 'My goals' })
    .getByRole('listitem').filter({ hasText: 'Explain my model to a partner' })).toBeVisible();
  expect(problems.filter((p) => !p.includes(`request outside the origin: ${platform.origin}`))).toEqual([]);
});

test('a code too long for the platform says so, and hosting the document as a file makes it short', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  const code = await openBuilder(page, baseURL, 'Choice board');
  // A board whose activities say a lot, opened from a file.
  const bingo = await (await page.request.get('/samples/choice-bingo.json')).json();
  for (const activity of bingo.activities) activity.description = `${activity.description} `.repeat(4).trim();
  const board = JSON.stringify(bingo);
  await page.getByLabel('Open a document (.json)').setInputFiles({ name: 'bingo.json', mimeType: 'application/json', buffer: Buffer.from(board) });
  await expect(page.getByText(/the code is [\d,]+ characters: longer than Canvas's editor can be trusted with/)).toBeVisible();
  const long = (await code.inputValue()).length;
  expect(long).toBeGreaterThan(8000);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the document' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('choice-board-fractions-bingo.json');
  await expect(page.getByLabel('The document\'s file name or address')).toHaveValue('choice-board-fractions-bingo.json');
  const short = await code.inputValue();
  expect(short.length).toBeLessThan(1000);
  expect(short).toContain('src=choice-board-fractions-bingo.json');

  // The file, put beside embed.html on the widgets' server, is what the student's frame shows.
  await page.route(new URL('/choice-board-fractions-bingo.json', baseURL).href, (route) => route.fulfill({ contentType: 'application/json', body: board }));
  const frame = await coursePage(page, baseURL, short, 'bingo');
  await expect(frame.locator('learner-choice-board').getByRole('grid')).toBeVisible();
  expect(problems.filter((p) => !p.includes(`request outside the origin: ${platform.origin}`))).toEqual([]);
});

test('the builder starts from the widget and document in its address, as a widget\'s "Get embed code" opens it', async ({ page }) => {
  const doc = await (await page.request.get('/samples/choice-raft.json')).json();
  const fragment = new URLSearchParams({ element: 'learner-choice-board', data: JSON.stringify(doc) });
  await page.goto(`/embed-builder.html#${fragment}`);
  await expect(page.getByRole('radio', { name: 'Choice board' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Embed code' })).toHaveValue(/title="Choice board: Ecosystems RAFT"/);
  await expect(page.locator('#document-status')).toContainText('is in use');
});

test('the builder passes axe, and each platform\'s code is pictured for docs/lms.md', async ({ page, baseURL }) => {
  test.slow();
  const problems = await guardPage(page, baseURL);
  await page.setViewportSize({ width: 1100, height: 900 });
  await openBuilder(page, baseURL, 'Choice board');
  await expect(page.frameLocator('#preview').getByRole('grid')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Its address (optional)').fill('https://school.instructure.com');
  await page.evaluate(() => scrollTo(0, 0));
  await page.screenshot({ path: docsImage('lms-builder.png'), fullPage: false });
  for (const [value, name] of [['canvas', 'Canvas'], ['moodle', 'Moodle'], ['brightspace', 'Brightspace'], ['google-sites', 'Google Sites']]) {
    await page.getByLabel('Platform', { exact: true }).selectOption({ label: name });
    const section = page.getByRole('region', { name: '6. The code to paste' });
    await expect(section).toContainText(name === 'Canvas' ? 'Rich Content Editor' : name === 'Moodle' ? 'HTML' : 'Embed');
    await section.screenshot({ path: docsImage(`lms-code-${value}.png`) });
  }
  const frame = await coursePage(page, baseURL, await page.getByRole('textbox', { name: 'Embed code' }).inputValue(), 'pictured');
  await expect(frame.locator('learner-choice-board').getByRole('grid')).toBeVisible();
  await page.setViewportSize({ width: 900, height: 700 });
  await page.screenshot({ path: docsImage('lms-student.png'), fullPage: false });
  expect(problems.filter((p) => !p.includes(`request outside the origin: ${platform.origin}`))).toEqual([]);
});

function docsImage(name) {
  return fileURLToPath(new URL(`../../docs/images/${name}`, import.meta.url));
}

test('"Get embed code" in a teacher mode opens the builder with that widget and its document', async ({ page, context }) => {
  await page.goto('/');
  const board = page.locator('#choice-teacher');
  await expect(board.getByRole('grid')).toBeVisible();
  const opened = context.waitForEvent('page');
  await board.getByRole('button', { name: 'Get embed code' }).click();
  const builder = await opened;
  await expect(builder.getByRole('radio', { name: 'Choice board' })).toBeChecked();
  await expect(builder.getByRole('textbox', { name: 'Embed code' })).toHaveValue(/title="Choice board: Ecosystems tic-tac-toe"/);
  await builder.close();
  await page.bringToFront();

  // In the builder itself the board's button answers at once: the code, focused.
  await page.goto('/embed-builder.html');
  await page.locator('#author').getByRole('button', { name: 'Get embed code' }).click();
  await expect(page.getByRole('textbox', { name: 'Embed code' })).toBeFocused();
  await expect(page.getByText('Here is the code for the board as you made it.')).toBeVisible();
});
