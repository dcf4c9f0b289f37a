// Server rendering (issue 23): the HTML `learner-widgets/server` writes shows the widget before any
// script runs, and the widget's hydrating module adopts those very nodes, without a layout shift.

import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { renderWidget, openServerPage, holdHydration } from './server-rendered.js';
import { expectNoAxeViolations } from './axe.js';

const sample = (name) => readFileSync(new URL(`../../www/samples/${name}`, import.meta.url), 'utf8');

/** Each widget, a document, and something a person does with it once it is interactive. */
const WIDGETS = [
  {
    tag: 'learner-profile',
    document: sample('ana.profile.json'),
    // What a person reads without the module: the learner's name and the chart, by its name.
    readable: { name: 'Ana García', role: 'group', label: /Jagged profile of Ana García/ },
    attributes: { mode: 'self' },
    // The second view button (Profile): pressed once clicked.
    interact: async (widget) => {
      const button = widget.locator('[part=toolbar] button').nth(1);
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
    },
  },
  {
    tag: 'learner-progress',
    document: sample('ana.progress.json'),
    readable: { name: 'Ana García', role: 'region', label: /Progress/ },
    attributes: { today: '2026-11-23' },
    // The first view button not pressed (Map): pressed once clicked.
    interact: async (widget) => {
      const buttons = widget.locator('button[aria-pressed]');
      const pressed = await buttons.evaluateAll((all) => all.map((b) => b.getAttribute('aria-pressed')));
      const button = buttons.nth(pressed.indexOf('false'));
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
    },
  },
  {
    tag: 'learner-choice-board',
    document: sample('choice-tic-tac-toe.json'),
    readable: { name: 'Ecosystems tic-tac-toe', role: 'grid', label: /Ecosystems tic-tac-toe/ },
    attributes: {},
    // An activity not yet picked (the second): picked once clicked.
    interact: async (widget) => {
      const cell = widget.locator('[part=activity]').nth(1);
      await expect(cell).toHaveAttribute('aria-pressed', 'false');
      await cell.click();
      await expect(cell).toHaveAttribute('aria-pressed', 'true');
    },
  },
];

/** Records every node of the element's server-rendered shadow root, every removal, and every layout shift. */
function watch(tag) {
  const root = document.querySelector(tag).shadowRoot;
  const nodes = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  window.serverNodes = nodes;
  window.removed = [];
  new MutationObserver((records) => {
    for (const record of records) window.removed.push(...record.removedNodes);
  }).observe(root, { childList: true, subtree: true });
  window.shifts = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.shifts += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  return nodes.length;
}

/** What became of the recorded nodes, as JSON text. */
function kept() {
  const lost = window.serverNodes.filter((node) => !node.isConnected);
  return JSON.stringify({
    nodes: window.serverNodes.length,
    lost: lost.map((node) => node.nodeName),
    // Yew's component markers (comments) are dropped once read; no element or text may go.
    removed: window.removed.filter((node) => node.nodeType !== Node.COMMENT_NODE).map((node) => node.nodeName),
    shifts: window.shifts,
  });
}

/** Waits for `tag` to be hydrated and settled, then checks that it kept every node, and nothing moved. */
async function expectHydratedInPlace(page, tag) {
  await page.waitForFunction((name) => {
    const el = document.querySelector(name);
    return customElements.get(name) && !el.matches(':state(loading)') && el.data !== null;
  }, tag);
  // Let the widget measure itself (its ResizeObserver) and draw what follows.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const result = JSON.parse(await page.evaluate(`(${kept.toString()})()`));
  expect(result.lost).toEqual([]);
  expect(result.removed).toEqual([]);
  expect(result.shifts).toBe(0);
}

for (const widget of WIDGETS) {
  for (const lang of ['en', 'ar']) {
    test(`<${widget.tag}> in ${lang}: hydrating keeps every node the server drew, with no layout shift, and then works`, async ({ page, baseURL }) => {
      const html = await renderWidget(widget.tag, widget.document, { attributes: widget.attributes, lang, assets: '/dist/' });
      const release = await holdHydration(page);
      // A paragraph after the widget: it would move if the widget changed size.
      await openServerPage(page, baseURL, `hydrate-${widget.tag}-${lang}`, `${html}<p>What follows</p>`, lang);
      const element = page.locator(widget.tag);
      // Before the module: the server's widget is there, in the page's language.
      await expect(element.locator('[part=base]').first()).toHaveAttribute('lang', lang);
      const count = await page.evaluate(`(${watch.toString()})(${JSON.stringify(widget.tag)})`);
      expect(count).toBeGreaterThan(20);
      release();
      await expectHydratedInPlace(page, widget.tag);
      await expect(element.locator('[aria-disabled]')).toHaveCount(0);
      await widget.interact(element);
    });
  }
}

