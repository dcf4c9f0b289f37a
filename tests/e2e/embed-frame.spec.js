// A widget framed in a platform page that does not resize frames: in a fixed frame 480 px tall, at
// a phone's 375 px and a desktop's 1024 px, a student reaches every control by keyboard and sees each
// one when it has focus (the frame scrolls; nothing is cut off or covered). And in a browser that
// does not let a framed page keep anything (Debian's Chromium by default), the student is told, and
// can still download their work.
import { test, expect } from '@playwright/test';
import { startPlatform } from './platform-server.js';
import { forEveryStudent, frameAddress, frameCode } from '../../www/embed-code.mjs';

let platform;
test.beforeAll(async () => { platform = await startPlatform(); });
test.afterAll(() => platform?.close());

/** The three widgets as the builder gives them to students by default. */
const WIDGETS = [
  { tag: 'learner-choice-board', sample: 'choice-tic-tac-toe.json', attributes: {} },
  { tag: 'learner-profile', sample: 'malik.profile.json', attributes: { mode: 'self' } },
  { tag: 'learner-progress', sample: 'ana.progress.json', attributes: { mode: 'self', today: '2026-11-23' } },
];

/** A course page with a control before the widget's frame, `width` × 480 px, as the code gives it. */
async function coursePage(page, baseURL, { tag, sample, attributes }, width) {
  const given = await (await page.request.get(`/samples/${sample}`)).json();
  const { document } = forEveryStudent(given, 'Me');
  const address = frameAddress({
    embedUrl: new URL('/embed.html', baseURL).href,
    tag,
    attributes: { ...attributes, storage: 'local', 'storage-key': `${tag}-${width}` },
    document,
  });
  const code = frameCode({ address, title: 'The widget', height: 480 })
    .replace('width="100%"', `width="${width}"`).replace('width: 100%', `width: ${width}px`);
  await page.setViewportSize({ width: width + 40, height: 800 });
  await page.goto(platform.save(`/fixed/${tag}-${width}.html`, `<p><a href="#top">Before the widget</a></p>${code}`));
  const frame = page.frames().find((f) => f.url().startsWith(new URL('/embed.html', baseURL).href));
  await frame.locator(tag).evaluate((element) => new Promise((done) => {
    const ready = () => element.shadowRoot?.querySelector('button, [role="grid"], input, table');
    if (ready()) return done();
    const poll = setInterval(() => { if (ready()) { clearInterval(poll); done(); } }, 50);
  }));
  return frame;
}

/**
 * In the frame: the controls a student can Tab to that focus has not reached yet (one per radio
 * group; a roving-focus widget's one tabbable cell), described by tag and name.
 */
function unreached() {
  const all = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) walk(element.shadowRoot);
      const focusable = element.tabIndex >= 0 && !element.disabled && element.checkVisibility()
        && (element.matches('a[href], button, input, select, textarea, summary, [tabindex]'));
      if (focusable && !(element.type === 'radio' && !element.checked && all.some((e) => e.name === element.name))) all.push(element);
    }
  };
  walk(document);
  const reached = window.focusedControls ?? new Set();
  return all.filter((e) => !reached.has(e)).map((e) => `${e.localName} "${(e.getAttribute('aria-label') ?? e.textContent).trim().slice(0, 50)}"`);
}

/** In the frame: the focused control, and whether its centre is on screen and not covered. */
function focusedControl() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || active === document.body || !document.hasFocus()) return null;
  window.focusedControls ??= new Set();
  window.focusedControls.add(active);
  const box = active.getBoundingClientRect();
  const x = Math.min(box.left + box.width / 2, box.left + 20);
  const y = box.top + Math.min(box.height / 2, 12);
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  const onScreen = box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth
    && x >= 0 && x < innerWidth && y >= 0 && y < innerHeight;
  const name = active.getAttribute('aria-label') ?? active.labels?.[0]?.textContent ?? active.textContent;
  return {
    what: `${active.localName}${active.type ? `[${active.type}]` : ''} "${(name ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}"`,
    onScreen,
    // What is at that point is the control, something inside it, or its label.
    uncovered: Boolean(hit) && (hit === active || active.contains(hit) || hit.control === active),
    top: Math.round(box.top),
  };
}

for (const widget of WIDGETS) {
  for (const width of [375, 1024]) {
    test(`${widget.tag} in a fixed 480 px frame, ${width} px wide: every control reached by Tab and seen when focused`, async ({ page, baseURL }) => {
      test.slow();
      const frame = await coursePage(page, baseURL, widget, width);
      const seen = [];
      /** Presses `key` and records the control it focuses; false once focus has left the frame. */
      const press = async (key) => {
        await page.keyboard.press(key);
        const control = await frame.evaluate(focusedControl);
        if (control) seen.push(control);
        return Boolean(control);
      };
      /** Tabs from the host's link through the frame, until focus leaves it. */
      const tabThrough = async () => {
        const controls = (await frame.evaluate(unreached)).length;
        expect(controls).toBeGreaterThan(1);
        await page.getByRole('link', { name: 'Before the widget' }).focus();
        // A date field takes three Tabs (day, month, year), so allow more than one a control.
        for (let step = 0; step < controls * 3 && await press('Tab'); step += 1);
        expect(await frame.evaluate(unreached), 'controls Tab never reached').toEqual([]);
      };
      await tabThrough();
      if (widget.tag === 'learner-choice-board') {
        // Every cell of the 3 × 3 grid by arrows, then an activity picked: its details' controls too.
        const cell = frame.locator(widget.tag).getByRole('gridcell').first().getByRole('button');
        await cell.focus();
        const before = seen.length;
        for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowLeft', 'ArrowDown', 'ArrowRight', 'ArrowRight']) {
          await press(key);
        }
        expect(new Set(seen.slice(before).map((c) => c.what)).size, 'eight other cells').toBe(8);
        await press('Enter');
        await tabThrough();
      }
      const hidden = seen.filter((c) => !c.onScreen || !c.uncovered);
      expect(hidden, `controls not seen when focused: ${JSON.stringify(hidden)}`).toEqual([]);
      console.log(`[${widget.tag} ${width}] ${seen.length} focus moves, each to a control seen on screen`);
    });
  }
}

test('in a browser that blocks a framed page\'s storage, the student is told and can download their work', async ({ page, baseURL }) => {
  const frame = await coursePage(page, baseURL, WIDGETS[0], 1024);
  const board = frame.locator('learner-choice-board');
  await expect(board.getByText('Saving is not available here (the page does not allow storage). Your changes are kept only until you leave this page.')).toBeVisible();
  const poster = board.getByRole('button', { name: /Food web poster/ });
  await poster.press('Enter');
  await expect(poster).toHaveAttribute('aria-pressed', 'true');
  const download = page.waitForEvent('download');
  await board.getByRole('button', { name: 'Download my data' }).click();
  const saved = JSON.parse(await (await (await download).createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString()));
  expect(saved.selections.map((s) => s.activity)).toEqual(['food-web']);
});
