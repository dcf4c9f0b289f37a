// What a keyboard user sees and a screen reader says about the focused control: the deepest active
// element (through shadow roots), its role and accessible name as Chromium's accessibility tree
// computes them, and how its focus indicator is drawn.
import { expect } from '@playwright/test';

const sessions = new WeakMap();

async function cdp(page) {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    await session.send('DOM.enable');
    await session.send('Accessibility.enable');
    sessions.set(page, session);
  }
  return session;
}

/** The focused element, descending through open shadow roots. */
const DEEP_ACTIVE = `(() => {
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  return el;
})()`;

/**
 * The focused control: `{ role, name, tag, type, id, host, mark, box, focusVisible, focusRing }`.
 * `role` and `name` are what Chromium gives assistive technology; `host` is the id of the custom
 * element it lives in; `mark` is its index from `markActionables`; `focusRing` is its computed
 * outline and box-shadow, read while it has focus, and the colour of the widget surface behind it.
 */
export async function focused(page) {
  const session = await cdp(page);
  const { result } = await session.send('Runtime.evaluate', { expression: DEEP_ACTIVE });
  if (!result.objectId) return null;
  const { node } = await session.send('DOM.describeNode', { objectId: result.objectId });
  const { nodes } = await session.send('Accessibility.getPartialAXTree', {
    backendNodeId: node.backendNodeId, fetchRelatives: false,
  });
  const ax = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId) ?? nodes[0];
  const { result: facts } = await session.send('Runtime.callFunctionOn', {
    objectId: result.objectId,
    returnByValue: true,
    functionDeclaration: `function () {
      const style = getComputedStyle(this);
      const root = this.getRootNode();
      const host = root instanceof ShadowRoot ? root.host : null;
      const surface = host?.shadowRoot.querySelector('.learner-root');
      const r = this.getBoundingClientRect();
      return {
        tag: this.localName,
        type: this.localName === 'input' ? this.type : null,
        id: this.id || null,
        host: host ? (host.id || host.localName) : null,
        mark: this.__a11yMark ?? null,
        box: { x: r.x, y: r.y, width: r.width, height: r.height },
        focusVisible: this.matches(':focus-visible'),
        focusRing: {
          outlineStyle: style.outlineStyle,
          outlineWidth: parseFloat(style.outlineWidth) || 0,
          outlineColor: style.outlineColor,
          boxShadow: style.boxShadow,
          surface: surface ? getComputedStyle(surface).backgroundColor : 'rgb(255, 255, 255)',
        },
      };
    }`,
  });
  await session.send('Runtime.releaseObject', { objectId: result.objectId });
  return {
    role: ax?.role?.value ?? null,
    name: (ax?.name?.value ?? '').replace(/\s+/g, ' ').trim(),
    ...facts.value,
  };
}

/** "role name", the way the Tab orders are written; "(none)" when focus is on nothing (the body). */
export const said = (f) => (f && f.tag !== 'body' ? `${f.role} ${f.name}`.trim() : '(none)');

/** Waits (renders are asynchronous) until the focused control is `expected` ("role name"). */
export async function expectFocus(page, expected, message) {
  await expect.poll(async () => said(await focused(page)), { message, timeout: 5000 }).toBe(expected);
}

function parseColor(text) {
  const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(text ?? '');
  return m ? { r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4] } : null;
}

