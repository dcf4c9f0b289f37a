// Target size (WCAG 2.2, 2.5.8, AA): every control a pointer can use inside the widgets is at least
// 24 × 24 CSS pixels, in every gallery state of every widget (gallery-states.js, the states the axe
// matrix checks), on a wide screen and at 320 px. A smaller target passes only under the criterion's
// own exceptions:
// - spacing: a 24 px circle centred on its box meets no other target, nor another small target's
//   circle;
// - inline: a link inside a sentence, whose size the line of text sets;
// - equivalent: a chart's focusable reading (a radar point, a row of bars), which shows its words
//   when a pointer rests on it, when the same readings are one view button away, in the table view.
//   Drawn to the chart's scale, they shrink on a narrow screen (a radar point is 4.8 px at 320 px).
// One rule is stricter than WCAG: a form control or button (an HTML control the widget draws) is
// 24 × 24 on its own. Its spacing depends on the host page's width, font and language, which the
// widget does not know; only the charts' focusable points and rows may rely on spacing.
// Each state's test prints what it measured: how many targets, the smallest, and the exceptions.
import { test, expect } from '@playwright/test';
import { rounds, enterRound } from './gallery-states.js';

test.describe.configure({ mode: 'parallel' });

const MIN = 24;
const WIDTHS = [1280, 320];

/**
 * Every target in the element's shadow root, measured: `{ what, x, y, width, height, control,
 * reading, inline }`. A target is a link, button, field, select, text area, disclosure summary, slider, or
 * anything in the tab order; an element with tabindex="-1" that is no control is focused by the
 * widget, not used by a pointer. Hidden, disabled and folded-away (closed details) ones are left out.
 */
function measure(page, hostId) {
  return page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, '
      + '[role="slider"], [tabindex]:not([tabindex="-1"])';
    const describe = (el) => {
      const text = (el.getAttribute('aria-label') ?? el.closest('label')?.textContent ?? el.textContent ?? '')
        .replace(/\s+/g, ' ').trim().slice(0, 40);
      const kind = el.localName === 'input' ? `input[type=${el.type}]` : el.localName;
      return `${kind}${el.id ? `#${el.id}` : ''} "${text}"`;
    };
    // A link in a sentence: drawn inline, with words of its own block around it.
    const inSentence = (el) => {
      if (el.localName !== 'a' || getComputedStyle(el).display !== 'inline') return false;
      let block = el.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      const own = (block?.textContent ?? '').replace(/\s+/g, '');
      return own.length > el.textContent.replace(/\s+/g, '').length;
    };
    return [...root.querySelectorAll(selector)]
      .filter((el) => {
        if (el.matches(':disabled')) return false;
        const details = el.parentElement?.closest('details');
        if (details && !details.open && el !== details.querySelector(':scope > summary')) return false;
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        return {
          what: describe(el),
          x: r.x,
          y: r.y,
          width: r.width,
          height: r.height,
          control: el.matches('button, input, select, textarea'),
          // A reading in a chart whose widget has a view switch (the table view lists them all).
          reading: el.matches('svg [role="img"][tabindex]') && !!root.querySelector('.profile-toolbar [aria-pressed]'),
          inline: inSentence(el),
        };
      });
  }, hostId);
}

const centre = (t) => ({ x: t.x + t.width / 2, y: t.y + t.height / 2 });
const small = (t) => t.width < MIN - 0.01 || t.height < MIN - 0.01;
const size = (t) => `${Math.round(t.width * 10) / 10}×${Math.round(t.height * 10) / 10}`;

/** Whether a circle of radius MIN / 2 at `c` meets the rectangle of target `t`. */
function circleMeets(c, t) {
  const nx = Math.max(t.x, Math.min(c.x, t.x + t.width));
  const ny = Math.max(t.y, Math.min(c.y, t.y + t.height));
  return (c.x - nx) ** 2 + (c.y - ny) ** 2 < (MIN / 2) ** 2;
}

/** WCAG's spacing exception for the small target `t`: the target it is too close to, or null. */
function tooClose(t, all) {
  const c = centre(t);
  for (const other of all) {
    if (other === t) continue;
    if (circleMeets(c, other)) return other;
    if (small(other)) {
      const o = centre(other);
      if (Math.hypot(c.x - o.x, c.y - o.y) < MIN) return other;
    }
  }
  return null;
}

for (const width of WIDTHS) {
  test.describe(`${width} px wide`, () => {
    test.use({ viewport: { width, height: 900 } });

    rounds().forEach((round, r) => {
      test(`targets are at least 24 × 24 px, page ${r + 1}: ${round.map((s) => s.host).join(', ')}`, async ({ page }) => {
        test.slow();
        await enterRound(page, round);
        const failures = [];
        for (const state of round) {
          const targets = await measure(page, state.host);
          const spaced = [];
          const equivalent = [];
          let inline = 0;
          for (const t of targets.filter(small)) {
            const where = `${state.name} at ${width} px: ${t.what} is ${size(t)} px`;
            const near = tooClose(t, targets);
            if (t.inline) {
              inline += 1;
            } else if (t.control) {
              failures.push(`${where} (a form control or button: 24 × 24 on its own)`);
            } else if (!near) {
              spaced.push(t);
            } else if (t.reading) {
              equivalent.push(t);
            } else {
              failures.push(`${where}, and ${near.what} (${size(near)}) is within its 24 px circle (WCAG 2.5.8)`);
            }
          }
          const least = (a, t) => (!a || Math.min(t.width, t.height) < Math.min(a.width, a.height) ? t : a);
          const smallest = targets.reduce(least, null);
          const smallestControl = targets.filter((t) => t.control).reduce(least, null);
          const line = `[${width} px] ${state.name} (#${state.host}): ${targets.length} targets`
            + (smallest ? `, smallest ${size(smallest)} px (${smallest.what})` : '')
            + (smallestControl && smallestControl !== smallest
              ? `, smallest control ${size(smallestControl)} px (${smallestControl.what})` : '')
            + (spaced.length ? `; ${spaced.length} under 24 px but spaced (WCAG's exception): ${
              [...new Set(spaced.map(size))].join(', ')} px` : '')
            + (equivalent.length ? `; ${equivalent.length} chart readings too close together, ${
              [...new Set(equivalent.map(size))].join(', ')} px (the table view is their equivalent)` : '')
            + (inline ? `; ${inline} inline links` : '');
          console.log(line);
          test.info().annotations.push({ type: 'targets', description: line });
        }
        expect(failures).toEqual([]);
      });
    });
  });
}
