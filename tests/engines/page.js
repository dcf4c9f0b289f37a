// What the engines suite asks a page through WebDriver. Functions named `in…` run in the page
// (their source is sent with execute script, so they use nothing from this module).
import { Key } from 'selenium-webdriver';

/** Runs `fn` in the page with `args` (JSON values); resolves to its (awaited) result. */
export function inPage(driver, fn, ...args) {
  return driver.executeScript(`return (${fn}).apply(null, arguments)`, ...args);
}

/** Polls `read` until `ok(value)`; resolves to the last value, or throws with `message(value)`. */
export async function eventually(read, ok, message, timeout = 5000) {
  const until = Date.now() + timeout;
  let value;
  for (;;) {
    value = await read();
    if (ok(value)) return value;
    if (Date.now() > until) throw new Error(typeof message === 'function' ? message(value) : message);
    await new Promise((resolve) => { setTimeout(resolve, 100); });
  }
}

/** The element a widget of each kind draws once it has a document: a chart, a table, a list, a board. */
const CONTENT = {
  'learner-profile': 'svg, table',
  'learner-progress': 'ul, ol, table',
  'learner-choice-board': 'button.choice-cell',
};

/**
 * In the page: every widget's state, what the recorder (recorder.js) has recorded, the page's
 * links and every resource it requested. A widget's state is 'content' (its chart, table, list or
 * board is drawn), 'error' (it shows why it cannot show its document), 'no-document' (it is started
 * and says it has nothing to show yet) or 'not-started' (its shadow root has no content).
 */
function inPageState(content) {
  const widgets = [...document.querySelectorAll('learner-profile, learner-progress, learner-choice-board')]
    .map((element) => {
      const root = element.shadowRoot?.querySelector('.learner-root');
      const error = element.shadowRoot?.querySelector('[part="error"]');
      // What the loader says when the widget cannot start (its module failed, stopped or is missing).
      const loadError = element.shadowRoot?.querySelector('[part="load-error"]');
      const box = root?.getBoundingClientRect();
      const text = (root?.innerText ?? '').trim();
      let state = 'not-started';
      if (root && error) state = 'error';
      else if (root && text && root.querySelector(content[element.localName])) state = 'content';
      else if (root && text) state = 'no-document';
      return {
        key: element.id || element.localName,
        tag: element.localName,
        state,
        title: text.split('\n')[0].slice(0, 80),
        error: error ? error.innerText.replace(/\s+/g, ' ').slice(0, 200) : null,
        loadError: loadError ? loadError.textContent.replace(/\s+/g, ' ').slice(0, 300) : null,
        drawn: Boolean(box && box.width > 0 && box.height > 0),
        lang: root?.getAttribute('lang') ?? null,
        dir: root?.getAttribute('dir') ?? null,
      };
    });
  return {
    recorded: Array.isArray(window.__engineProblems),
    problems: [...(window.__engineProblems ?? [])],
    warnings: [...(window.__engineWarnings ?? [])],
    learnerErrors: [...(window.__engineLearnerErrors ?? [])],
    widgets,
    frames: document.querySelectorAll('iframe').length,
    links: [...document.querySelectorAll('a[href], img[src], link[href]')].map((el) => el.href || el.src),
    requests: performance.getEntriesByType('resource').map((entry) => entry.name),
    origin: location.origin,
    readyState: document.readyState,
  };
}

/** The state of the current page (or frame) as inPageState gives it. */
export const pageState = (driver) => inPage(driver, inPageState, CONTENT);

/**
 * Waits until the page has loaded and every widget is in the state `expected` gives it by its key
 * (its id, or its tag when it has none; 'content' for any not named), then a moment more for late
 * errors, and returns the state. Throws naming the widgets that never got there.
 */
export async function settle(driver, expected = {}, timeout = 20_000) {
  const want = (widget) => expected[widget.key] ?? 'content';
  await eventually(() => pageState(driver),
    (s) => s.readyState === 'complete' && s.widgets.every((w) => w.state === want(w)),
    (s) => `widgets not as expected after ${timeout / 1000} s: ${s.widgets
      .filter((w) => w.state !== want(w))
      .map((w) => `${w.key} is ${w.state}${w.error ? ` (${w.error})` : ''}${
        w.loadError ? ` (load-error: ${w.loadError})` : ''}, expected ${want(w)}`)
      .join('; ') || `the page is ${s.readyState}`}${
      s.problems.length ? `; the page recorded: ${s.problems.join('; ')}` : ''}${
      s.learnerErrors.length ? `; learner-error: ${s.learnerErrors
        .map((e) => `${e.id || e.tag} ${e.code} ${e.message}`).join('; ')}` : ''}`,
    timeout);
  await new Promise((resolve) => { setTimeout(resolve, 500); });
  return pageState(driver);
}