function luminance({ r, g, b }) {
  const c = [r, g, b].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

/** WCAG contrast ratio of two CSS colours (alpha ignored: the rings are opaque in every preset). */
export function contrast(a, b) {
  const [x, y] = [luminance(parseColor(a)), luminance(parseColor(b))];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/**
 * The focused control shows where focus is: it matches :focus-visible and draws a solid outline of
 * at least 2 px (or a box-shadow ring) in a colour with 3:1 contrast against the widget surface.
 *
 * One exception, checked by pixels instead: the calendar button inside a date field (Chromium's own
 * shadow DOM, the field's last Tab stop) draws the browser's ring; the field then has focus without
 * matching :focus-visible, and the test compares the field's picture focused and unfocused.
 */
export function expectVisibleFocus(f) {
  const where = `focus ring of "${said(f)}" in #${f.host}`;
  expect(f.box.width * f.box.height, `${where}: the control is drawn`).toBeGreaterThan(0);
  if (isDatePicker(f)) return;
  expect(f.focusVisible, `${where}: matches :focus-visible`).toBe(true);
  const ring = f.focusRing;
  const outlined = ring.outlineStyle !== 'none' && ring.outlineWidth >= 2;
  const shadowed = ring.boxShadow && ring.boxShadow !== 'none';
  expect(outlined || shadowed, `${where}: outline ${ring.outlineStyle} ${ring.outlineWidth}px, box-shadow ${ring.boxShadow}`).toBe(true);
  if (outlined) {
    expect(contrast(ring.outlineColor, ring.surface), `${where}: ${ring.outlineColor} on ${ring.surface}`)
      .toBeGreaterThanOrEqual(3);
  }
}

const isDatePicker = (f) => f.tag === 'input' && f.type === 'date' && !f.focusVisible;

/** A picture of the focused date field (for the calendar button's ring), or null. */
async function datePickerPicture(page, f) {
  if (!isDatePicker(f)) return null;
  const field = page.locator(`#${f.host}`).locator(`#${f.id}`);
  return { field, focusedPicture: await field.screenshot() };
}

/** The calendar buttons seen focused look different once focus has left them. */
async function expectDatePickersRinged(pictures) {
  for (const { field, focusedPicture } of pictures) {
    const unfocused = await field.screenshot();
    expect(Buffer.compare(focusedPicture, unfocused), 'the date field\'s calendar button shows focus').not.toBe(0);
  }
}

/**
 * Tabs from the focused control until focus leaves the element `hostId` (or `limit` presses),
 * returning every control focused inside it, in order, each with its focus ring checked.
 * `back` uses Shift+Tab.
 */
export async function tabOut(page, hostId, { limit = 400, checkRing = true, back = false } = {}) {
  const seen = [];
  const pictures = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (!f || f.host !== hostId) {
      await expectDatePickersRinged(pictures);
      return seen;
    }
    if (checkRing) {
      expectVisibleFocus(f);
      const picture = await datePickerPicture(page, f);
      if (picture) pictures.push(picture);
    }
    seen.push(f);
  }
  throw new Error(`focus did not leave #${hostId} after ${limit} Tab presses`);
}

/** The Tab order as "role name" strings, a date field's segments and calendar button said once. */
export const tabOrder = (seen) => seen.map(said).filter((s, i, all) => !(i > 0 && all[i - 1] === s
  && seen[i].tag === 'input' && seen[i].type === 'date'));

/** Puts focus just before the element: on a focusable stand-in inserted in front of it. */
export async function focusBefore(page, hostId) {
  await page.evaluate((id) => {
    const host = document.getElementById(id);
    let start = document.getElementById(`before-${id}`);
    if (!start) {
      start = document.createElement('button');
      start.id = `before-${id}`;
      start.textContent = `Before ${id}`;
      host.before(start);
    }
    start.focus();
  }, hostId);
}

/**
 * Every control a pointer can use inside the element (links, buttons, fields, summaries, and
 * anything else in the tab order), marked with an index so a Tab walk can tell which it reached.
 * Returns their descriptions. A grid's cells outside the tab order (tabindex="-1") are listed with
 * `roving: true`: arrow keys reach them, once Tab has reached their grid.
 */
export function markActionables(page, hostId) {
  return page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex], [role="button"]';
    return [...root.querySelectorAll(selector)]
      .filter((el) => {
        if (el.matches(':disabled') || el.closest('[inert]')) return false;
        const details = el.parentElement?.closest('details');
        if (details && !details.open && el !== details.querySelector(':scope > summary')) return false;
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      })
      .map((el, index) => {
        el.__a11yMark = index;
        const text = (el.getAttribute('aria-label') ?? el.closest('label')?.textContent ?? el.textContent ?? '')
          .replace(/\s+/g, ' ').trim().slice(0, 50);
        return {
          index,
          what: `${el.localName} "${text}"`,
          roving: el.getAttribute('tabindex') === '-1' && !!el.closest('[role="grid"]'),
        };
      });
  }, hostId);
}

/** Every marked control was reached by the Tab walk `seen` (a grid's cells, through their grid). */
export function expectAllReached(actionables, seen) {
  const reached = new Set(seen.map((f) => f.mark));
  const gridReached = seen.some((f) => f.id?.startsWith('choice-cell-'));
  const missed = actionables.filter((a) => !reached.has(a.index) && !(a.roving && gridReached));
  expect(missed.map((a) => a.what), 'controls a pointer can use but Tab never reaches').toEqual([]);
}
