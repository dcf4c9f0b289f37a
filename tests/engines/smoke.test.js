// The end-to-end smoke tests in the engines besides Chromium: Firefox ESR and WebKitGTK (Safari's
// engine, as on school iPads), through WebDriver. For each engine:
// - every page of the site and the examples (found by site.js), and the gallery in Spanish and
//   Arabic: every widget draws its document (or, where the page shows a bad one on purpose, says
//   why it cannot), nothing logs an error, throws, breaks the page's policy or fires an unexpected
//   `learner-error`, and nothing is requested from another origin;
// - the keyboard basics of each widget, as tests/e2e/keyboard.spec.js has them in Chromium;
// - numbers written as in every other engine, for each language (numbers.js);
// - the widgets of a page drawn on the server hydrate (the server's roots kept) and work.
// `cargo xtask test` runs it after the Playwright suite, against the same served site
// (LEARNER_BASE_URL); ENGINES=firefox or ENGINES=webkit runs one engine.
import { describe, test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { startEngine, freePort } from './drivers.js';
import { startProxy, PROBE_PATH } from './proxy.js';
import { sitePages } from './site.js';
import {
  inPage, eventually, pageState, settle, focused, said, expectFocus, focusBefore, focusIn, press,
  shadowQuery,
} from './page.js';
import { NUMBER_CASES, readNumbers, numberProblems } from './numbers.js';

const BASE = new URL(process.env.LEARNER_BASE_URL ?? 'http://127.0.0.1:8080').origin;
const ENGINES = (process.env.ENGINES ?? 'firefox,webkit').split(',').map((e) => e.trim()).filter(Boolean);
const TIMEOUT = 120_000;

const { pages: PAGES, addresses: ADDRESSES } = await sitePages(BASE);
// The documents the Chromium crawl requires (tests/e2e/site.spec.js) are among them.
for (const page of ['/', '/guide/', '/guide/integrator-guide.html', '/guide/architecture.html',
  '/designer.html', '/examples/', '/examples/plain-html.html', '/examples/iframe-lms.html']) {
  if (!PAGES.includes(page)) throw new Error(`the site has no ${page}: found ${PAGES.join(', ')}`);
}

/**
 * Widgets that are not to draw a document: the gallery's and the designer's bad documents, shown
 * on purpose, say why they cannot ('error', and they fire `learner-error`); the bare frame page,
 * visited without a document, says it has none yet.
 */
const EXPECTED = {
  '/': { 'profile-invalid': 'error' },
  '/designer.html': { 'preview-error': 'error' },
  '/embed.html': { 'learner-profile': 'no-document' },
};

/** The gallery in each language it offers, beside the pages the crawl finds. */
const LANGUAGES = [['/?lang=es', 'es', 'ltr'], ['/?lang=ar', 'ar', 'rtl']];

let proxy;
before(async () => {
  proxy = await startProxy(BASE, process.env.ENGINES_PORT_BASE ? await freePort() : 0);
});
after(async () => { await proxy?.close(); });

/** Everything wrong on the page or frame whose state is `state` (from pageState). */
function problemsOf(state, path, frameOrigin) {
  const problems = [];
  if (!state.recorded) problems.push('the error recorder did not run in this page');
  problems.push(...state.problems);
  const expected = EXPECTED[path] ?? {};
  for (const event of state.learnerErrors) {
    const key = event.id || event.tag;
    if (expected[key] !== 'error') problems.push(`learner-error from ${key}: ${event.code} ${event.message}`);
  }
  for (const [key, want] of Object.entries(expected)) {
    if (want === 'error' && !state.learnerErrors.some((e) => (e.id || e.tag) === key)) {
      problems.push(`#${key} shows its bad document but no learner-error was recorded`);
    }
  }
  for (const widget of state.widgets) {
    if (widget.state === 'content' && !widget.drawn) problems.push(`${widget.key} has no size on the page`);
  }
  for (const request of state.requests) {
    const { origin } = new URL(request);
    if (origin !== state.origin && origin !== frameOrigin && !request.startsWith('data:')) {
      problems.push(`request outside the origin: ${request}`);
    }
  }
  return problems;
}

/** Same-origin links the page shows that the crawl did not find (a script's links, say). */
function unknownLinks(state) {
  return state.links.filter((link) => {
    const url = new URL(link);
    url.hash = '';
    if (url.origin !== state.origin) return false;
    return !ADDRESSES.has(url.href.replace(state.origin, BASE));
  });
}

for (const name of ENGINES) {
  describe(name, { concurrency: 1 }, () => {
    let engine;
    let driver;
    before(async () => {
      engine = await startEngine(name);
      driver = engine.driver;
      console.log(`${name}: ${engine.version}`);
    }, { timeout: TIMEOUT });
    after(async () => { await engine?.quit(); });
    // A test that failed inside a frame leaves the next one on the page itself.
    afterEach(async () => {
      if (!driver) return;
      try { await driver.switchTo().defaultContent(); } catch { /* no page */ }
    });

    const open = async (path, expected) => {
      await driver.get(`${proxy.url}${path}`);
      const state = await settle(driver, expected);
      // Not a failure, but worth seeing: a module started again after a trap says so here.
      for (const warning of state.warnings) console.log(`${name} ${path}: the page warned: ${warning}`);
      return state;
    };

    // The error checks below are only as good as the recorder: here it must catch one of each.
    test('the error recorder catches every kind of problem in this engine', { timeout: TIMEOUT }, async () => {
      const state = await open(PROBE_PATH, { 'probe-bad': 'error' });
      const caught = (pattern) => state.problems.some((p) => pattern.test(p));
      const missed = [
        /^console error: probe: logged Error: probe: an error object$/,
        /^uncaught: .*probe: thrown/,
        /^unhandled rejection: Error: probe: rejected$/,
        /^policy violation: require-trusted-types-for /,
        /^policy violation: connect-src /,
        /^failed to load: <img> .*no-such-image\.png$/,
      ].filter((pattern) => !caught(pattern)).map(String);
      assert.deepEqual(missed, [], `recorded: ${JSON.stringify(state.problems)}`);
      assert.deepEqual(state.learnerErrors.map((e) => `${e.id} ${e.code}`), ['probe-bad invalid-document']);
    });

    for (const path of PAGES) {
      test(`${path} renders every widget with no error`, { timeout: TIMEOUT }, async () => {
        const state = await open(path, EXPECTED[path]);
        // The iframe example frames widgets from the other loopback name: the example's point.
        const frameOrigin = path.startsWith('/examples/iframe')
          ? `http://localhost:${new URL(proxy.url).port}` : null;
        const problems = problemsOf(state, path, frameOrigin).map((p) => `${path}: ${p}`);
        const missed = unknownLinks(state);
        assert.deepEqual(missed, [], `${path} links to pages the crawl did not visit`);
        // Each frame's widget too (the iframe example frames them from the other origin).
        for (let index = 0; index < state.frames; index += 1) {
          await driver.switchTo().frame(index);
          const inside = await settle(driver, {});
          assert.ok(inside.widgets.length > 0, `${path}: frame ${index} has no widget`);
          problems.push(...problemsOf(inside, '(frame)', inside.origin).map((p) => `${path} frame ${index}: ${p}`));
          await driver.switchTo().defaultContent();
        }
        assert.deepEqual(problems, []);
      });
    }

    test('/examples/server-rendered.html: the widgets the server drew are hydrated, not drawn again, and work', { timeout: TIMEOUT }, async () => {
      const state = await open('/examples/server-rendered.html', {});
      assert.deepEqual(problemsOf(state, '/examples/server-rendered.html'), []);
      const roots = await inPage(driver, () => ['server-profile', 'server-progress', 'server-choice'].map((id) => {
        const root = document.getElementById(id).shadowRoot;
        const server = [...root.children].filter((c) => c.localName === 'div' && c.hasAttribute('data-learner-server'));
        return `${id}: ${server.length} server root, ${root.querySelectorAll('[part=base]').length} widget`;
      }));
      assert.deepEqual(roots, ['server-profile', 'server-progress', 'server-choice'].map((id) => `${id}: 1 server root, 1 widget`));
      // The hydrating modules, each fetched once: the page was drawn for this browser's user
      // agent, and WebKit, which would fetch a preloaded wasm twice, is not given that link.
      const hydrating = await inPage(driver, () => performance.getEntriesByType('resource')
        .filter((e) => e.name.endsWith('_bg.wasm'))
        .map((e) => e.name.split('/').pop()).sort());
      assert.deepEqual(hydrating, ['learner-choice-board-hydrate_bg.wasm', 'learner-profile-hydrate_bg.wasm', 'learner-progress-hydrate_bg.wasm']);
      const preloaded = await inPage(driver, () => document.querySelectorAll('link[rel=preload][href$="_bg.wasm"]').length);
      assert.equal(preloaded, name === 'webkit' ? 0 : 3, 'wasm preload links');
      const pressMap = () => inPage(driver, () => {
        const map = [...document.getElementById('server-progress').shadowRoot.querySelectorAll('button')]
          .find((b) => b.textContent.trim() === 'Map');
        map.click();
        return map.getAttribute('aria-pressed');
      });
      await eventually(pressMap, (pressed) => pressed === 'true', 'Map, clicked, is pressed: the hydrated tracker works');
    });

    for (const [path, lang, dir] of LANGUAGES) {
      test(`${path}: the gallery shows every widget in ${lang}, ${dir}, with no error`, { timeout: TIMEOUT }, async () => {
        const state = await open(path, EXPECTED['/']);
        assert.deepEqual(problemsOf(state, '/'), []);
        const wrong = state.widgets.filter((w) => w.state === 'content' && (w.lang !== lang || w.dir !== dir));
        assert.deepEqual(wrong.map((w) => `${w.key}: lang=${w.lang} dir=${w.dir}`), []);
      });
    }

    describe('keyboard', { concurrency: 1 }, () => {
      const gallery = async () => {
        await open('/', EXPECTED['/']);
      };
      const clean = async () => {
        const state = await pageState(driver);
        assert.deepEqual(problemsOf(state, '/'), [], 'the page after the keys');
      };

      test('learner-profile: Tab reaches the view buttons; Enter and Space switch views, focus stays', { timeout: TIMEOUT }, async () => {
        await gallery();
        const chart = (label) => shadowQuery(driver, 'profile-ana', `[role="group"][aria-label^="${label}"]`, 'aria-label');
        await focusBefore(driver, 'profile-ana');
        await press(driver, 'Tab');
        await expectFocus(driver, { host: 'profile-ana', tag: 'button', name: 'Radar', pressed: 'true' }, 'Tab into the profile');
        await press(driver, 'Tab');
        await expectFocus(driver, { host: 'profile-ana', tag: 'button', name: 'Profile' }, 'the next Tab');
        await press(driver, 'Enter');
        await eventually(() => chart('Profile of Ana García'), Boolean, 'Enter on Profile shows the profile view');
        await expectFocus(driver, { host: 'profile-ana', name: 'Profile', pressed: 'true' }, 'after Enter');
        await press(driver, 'Shift+Tab');
        await expectFocus(driver, { host: 'profile-ana', name: 'Radar', pressed: 'false' }, 'Shift+Tab');
        await press(driver, 'Space');
        await eventually(() => chart('Jagged profile of Ana García'), Boolean, 'Space on Radar shows the radar');
        await expectFocus(driver, { host: 'profile-ana', name: 'Radar', pressed: 'true' }, 'after Space');
        const f = await focused(driver);
        assert.equal(f.focusVisible, true, `${said(f)} shows focus`);
        await clean();
      });

      test('learner-profile self mode: arrow keys, Home and End rate on the slider', { timeout: TIMEOUT }, async () => {
        await gallery();
        await inPage(driver, () => {
          const root = document.getElementById('profile-self').shadowRoot;
          const label = [...root.querySelectorAll('label.self-label')].find((l) => l.textContent.trim() === 'Fractions');
          root.getElementById(label.htmlFor).focus();
        });
        await expectFocus(driver, { host: 'profile-self', tag: 'input', name: 'Fractions', valuetext: '30' }, 'the Fractions slider');
        for (const [key, value] of [['ArrowRight', '35'], ['ArrowUp', '40'], ['ArrowLeft', '35'],
          ['ArrowDown', '30'], ['End', '100'], ['Home', '0']]) {
          await press(driver, key);
          await expectFocus(driver, { host: 'profile-self', name: 'Fractions', valuetext: value }, `${key} on the slider`);
        }
        // The chart follows: Fractions' point says the learner's own rating.
        await eventually(() => inPage(driver, () => [...document.getElementById('profile-self').shadowRoot
          .querySelectorAll('[aria-label^="Fractions: 38"]')].map((el) => el.getAttribute('aria-label')).join('|')),
        (labels) => labels.includes('your rating 0'), (labels) => `the chart's Fractions point says ${labels}`);
        await clean();
      });

      test('learner-progress: Tab order to an explanation; Enter opens it, Space closes it; Enter switches to the map', { timeout: TIMEOUT }, async () => {
        await gallery();
        await focusBefore(driver, 'progress-ana');
        await press(driver, 'Tab');
        await expectFocus(driver, { host: 'progress-ana', tag: 'button', name: 'List', pressed: 'true' }, 'Tab into the progress');
        // The views, the next step's link, the first explanation, its link: the 7th stop.
        for (let i = 0; i < 6; i += 1) await press(driver, 'Tab');
        await expectFocus(driver, { host: 'progress-ana', tag: 'summary', name: 'Why Near?' }, 'seven Tabs in');
        const open = () => inPage(driver, () => [...document.getElementById('progress-ana').shadowRoot.querySelectorAll('details')]
          .find((d) => d.querySelector('summary').textContent.trim() === 'Why Near?').open);
        assert.equal(await open(), false);
        await press(driver, 'Enter');
        await eventually(open, (o) => o === true, 'Enter opens "Why Near?"');
        await press(driver, 'Space');
        await eventually(open, (o) => o === false, 'Space closes "Why Near?"');
        await focusIn(driver, 'progress-ana', 'button', 'Map');
        await press(driver, 'Enter');
        await eventually(() => shadowQuery(driver, 'progress-ana', '[aria-label^="Map of prerequisites"]', 'aria-label'),
          Boolean, 'Enter on Map shows the map');
        await expectFocus(driver, { host: 'progress-ana', tag: 'button', name: 'Map', pressed: 'true' }, 'after Enter on Map');
        await clean();
      });

      test('learner-choice-board: one Tab stop; arrows, Home, End and Control+Home move; Enter and Space pick and unpick', { timeout: TIMEOUT }, async () => {
        await gallery();
        await focusBefore(driver, 'choice-learner');
        await press(driver, 'Tab');
        await expectFocus(driver, { host: 'choice-learner', id: 'choice-cell-0', name: 'Food web poster' }, 'Tab into the board');
        await press(driver, 'Tab');
        const after = await focused(driver);
        assert.notEqual(after?.host, 'choice-learner', `the grid is one Tab stop, but the next Tab went to ${said(after)}`);
        await focusIn(driver, 'choice-learner', '#choice-cell-0');
        for (const [key, index] of [['ArrowRight', 1], ['ArrowDown', 4], ['Home', 3], ['End', 5],
          ['Control+Home', 0], ['ArrowRight', 1]]) {
          await press(driver, key);
          await expectFocus(driver, { host: 'choice-learner', id: `choice-cell-${index}` }, `${key}`);
        }
        const pressed = () => shadowQuery(driver, 'choice-learner', '#choice-cell-1', 'aria-pressed');
        assert.equal(await pressed(), 'false');
        await press(driver, 'Enter');
        await eventually(pressed, (p) => p === 'true', 'Enter picks the focused activity');
        await eventually(() => shadowQuery(driver, 'choice-learner', '[role="status"]'), (s) => s?.includes('Picked'),
          (s) => `the live region says "${s}"`);
        await expectFocus(driver, { host: 'choice-learner', id: 'choice-cell-1' }, 'after Enter');
        await press(driver, 'Space');
        await eventually(pressed, (p) => p === 'false', 'Space unpicks it');
        await expectFocus(driver, { host: 'choice-learner', id: 'choice-cell-1' }, 'after Space');
        await clean();
      });

      test('an Arabic choice board: ArrowLeft moves forward and ArrowRight back', { timeout: TIMEOUT }, async () => {
        await gallery();
        await inPage(driver, async () => {
          const board = document.createElement('learner-choice-board');
          board.id = 'arabic-board';
          board.setAttribute('lang', 'ar');
          board.data = await (await fetch('/samples/choice-bingo.json')).json();
          document.querySelector('main').append(board);
        });
        await settle(driver, EXPECTED['/']);
        assert.equal(await shadowQuery(driver, 'arabic-board', '.learner-root', 'dir'), 'rtl');
        await focusIn(driver, 'arabic-board', '#choice-cell-0');
        await press(driver, 'ArrowLeft');
        await expectFocus(driver, { host: 'arabic-board', id: 'choice-cell-1' }, 'ArrowLeft in a right-to-left grid');
        await press(driver, 'ArrowRight');
        await expectFocus(driver, { host: 'arabic-board', id: 'choice-cell-0' }, 'ArrowRight in a right-to-left grid');
        await clean();
      });
    });

    describe('numbers', { concurrency: 1 }, () => {
      for (const expected of NUMBER_CASES) {
        test(`numbers in lang="${expected.lang}" are written as in every engine`, { timeout: TIMEOUT }, async () => {
          await open('/', EXPECTED['/']);
          const seen = await inPage(driver, readNumbers, expected.lang);
          assert.deepEqual(numberProblems(expected, seen), []);
        });
      }
    });
  });
}
