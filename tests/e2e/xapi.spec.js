// xAPI: a self-assessment and a competency mastered each give a valid 1.0.3 statement, and a real
// Learning Record Store (Ralph, started by `cargo xtask test`) accepts every one the example forwards.
import { test, expect } from '@playwright/test';

const LRS = process.env.LEARNER_LRS;
const AUTH = `Basic ${Buffer.from(process.env.LEARNER_LRS_AUTH ?? '').toString('base64')}`;

test('statements from a self-rating and a mastery are valid and stored by a real LRS', async ({ page }) => {
  test.skip(!LRS, 'needs the LRS that cargo xtask test starts');
  const statements = [];
  await page.exposeFunction('__statement', (s) => statements.push(s));
  await page.addInitScript(() => document.addEventListener('learner-xapi', (e) => window.__statement(e.detail)));
  await page.goto('/examples/xapi-lrs.html');

  // A learner rates themself by keyboard.
  const slider = page.locator('#xapi-profile').getByRole('slider', { name: 'Fractions' });
  await slider.focus();
  await page.keyboard.press('End');
  // A teacher records evidence that brings a competency to mastery.
  const form = page.locator('#xapi-progress').getByRole('form', { name: 'Add evidence' });
  await form.getByLabel('Competency').selectOption({ label: '6.RP.A.2 Understand the concept of a unit rate associated with a ratio.' });
  await form.getByLabel('Score').selectOption({ label: '4 — Exceeds' });
  await form.getByLabel('Source').fill('Conference');
  await form.getByLabel('Source').press('Enter');

  const log = page.locator('#xapi-log').getByRole('listitem');
  await expect(log).toHaveCount(2);
  await expect(log.nth(0)).toHaveText(/^responded Fractions: stored \(200\)$/);
  await expect(log.nth(1)).toHaveText(/^mastered 6\.RP\.A\.2 .*: stored \(200\)$/);

  expect(statements).toHaveLength(2);
  const [rated, mastered] = statements;
  expect(rated).toMatchObject({
    actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 's-2217' } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/responded' },
    object: { objectType: 'Activity', id: 'https://lms.example.org/learner-widgets/profile/s-2217/dimensions/fractions' },
    result: { score: { raw: 100, min: 0, max: 100, scaled: 1 } },
  });
  expect(mastered).toMatchObject({
    actor: { account: { name: 's-1042' } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/mastered' },
    object: { id: 'https://lms.example.org/learner-widgets/progress/s-1042/competencies/rp-a-2' },
  });
  for (const s of statements) {
    expect(s.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number.isNaN(Date.parse(s.timestamp))).toBe(false);
  }

  // The LRS holds exactly these statements.
  const response = await fetch(`${LRS}/xAPI/statements?limit=50`, {
    headers: { Authorization: AUTH, 'X-Experience-API-Version': '1.0.3' },
  });
  expect(response.status).toBe(200);
  const stored = (await response.json()).statements.map((s) => s.id);
  for (const s of statements) expect(stored).toContain(s.id);
});

test('the LRS refuses an invalid statement, so acceptance above means something', async () => {
  test.skip(!LRS, 'needs the LRS that cargo xtask test starts');
  const response = await fetch(`${LRS}/xAPI/statements`, {
    method: 'POST',
    headers: { Authorization: AUTH, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' },
    body: JSON.stringify({ actor: { name: 'nobody' }, verb: { id: 'not an iri' }, object: { id: 'x' } }),
  });
  expect(response.status).toBeGreaterThanOrEqual(400);
});
