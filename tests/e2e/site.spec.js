// The site `cargo xtask demo` serves, as a newcomer browses it: from the gallery and the docs index,
// every link on every page answers, and no page logs an error or breaks the strict policy.
import { test, expect } from '@playwright/test';
import { guardPage } from './page-guard.js';

/** At most this many addresses are visited: the site has about 30, so a runaway loop still ends. */
const LIMIT = 120;

test('every link of the served site answers, and every page loads cleanly', async ({ page, request, baseURL }) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL).origin;
  const problems = await guardPage(page, baseURL);
  const queue = [{ url: `${origin}/`, from: 'start' }, { url: `${origin}/guide/`, from: 'start' }];
  const seen = new Set(queue.map((q) => q.url));
  const broken = [];
  const pages = [];
  while (queue.length && seen.size <= LIMIT) {
    const { url, from } = queue.shift();
    const head = await request.get(url);
    if (head.status() >= 400) {
      broken.push(`${url} (linked from ${from}) answers ${head.status()}`);
      continue;
    }
    if (!(head.headers()['content-type'] ?? '').startsWith('text/html')) continue;
    const before = problems.length;
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    pages.push(new URL(url).pathname);
    const links = await page.evaluate(() => [...document.querySelectorAll('a[href], img[src], link[href]')]
      .map((el) => el.href || el.src));
    for (const link of links) {
      const target = new URL(link, url);
      target.hash = '';
      if (target.origin !== origin || seen.has(target.href)) continue;
      seen.add(target.href);
      queue.push({ url: target.href, from: new URL(url).pathname });
    }
    // The iframe example frames the widget from the same server under its other name, localhost,
    // as an LMS frames a tool from another origin: those requests are the example's point.
    const frameOrigin = `http://localhost:${new URL(origin).port}/`;
    for (const problem of problems.slice(before)) {
      if (!problem.startsWith(`request outside the origin: ${frameOrigin}`)) broken.push(`${new URL(url).pathname}: ${problem}`);
    }
  }
  console.log(`visited ${seen.size} addresses, ${pages.length} pages: ${pages.join(', ')}`);
  expect(seen.size).toBeLessThanOrEqual(LIMIT);
  // The docs are there to browse: the index and its documents.
  for (const doc of ['/guide/', '/guide/integrator-guide.html', '/guide/architecture.html',
    '/guide/benchmarks.html', '/guide/security.html', '/guide/lms.html', '/guide/schemas.html',
    '/examples/', '/designer.html', '/embed-builder.html']) {
    expect(pages).toContain(doc);
  }
  expect(broken).toEqual([]);
});

test('the docs index leads to every document, and each page leads back', async ({ page }) => {
  await page.goto('/guide/');
  await expect(page).toHaveTitle(/Learner widgets/);
  const nav = page.getByRole('navigation', { name: 'Site' });
  for (const name of ['Integrator guide', 'In an LMS', 'Embed builder', 'Architecture', 'Benchmarks', 'Security and privacy', 'Examples', 'Theme designer']) {
    await expect(nav.getByRole('link', { name })).toBeVisible();
  }
  await nav.getByRole('link', { name: 'Architecture' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Architecture' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Docs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Learner widgets' })).toBeVisible();
  await expect(page.getByRole('img', { name: /The gallery/ })).toBeVisible();
});
