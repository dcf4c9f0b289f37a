// A host page's inherited layout does not reach into the widgets: a page whose body sets every
// inherited property that changes layout to an unusual value shows the three widgets exactly as a
// plain page does (screenshots compared pixel by pixel, past anti-aliasing noise). The host's font and its --learner-* theme
// still come in, on purpose.
import { writeFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';

// Inherited properties that change where text goes; each widget's :host resets them (base.css).
const LEAKY = `
  text-align: center; text-align-last: right; text-indent: 5em; text-transform: uppercase;
  letter-spacing: 0.3em; word-spacing: 1.5em; line-height: 3; white-space: pre; text-wrap: balance;
  word-break: break-all; overflow-wrap: anywhere; line-break: anywhere; hyphens: auto; tab-size: 20;
  text-shadow: 2px 2px 2px rgb(200, 0, 0); text-underline-offset: 10px; text-underline-position: under;
  text-emphasis: filled rgb(200, 0, 0); list-style: square inside; border-collapse: collapse;
  border-spacing: 12px; caption-side: bottom; empty-cells: hide; cursor: wait;
`;

// The same on every page: where the widgets are and how wide.
const LAYOUT = `
  body { margin: 0; }
  learner-profile, learner-progress, learner-choice-board { display: block; width: 760px; margin: 8px; }
`;

// With no text between them: under the host's white-space: pre, spaces would be lines of the page.
const WIDGETS = '<learner-profile id="profile" src="/samples/ana.profile.json"></learner-profile>'
  + '<learner-progress id="progress" today="2026-11-02" src="/samples/ana.progress.json"></learner-progress>'
  + '<learner-choice-board id="board" src="/samples/choice-tic-tac-toe.json"></learner-choice-board>';

/** Opens a page of the test's own with the host CSS given for its body; resolves once all three widgets are drawn. */
async function openHostPage(page, baseURL, name, bodyCss) {
  await page.route(`${baseURL}/${name}.html`, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><title>${name}</title>`
      + `<style>${LAYOUT} body { ${bodyCss} }</style>`
      + '<script type="module" src="/dist/learner-widgets.js"></script></head>'
      + `<body>${WIDGETS}</body></html>`,
  }));
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/${name}.html`);
  await expect(page.locator('#profile').getByRole('region', { name: /^Learner profile: Ana García/ })).toBeVisible();
  await expect(page.locator('#progress').getByRole('region', { name: /^Progress of Ana García/ })).toBeVisible();
  await expect(page.locator('#board').getByRole('button', { name: /Food web poster/ })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

/** A screenshot of each widget, once it no longer changes (the chart may be drawn again as it settles). */
async function shots(page) {
  const out = {};
  for (const id of ['profile', 'progress', 'board']) {
    let last = await page.locator(`#${id}`).screenshot();
    for (let tries = 0; tries < 10; tries += 1) {
      await page.waitForTimeout(100);
      const next = await page.locator(`#${id}`).screenshot();
      if (next.equals(last)) break;
      last = next;
    }
    out[id] = last;
  }
  return out;
}

/**
 * How many pixels of two screenshots differ by more than rendering noise: two loads of the same page
 * can differ by a step or two of anti-aliasing at an edge, while a moved glyph differs by far more.
 */
async function differingPixels(page, a, b) {
  return page.evaluate(async ([a, b]) => {
    const pixels = async (png) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, image.width, image.height);
    };
    const [p, q] = [await pixels(a), await pixels(b)];
    if (p.width !== q.width || p.height !== q.height) return p.width * p.height;
    let count = 0;
    for (let i = 0; i < p.data.length; i += 4) {
      const most = Math.max(...[0, 1, 2, 3].map((c) => Math.abs(p.data[i + c] - q.data[i + c])));
      if (most > 32) count += 1;
    }
    return count;
  }, [a.toString('base64'), b.toString('base64')]);
}

test('inherited layout properties of the host page do not reach the widgets', async ({ page, baseURL }, testInfo) => {
  test.slow();
  await openHostPage(page, baseURL, 'host-plain', '');
  const plain = await shots(page);
  await openHostPage(page, baseURL, 'host-leaky', LEAKY);
  // The page's own text does take the odd layout: the test's CSS is in force.
  expect(await page.evaluate(() => getComputedStyle(document.body).textAlign)).toBe('center');
  const leaky = await shots(page);
  const blank = await page.context().newPage();
  for (const id of Object.keys(plain)) {
    const differing = await differingPixels(blank, plain[id], leaky[id]);
    if (differing > 0) {
      // Both kept with the test's results, to see what moved.
      writeFileSync(testInfo.outputPath(`${id}-plain.png`), plain[id]);
      writeFileSync(testInfo.outputPath(`${id}-leaky.png`), leaky[id]);
    }
    expect(differing, `pixels of ${id} that differ from a plain page`).toBe(0);
  }
});

test("the host's font and its --learner-* theme still apply", async ({ page, baseURL }) => {
  await openHostPage(page, baseURL, 'host-plain', '');
  const plain = await shots(page);
  await openHostPage(page, baseURL, 'host-themed', `${LEAKY} font-family: serif; font-size: 20px; --learner-text: rgb(110, 20, 80);`);
  const themed = await shots(page);
  for (const id of Object.keys(plain)) expect(themed[id].equals(plain[id]), `${id} changed with the host's font`).toBe(false);
  // The learner's name, as the widget writes it: in the host's font and size, in the theme's colour.
  const name = page.locator('#profile').getByText('Ana García', { exact: true }).first();
  const style = await name.evaluate((el) => {
    const s = getComputedStyle(el);
    return { family: s.fontFamily, color: s.color, align: s.textAlign, spacing: s.letterSpacing };
  });
  expect(style).toEqual({ family: 'serif', color: 'rgb(110, 20, 80)', align: 'start', spacing: 'normal' });
  expect(await page.locator('#profile').evaluate((el) => getComputedStyle(el).fontSize)).toBe('20px');
});
