// Server rendering (issue 23): the HTML `learner-widgets/server` writes shows the widget before any
// script runs, and the widget's hydrating module adopts those very nodes, without a layout shift.

import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { renderWidget, openServerPage, holdHydration } from './server-rendered.js';

const sample = (name) => readFileSync(new URL(`../../www/samples/${name}`, import.meta.url), 'utf8');

/** Each widget, a document, and something a person does with it once it is interactive. */
const WIDGETS = [
  {
    tag: 'learner-profile',
    document: sample('ana.profile.json'),
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

for (const widget of WIDGETS) {
  for (const lang of ['en', 'ar']) {
    test(`<${widget.tag}> in ${lang}: hydrating keeps every node the server drew, with no layout shift, and then works`, async ({ page, baseURL }) => {
      const html = await renderWidget(widget.tag, widget.document, { attributes: widget.attributes, lang, assets: '/dist/' });
      const release = await holdHydration(page);
      await openServerPage(page, baseURL, `hydrate-${widget.tag}-${lang}`, html, lang);
      const element = page.locator(widget.tag);
      // Before the module: the server's widget is there, in the page's language.
      await expect(element.locator('[part=base]').first()).toHaveAttribute('lang', lang);
      const count = await page.evaluate(`(${watch.toString()})(${JSON.stringify(widget.tag)})`);
      expect(count).toBeGreaterThan(20);
      release();
      await page.waitForFunction((tag) => {
        const el = document.querySelector(tag);
        return customElements.get(tag) && !el.matches(':state(loading)') && el.data !== null;
      }, widget.tag);
      // Let the widget measure itself (its ResizeObserver) and draw what follows.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const result = JSON.parse(await page.evaluate(`(${kept.toString()})()`));
      expect(result.lost).toEqual([]);
      expect(result.removed).toEqual([]);
      expect(result.shifts).toBe(0);
      await widget.interact(element);
    });
  }
}