/** In the page: the focused control, through shadow roots: its host, tag, id, name and state. */
function inFocused() {
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const root = el.getRootNode();
  const host = root instanceof ShadowRoot ? root.host : null;
  const labelled = el.getAttribute('aria-labelledby');
  const name = el.getAttribute('aria-label')
    ?? (labelled && root.getElementById?.(labelled)?.textContent)
    ?? el.labels?.[0]?.textContent
    ?? el.textContent;
  return {
    host: host ? host.id || host.localName : null,
    tag: el.localName,
    id: el.id || null,
    name: (name ?? '').replace(/\s+/g, ' ').trim(),
    pressed: el.getAttribute('aria-pressed'),
    valuetext: el.getAttribute('aria-valuetext'),
    focusVisible: el.matches(':focus-visible'),
  };
}

export const focused = (driver) => inPage(driver, inFocused);

/** "host tag name", to compare and to show in messages. */
export const said = (f) => (f ? `#${f.host} ${f.tag} "${f.name}"` : '(nothing)');

/** Waits until the focused control matches `expected` (host, tag, id, name prefix); returns it. */
export async function expectFocus(driver, expected, why) {
  const matches = (f) => f && Object.entries(expected).every(([key, value]) => (key === 'name'
    ? f.name.startsWith(value) : f[key] === value));
  return eventually(() => focused(driver), matches,
    (f) => `${why}: focus is on ${said(f)}, expected ${JSON.stringify(expected)}`);
}

/** Puts focus on a button inserted just before the element `id`, as the Chromium suite does. */
export function focusBefore(driver, id) {
  return inPage(driver, (hostId) => {
    const host = document.getElementById(hostId);
    let start = document.getElementById(`before-${hostId}`);
    if (!start) {
      start = document.createElement('button');
      start.id = `before-${hostId}`;
      start.textContent = `Before ${hostId}`;
      host.before(start);
    }
    start.focus();
  }, id);
}

/** Focuses the first element in the shadow root of `#id` that matches `selector` (and has `text`). */
export function focusIn(driver, id, selector, text) {
  return inPage(driver, (hostId, css, words) => {
    const found = [...document.getElementById(hostId).shadowRoot.querySelectorAll(css)]
      .find((el) => !words || el.textContent.replace(/\s+/g, ' ').trim().startsWith(words));
    if (!found) throw new Error(`no ${css} ${words ?? ''} in #${hostId}`);
    found.focus();
  }, id, selector, text ?? null);
}

/** Presses keys as a person does, one after the other: 'Tab', 'Shift+Tab', 'Control+Home', ... */
export async function press(driver, ...keys) {
  const names = {
    Tab: Key.TAB, Enter: Key.ENTER, Space: Key.SPACE, Escape: Key.ESCAPE, Home: Key.HOME, End: Key.END,
    ArrowLeft: Key.ARROW_LEFT, ArrowRight: Key.ARROW_RIGHT, ArrowUp: Key.ARROW_UP, ArrowDown: Key.ARROW_DOWN,
    Shift: Key.SHIFT, Control: Key.CONTROL,
  };
  for (const combo of keys) {
    const parts = combo.split('+').map((part) => {
      if (!names[part]) throw new Error(`unknown key ${part}`);
      return names[part];
    });
    const key = parts.pop();
    let actions = driver.actions();
    for (const modifier of parts) actions = actions.keyDown(modifier);
    actions = actions.sendKeys(key);
    for (const modifier of parts.reverse()) actions = actions.keyUp(modifier);
    await actions.perform();
  }
}

/** In the page: an attribute of, or the text of, the first match of `selector` in `#id`'s shadow root. */
export function shadowQuery(driver, id, selector, attribute) {
  return inPage(driver, (hostId, css, name) => {
    const el = document.getElementById(hostId)?.shadowRoot?.querySelector(css);
    if (!el) return null;
    return name ? el.getAttribute(name) : el.textContent.replace(/\s+/g, ' ').trim();
  }, id, selector, attribute ?? null);
}
