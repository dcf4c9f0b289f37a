// `learner-widgets/server`: the learner elements drawn to HTML on a Node server (Next.js, Astro,
// Express, a static site build), so the page shows the widget before any script runs. Each
// element comes with its widget in a declarative shadow root and its document in a child script;
// in the browser, `learner-widgets.js` loads the widget's `-hydrate` module, which adopts those
// nodes and makes them interactive.
//
//   import { renderWidget } from 'learner-widgets/server';
//   const html = await renderWidget('learner-profile', profile, { assets: '/static/learner-widgets/' });

import { readFileSync } from 'node:fs';
import { initSync, renderElement, addWords, preloadLinks as links } from './learner-server-wasm.js';

const TAGS = ['learner-profile', 'learner-progress', 'learner-choice-board'];
/** The languages with word tables besides English, which the module carries. */
const LANGUAGES = ['es', 'ar'];

let started = false;
const wordsAdded = new Set();

function start() {
  if (started) return;
  initSync({ module: readFileSync(new URL('./learner-server-wasm_bg.wasm', import.meta.url)) });
  started = true;
}

/** All three widgets' words in `lang` (`es-MX` → `es`), added once; English needs none. */
function speak(lang) {
  const language = (lang ?? '').split('-')[0].toLowerCase();
  if (!LANGUAGES.includes(language) || wordsAdded.has(language)) return;
  const words = TAGS.map((tag) => readFileSync(new URL(`./${tag}.${language}.txt`, import.meta.url), 'utf8'));
  addWords(language, words.join('\n'));
  wordsAdded.add(language);
}

/** The server's date, `YYYY-MM-DD`, as the browser's `today` default is the browser's. */
function serverToday() {
  const now = new Date();
  const two = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/**
 * The HTML of `<tag>` showing `document` (an object or JSON text).
 *
 * options.attributes  written on the element: { id, view, mode, storage, lang, today, … }
 * options.lang        the page's language, when the element has no `lang` attribute
 * options.today       `YYYY-MM-DD` for pacing, when the element has no `today` (default: the server's date)
 * options.assets      the URL the package's files are served from, ending in `/`
 * options.width       the width (CSS px) the radar will be shown at, when the host knows it (a
 *                     phone's): laid out so on the server, it does not move when the browser has
 *                     measured it. Default: the widest layout (560)
 * options.preload     false to leave out the two links before the element that fetch the widget's
 *                     hydrating module with the page (put `preloadLinks` in the <head> instead,
 *                     or leave it to the loader). Default: true
 * options.userAgent   the browser's User-Agent header, when you pass it on: Safari and every iOS
 *                     browser (WebKit) download a preloaded wasm twice, so they get only the
 *                     glue's link
 * options.onError     called with the `learner-error` detail when the document is refused
 *                     (the HTML then shows why, as the browser would)
 */
export async function renderWidget(tag, document, options = {}) {
  if (!TAGS.includes(tag)) {
    throw new TypeError(`${JSON.stringify(tag)} is not a learner element: ${TAGS.join(', ')}`);
  }
  start();
  const attributes = Object.entries(options.attributes ?? {})
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .flatMap(([name, value]) => [name, value === true ? '' : String(value)]);
  const lang = options.attributes?.lang ?? options.lang ?? null;
  speak(lang);
  const text = typeof document === 'string' ? document : JSON.stringify(document);
  const { html, error } = await renderElement(tag, text ?? 'null', attributes, {
    lang,
    today: options.today ?? serverToday(),
    assets: options.assets ?? '',
    width: options.width,
    preload: options.preload !== false,
    userAgent: options.userAgent,
  });
  if (error && typeof options.onError === 'function') options.onError(error);
  return html;
}

/**
 * The links that fetch `tag`'s hydrating module with the page (its glue and its wasm), for the
 * page's <head>: the widget is interactive sooner than when the loader asks for it.
 */
export function preloadLinks(tag, options = {}) {
  if (!TAGS.includes(tag)) {
    throw new TypeError(`${JSON.stringify(tag)} is not a learner element: ${TAGS.join(', ')}`);
  }
  start();
  return links(tag, options.assets ?? '', options.userAgent);
}
