// Iframe embedding for platforms that strip scripts: the frame renders from its URL fragment or from
// the host's message, sizes itself (its own message and Canvas's lti.frameResize), accepts data
// only from the allowed origin, and talks only to explicit origins.
import { test, expect } from '@playwright/test';
import { guardPage } from './page-guard.js';
import { openStrictPage } from './strict-page.js';

/** Records every message the host page receives, with its origin. */
async function recordMessages(page) {
  await page.addInitScript(() => {
    window.__messages = [];
    addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));
  });
}

test('a frame renders from its fragment and sizes itself to its content', async ({ page }) => {
  await recordMessages(page);
  await page.goto('/examples/iframe-lms.html');
  const frame = page.frameLocator('#frame-fragment');
  const table = frame.getByRole('table', { name: 'Lea: every dimension on a 1–5 scale' });
  await expect(table.getByRole('row')).toHaveCount(4);
  // learner-frame.js gave the iframe its content's height: nothing is cut off, no scrollbar.
  await expect.poll(async () => {
    const [frameHeight, contentHeight] = await Promise.all([
      page.locator('#frame-fragment').evaluate((f) => f.getBoundingClientRect().height),
      page.locator('#frame-fragment').evaluate((f) => f.contentDocument.documentElement.scrollHeight),
    ]);
    return Math.abs(frameHeight - contentHeight);
  }).toBeLessThanOrEqual(2);
  const messages = await page.evaluate(() => window.__messages);
  expect(messages.some((m) => m.data?.subject === 'lti.frameResize' && m.data.height > 150)).toBe(true);
  expect(messages.some((m) => m.data?.type === 'learner-embed:resize')).toBe(true);
});

test('a cross-origin frame takes its document from the allowed host and ignores other origins', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  await page.goto('/examples/iframe-lms.html');
  const frame = page.frameLocator('#frame-message');
  await expect(frame.getByText('Ana García', { exact: true })).toBeVisible();
  await expect(frame.getByText('Behind', { exact: true })).toBeVisible();

  // A message from the frame's own origin (not the allowed host) changes nothing.
  const inner = page.frames().find((f) => f.url().includes('element=learner-progress'));
  expect(new URL(inner.url()).origin).not.toBe(new URL(baseURL).origin);
  await inner.evaluate(() => window.postMessage({
    type: 'learner-embed:data',
    document: { schema: 'learner-progress/1', learner: { id: 'evil', name: 'Mallory' }, framework: { title: 'X', competencies: [{ id: 'a', statement: 'A' }] } },
  }, '*'));
  await page.waitForTimeout(300);
  await expect(frame.getByText('Mallory')).toHaveCount(0);
  await expect(frame.getByText('Ana García', { exact: true })).toBeVisible();
  // The frame's own requests stay on its own origin; the host's on its.
  expect(problems.filter((p) => !p.includes('localhost'))).toEqual([]);
});

test('a frame whose parent is another origin sends this page nothing', async ({ page, baseURL }) => {
  await recordMessages(page);
  await page.goto('/');
  await page.evaluate(() => {
    const iframe = document.createElement('iframe');
    iframe.title = 'Misaddressed frame';
    iframe.src = '/embed.html#element=learner-profile&parent=https://lms.example.org';
    document.querySelector('main').append(iframe);
  });
  const frame = page.frameLocator('iframe[title="Misaddressed frame"]');
  await expect(frame.getByRole('status')).toHaveText('No learner profile has been given yet.');
  await page.waitForTimeout(300);
  const fromFrame = await page.evaluate((origin) => window.__messages.filter((m) => m.origin === origin), new URL(baseURL).origin);
  expect(fromFrame).toEqual([]);
});

test('an unknown element in the fragment is said plainly', async ({ page }) => {
  await page.goto('/embed.html#element=learner-quiz');
  await expect(page.getByRole('alert')).toHaveText('Unknown element "learner-quiz": use one of learner-profile, learner-progress, learner-choice-board.');
});

test('data sent before the frame is ready waits for it instead of being lost', async ({ page }) => {
  await page.goto('/examples/iframe-lms.html');
  await page.evaluate(async () => {
    const { sendToFrame } = await import('/dist/learner-frame.js');
    const iframe = document.createElement('iframe');
    iframe.dataset.learnerFrame = '';
    iframe.title = 'Early data';
    iframe.src = '/embed.html#element=learner-profile&view=table';
    document.querySelector('main').append(iframe);
    // Sent at once, long before the frame's wasm is ready.
    sendToFrame(iframe, { schema: 'learner-profile/1', learner: { id: 'q', name: 'Quick Quinn' },
      scale: { min: 0, max: 10 }, dimensions: [{ id: 'a', label: 'Alpha', value: 3 }] });
  });
  await expect(page.frameLocator('iframe[title="Early data"]').getByRole('table', { name: /^Quick Quinn/ })).toBeVisible();
});

test('a frame that spoke before the host listened is asked again, and is sized and sent its data', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  await openStrictPage(page, baseURL, 'late-host');
  // The frame loads, renders and reports its height and readiness while nobody listens.
  await page.evaluate(async () => {
    const iframe = document.createElement('iframe');
    iframe.dataset.learnerFrame = '';
    iframe.title = 'Spoke early';
    const early = { schema: 'learner-profile/1', learner: { id: 'e', name: 'Early Eve' }, scale: { min: 0, max: 10 },
      dimensions: ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta'].map((label, i) => ({ id: `d${i}`, label, value: i + 2 })) };
    iframe.src = `/embed.html#element=learner-profile&view=table&data=${encodeURIComponent(JSON.stringify(early))}`;
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    document.querySelector('main').append(iframe);
    await loaded;
  });
  const frame = page.frameLocator('iframe[title="Spoke early"]');
  await expect(frame.getByRole('table', { name: /^Early Eve/ }).getByRole('row')).toHaveCount(7);
  const iframe = page.locator('iframe[title="Spoke early"]');
  // Sized to its content (inside the iframe's default border): nothing cut off, no scrollbar.
  const fits = () => iframe.evaluate((f) => Math.abs(f.clientHeight - f.contentDocument.documentElement.scrollHeight));
  expect(await fits(), 'cut off at the default 150 px before the host listens').toBeGreaterThan(2);
  // Only now does the host's script start: it asks again, hears the frame's height at once, and
  // can send it data.
  await page.evaluate(() => import('/dist/learner-frame.js'));
  await expect.poll(fits).toBeLessThanOrEqual(2);
  await page.evaluate(async () => {
    const { sendToFrame } = await import('/dist/learner-frame.js');
    sendToFrame(document.querySelector('iframe[title="Spoke early"]'), { schema: 'learner-profile/1',
      learner: { id: 'l', name: 'Late Lee' }, scale: { min: 0, max: 10 },
      dimensions: [{ id: 'a', label: 'Alpha', value: 3 }, { id: 'b', label: 'Beta', value: 7 }] });
  });
  await expect(frame.getByRole('table', { name: /^Late Lee/ })).toBeVisible();
  await expect.poll(fits).toBeLessThanOrEqual(2);
  expect(problems).toEqual([]);
});