for (const widget of WIDGETS) {
  test(`<${widget.tag}>: until its module arrives the server's controls say they wait; if it never does, what the server drew stays readable, says why, and is axe-clean`, async ({ page, baseURL }) => {
    const html = await renderWidget(widget.tag, widget.document, { attributes: widget.attributes, lang: 'en', assets: '/dist/' });
    const release = await holdHydration(page);
    await openServerPage(page, baseURL, `unhydrated-${widget.tag}`, html);
    const element = page.locator(widget.tag);
    const { name, role, label } = widget.readable;
    await expect(element.getByText(name, { exact: true }).first()).toBeVisible();
    await expect(element.getByRole(role, { name: label }).first()).toBeVisible();
    // Waiting: every control is marked unavailable for now.
    const buttons = element.getByRole('button');
    await expect(buttons.first()).toHaveAttribute('aria-disabled', 'true');
    const waiting = await buttons.evaluateAll((all) => all.filter((b) => b.getAttribute('aria-disabled') !== 'true').length);
    expect(waiting).toBe(0);

    // The module never comes.
    await page.unroute('**/*-hydrate_bg.wasm');
    await page.route('**/*-hydrate_bg.wasm', (route) => route.fulfill({ status: 404, body: 'not here' }));
    release();
    await page.addInitScript(() => {
      window.learnerErrors = [];
      document.addEventListener('learner-error', (event) => window.learnerErrors.push(event.detail.code));
    });
    await page.reload();
    const alert = element.getByRole('alert');
    await expect(alert).toContainText('shown as the server drew it');
    await expect(element.getByText(name, { exact: true }).first()).toBeVisible();
    await expect(element.getByRole(role, { name: label }).first()).toBeVisible();
    await expect(buttons.first()).toHaveAttribute('aria-disabled', 'true');
    expect(await page.evaluate('JSON.stringify(window.learnerErrors)')).toBe('["module-failed"]');
    await expectNoAxeViolations(page);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const lang of ['en', 'ar']) {
    test(`in ${lang}: a radar the server laid out at the host's width (320) hydrates with no layout shift`, async ({ page, baseURL }) => {
      const html = await renderWidget('learner-profile', sample('ana.profile.json'), { lang, assets: '/dist/', width: 320 });
      const release = await holdHydration(page);
      await openServerPage(page, baseURL, `hydrate-phone-${lang}`, `${html}<p>What follows</p>`, lang);
      // The narrow layout: the axes numbered, their names in a key below.
      const element = page.locator('learner-profile');
      await expect(element.locator('[part=base]').first()).toHaveAttribute('lang', lang);
      await page.evaluate(`(${watch.toString()})('learner-profile')`);
      release();
      await expectHydratedInPlace(page, 'learner-profile');
    });
  }
});

test('a document the host gives before the module arrives is shown once hydrated', async ({ page, baseURL }) => {
  const profile = JSON.parse(sample('ana.profile.json'));
  const html = await renderWidget('learner-profile', profile, { assets: '/dist/' });
  const release = await holdHydration(page);
  await openServerPage(page, baseURL, 'hydrate-then-update', html);
  const element = page.locator('learner-profile');
  await expect(element.locator('[part=name]')).toHaveText('Ana García');
  const newer = { ...profile, learner: { ...profile.learner, name: 'Ana García López' } };
  await page.evaluate(`document.querySelector('learner-profile').data = ${JSON.stringify(JSON.stringify(newer))}`);
  release();
  await expect(element.locator('[part=name]')).toHaveText('Ana García López');
});

test('a learner\'s edits kept in this browser (storage="local") are shown on the server-rendered page once hydrated', async ({ page, baseURL }) => {
  const html = await renderWidget('learner-profile', sample('ana.profile.json'), {
    attributes: { mode: 'self', storage: 'local', 'storage-key': 'ssr-ana' }, assets: '/dist/',
  });
  await openServerPage(page, baseURL, 'hydrate-local-edits', html);
  const element = page.locator('learner-profile');
  const slider = element.getByRole('slider').first();
  await expect(slider).not.toHaveAttribute('aria-disabled', 'true');
  const before = await slider.inputValue();
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).not.toHaveValue(before);
  const rated = await slider.inputValue();
  await expect.poll(() => page.evaluate(`JSON.parse(localStorage.getItem('learner-widgets:ssr-ana'))?.revision ?? 0`)).toBeGreaterThan(0);
  // The same server page again: the server drew the old rating; the browser's copy wins.
  await page.reload();
  await expect(element.getByRole('slider').first()).toHaveValue(rated);
});

/** Server HTML that must not be hydrated: drawn by other code, or missing a node on the way. */
const UNHYDRATABLE = [
  ['drawn by another build', (html) => html.replace(/data-learner-server="[^"]*"/, 'data-learner-server="0.0.9+0000000000000000"'), 'Ana García'],
  ['that lost a node to a sanitizer', (html) => html.replace(/<p part="name"[^>]*>[^<]*<\/p>/, ''), 'Ana García'],
  ['whose document the page changed before the module came', (html) => html.replace('"name": "Ana García"', '"name": "Ana G."'), 'Ana G.'],
];

for (const [what, spoil, name] of UNHYDRATABLE) {
  test(`a server-drawn root ${what} is drawn again by the browser, whole and working, with no error`, async ({ page, baseURL }) => {
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
    await page.addInitScript(() => {
      window.learnerErrors = [];
      document.addEventListener('learner-error', (event) => window.learnerErrors.push(event.detail.code));
    });
    const html = await renderWidget('learner-profile', sample('ana.profile.json'), { assets: '/dist/' });
    const spoilt = spoil(html);
    expect(spoilt).not.toBe(html);
    await openServerPage(page, baseURL, 'unhydratable', spoilt);
    const element = page.locator('learner-profile');
    await page.waitForFunction(() => document.querySelector('learner-profile').data !== null);
    await expect(element.locator('[part=name]')).toHaveText(name);
    // One widget, the browser's own: the server's root is gone.
    await expect(element.locator('[part=base]')).toHaveCount(1);
    await expect(element.locator('[data-learner-server]')).toHaveCount(0);
    await WIDGETS[0].interact(element);
    expect(await page.evaluate('JSON.stringify(window.learnerErrors)')).toBe('[]');
    expect(problems).toEqual([]);
  });
}
