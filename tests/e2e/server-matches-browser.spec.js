// The server draws what the browser draws: every document under examples/ and www/samples/,
// rendered by `learner-widgets/server` and by the widget in the browser, gives the same elements
// in the same order with the same text.

import { test, expect } from '@playwright/test';
import { openStrictPage } from './strict-page.js';
import { renderWidget } from './server-rendered.js';
import { serverDocuments } from '../server/documents.js';

/**
 * The widget's elements in order, each as its tag and the text directly in it: what a person
 * sees and hears, without the attributes a layout measures (the radar's coordinates).
 */
function outline(root) {
  const lines = [];
  const walk = (node, depth) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.ELEMENT_NODE) {
        const own = [...child.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent.trim())
          .filter(Boolean)
          .join(' ');
        lines.push(`${'  '.repeat(depth)}${child.localName}${own ? ` ${own}` : ''}`);
        walk(child, depth + 1);
      }
    }
  };
  walk(root, 0);
  return lines.join('\n');
}

/** The outline of the server's widget, parsed as the browser parses the page (declarative shadow DOM). */
function serverOutline(html) {
  const policy = trustedTypes.createPolicy(`server-${Math.random()}`, { createHTML: (text) => text });
  const parsed = Document.parseHTMLUnsafe(policy.createHTML(`<!doctype html><body>${html}`));
  const root = parsed.body.querySelector('learner-profile, learner-progress, learner-choice-board').shadowRoot;
  const widget = [...root.children].find((child) => child.hasAttribute('data-learner-server'));
  return window.outline(widget);
}

/** The outline of the same element drawn in the browser, once drawn. */
async function browserOutline({ tag, text, attributes }) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.data = text;
  document.querySelector('main').append(element);
  for (let i = 0; i < 600 && !(element.data && element.shadowRoot.querySelector('[part=base]')); i += 1) {
    await new Promise((done) => requestAnimationFrame(done));
  }
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const mount = [...element.shadowRoot.children].find((child) => child.localName === 'div');
  return window.outline(mount);
}

for (const doc of serverDocuments()) {
  test(`${doc.name}: the server draws what the browser draws`, async ({ page, baseURL }) => {
    const html = await renderWidget(doc.tag, doc.text, { attributes: doc.attributes, lang: 'en', assets: '/dist/' });
    await openStrictPage(page, baseURL, 'server-matches-browser');
    // Defined through the DevTools protocol: the page's policy allows no eval.
    await page.evaluate(`window.outline = ${outline.toString()}`);
    const server = await page.evaluate(`(${serverOutline.toString()})(${JSON.stringify(html)})`);
    const browser = await page.evaluate(`(${browserOutline.toString()})(${JSON.stringify(doc)})`);
    expect(server.split('\n').length).toBeGreaterThan(5);
    expect(server).toBe(browser);
  });
}
