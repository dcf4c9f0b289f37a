// What the elements show is what their description says (custom-elements.json, written by
// `cargo xtask api` from crates/learner-embed/api/): each element, drawn with each of its documents
// in every view and mode the manifest gives, has only the CSS parts and reads only the
// `--learner-*` custom properties its description lists, and has every method and property listed.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { guardPage } from './page-guard.js';

const manifest = JSON.parse(await readFile(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations).filter((d) => d.customElement);

/** The values of an attribute whose type is a union of quoted strings (`'radar' | 'table'`), and absent. */
function values(element, name) {
  const attribute = element.attributes.find((a) => a.name === name);
  const listed = attribute ? [...attribute.type.text.matchAll(/'([^']+)'/g)].map((m) => m[1]) : [];
  return [null, ...listed];
}

/** Each element's sample documents (www/samples/), by tag. */
const SAMPLES = {
  'learner-profile': ['ana.profile.json', 'malik.profile.json'],
  'learner-progress': ['ana.progress.json', '6b.progress-class.json'],
  'learner-choice-board': ['choice-tic-tac-toe.json', 'choice-dinner-menu.json', 'choice-20-50-80.json'],
};

async function documentsOf(request, tag) {
  const documents = [];
  for (const name of SAMPLES[tag]) documents.push(await (await request.get(`/samples/${name}`)).json());
  if (tag === 'learner-profile') {
    // A class, for view="class".
    documents.push({ schema: 'learner-roster/1', title: '7B', profiles: documents.slice() });
  }
  return documents;
}

test.describe.configure({ timeout: 120_000 });

for (const element of elements) {
  test(`<${element.tagName}> shows only the parts and custom properties its description lists`, async ({ page, baseURL, request }) => {
    const problems = await guardPage(page, baseURL);
    const documents = await documentsOf(request, element.tagName);
    // Every document in every view and mode; storage="local" too, for the loader's own parts.
    const cases = [];
    for (const document of documents) {
      for (const view of values(element, 'view')) {
        for (const mode of values(element, 'mode')) cases.push({ document, view, mode, local: false });
      }
      cases.push({ document, view: null, mode: null, local: true });
    }
    await page.goto('/');
    const found = await page.evaluate(async ({ tag, cases }) => {
      await customElements.whenDefined(tag);
      const drawn = cases.map(({ document, view, mode, local }, i) => {
        const el = window.document.createElement(tag);
        if (view) el.setAttribute('view', view);
        if (mode) el.setAttribute('mode', mode);
        if (local) {
          el.setAttribute('storage', 'local');
          el.setAttribute('storage-key', `api-description-${i}`);
        }
        el.data = document;
        window.document.body.append(el);
        return el;
      });
      const ready = (el) => el.shadowRoot?.querySelector('[part~="base"], [part~="error"]');
      const start = performance.now();
      while (!drawn.every(ready) && performance.now() - start < 60_000) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const parts = new Set();
      const properties = new Set();
      for (const el of drawn) {
        for (const node of el.shadowRoot.querySelectorAll('[part]')) {
          for (const part of node.getAttribute('part').split(/\s+/).filter(Boolean)) parts.add(part);
        }
        const sheets = [...el.shadowRoot.adoptedStyleSheets, ...el.shadowRoot.styleSheets];
        for (const sheet of sheets) {
          for (const rule of sheet.cssRules) {
            for (const [, name] of rule.cssText.matchAll(/var\(\s*(--learner-[a-z0-9-]+)/g)) properties.add(name);
          }
        }
      }
      const prototype = Object.getPrototypeOf(drawn[0]);
      const members = Object.fromEntries(Object.getOwnPropertyNames(prototype).map((name) => [name, typeof drawn[0][name]]));
      return { ready: drawn.filter(ready).length, parts: [...parts].sort(), properties: [...properties].sort(), members };
    }, { tag: element.tagName, cases });

    expect(found.ready, 'every element drew its widget').toBe(cases.length);
    // The widgets draw their parts and read their custom properties; the check has something to see.
    expect(found.parts).toContain('base');
    expect(found.parts).toContain('storage-bar');
    expect(found.properties).toContain('--learner-text');

    const listed = (key) => new Set((element[key] ?? []).map((item) => item.name));
    expect(found.parts.filter((part) => !listed('cssParts').has(part)), 'parts drawn but not described').toEqual([]);
    expect(found.properties.filter((name) => !listed('cssProperties').has(name)), 'custom properties read but not described').toEqual([]);
    for (const member of element.members) {
      const kind = member.kind === 'method' ? 'function' : undefined;
      expect(member.name in found.members, `${member.name} is on the element`).toBe(true);
      if (kind) expect(found.members[member.name], `${member.name} is a method`).toBe(kind);
    }
    expect(problems).toEqual([]);
  });
}
