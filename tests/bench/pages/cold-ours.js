// Cold start of a page with learner widgets: from navigation start (performance.now() is 0 there)
// to every widget on the page drawn in its shadow DOM, and to the frame that shows them. The
// elements are in the page's HTML, as a host writes them (cold-ours.html: a profile;
// cold-progress.html, cold-choice.html, cold-all.html); this script gives each its document as
// soon as it runs, before the widget's module has arrived (the element takes the property over).
// Drawn: the profile's radar has its 12 points and shape, the tracker its domains' progress bars,
// the board its 9 cells.
//
// A server-rendered page (server-*.html, written by run.js with dist/server.js's renderWidget) has
// each widget already in its HTML, in a declarative shadow root whose stylesheet is a <link>; its
// document is in the element's JSON child, so this script gives it none. There, "drawn" is when
// that stylesheet has arrived (the widget is in the DOM from the start), and "painted" the first
// frame that shows the widget styled: the first contentful paint if it came after the stylesheet,
// else (the browser painted the widget unstyled first) the frame after the stylesheet's load.
//
// Both kinds also record `interactive`: when every element's wasm core has started (the module
// arrived, the element left `:state(loading)`, `data` is no longer null) and its widget is drawn,
// so its controls answer; checked on every mutation in the shadow roots (hydrating drops Yew's
// markers, drawing adds the widget) and on every frame.
import { choiceBoard3, profile12, progress12 } from './data.js';

const WIDGETS = {
  'learner-profile': {
    data: profile12,
    drawn: (root, doc) => root.querySelectorAll('circle.radar-point').length === doc.dimensions.length
      && root.querySelector('polygon.radar-shape') !== null,
  },
  'learner-progress': {
    data: progress12,
    drawn: (root) => root.querySelectorAll('progress').length >= 3,
  },
  'learner-choice-board': {
    data: choiceBoard3,
    drawn: (root) => root.querySelectorAll('button.choice-cell').length === 9,
  },
};

const serverRendered = (el) => [...(el.shadowRoot?.children ?? [])].some((c) => c.hasAttribute('data-learner-server'));

const shown = [...document.querySelectorAll(Object.keys(WIDGETS).join(','))].map((el) => {
  const { data, drawn } = WIDGETS[el.localName];
  const doc = data();
  const server = serverRendered(el);
  if (!server) el.data = doc;
  return { el, doc, drawn, server };
});
const server = shown.some((s) => s.server);
const scriptStart = performance.now();

/** A frame after now: the time a message posted from its requestAnimationFrame callback runs. */
const nextFrame = () => new Promise((resolve) => {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  });
});

const result = {};
let painted = false;
let interactive = false;
// When each file of dist/ was requested and had arrived (the loader, the module, its wasm, the
// stylesheets), to see where the time to interactive goes.
const resources = () => performance.getEntriesByType('resource')
  .filter((e) => new URL(e.name).pathname.startsWith('/dist/'))
  .map((e) => ({ file: new URL(e.name).pathname.slice('/dist/'.length), start: e.startTime, end: e.responseEnd }));
const publish = () => {
  if (!painted || !interactive) return;
  result.resources = resources();
  window.benchResult = result;
};

// Layout shifts and paints of the whole load, for the server pages' flash-of-unstyled-content check.
const shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) shifts.push({ value: e.value, at: e.startTime });
}).observe({ type: 'layout-shift', buffered: true });
/** The paint timing entry `name`, once the browser has reported it (after the frame is presented). */
const paintEntry = (name) => new Promise((resolve) => {
  new PerformanceObserver((list, observer) => {
    const entry = list.getEntries().find((e) => e.name === name);
    if (!entry) return;
    observer.disconnect();
    resolve(entry.startTime);
  }).observe({ type: 'paint', buffered: true });
});

const isInteractive = () => shown.every(({ el, doc, drawn }) => customElements.get(el.localName)
  && !el.matches(':state(loading)') && el.data !== null && drawn(el.shadowRoot, doc));
const checkInteractive = () => {
  if (interactive || !isInteractive()) return;
  interactive = true;
  result.interactive = performance.now();
  nextFrame().then(() => {
    result.shifts = shifts;
    publish();
  });
};
const poll = () => {
  checkInteractive();
  if (!interactive) requestAnimationFrame(poll);
};
requestAnimationFrame(poll);

if (server) {
  // Each server root's stylesheet: when it had arrived (its resource timing), or when it does.
  const links = shown.map(({ el }) => el.shadowRoot.querySelector('link[rel=stylesheet]'));
  const arrived = (link) => new Promise((resolve) => {
    const entry = () => performance.getEntriesByName(link.href).find((e) => e.responseEnd > 0);
    if (link.sheet) {
      resolve({ at: entry()?.responseEnd ?? performance.now(), before: true });
      return;
    }
    link.addEventListener('load', () => resolve({ at: performance.now(), before: false }), { once: true });
  });
  Promise.all(links.map(arrived)).then(async (styled) => {
    const at = Math.max(...styled.map((s) => s.at));
    result.rendered = at;
    result.scriptStart = scriptStart;
    result.styledBeforeScript = styled.every((s) => s.before);
    const frame = await nextFrame();
    const [fp, fcp] = await Promise.all([paintEntry('first-paint'), paintEntry('first-contentful-paint')]);
    result.fcp = fcp;
    result.fp = fp;
    // Painted unstyled first: the widget shown styled in the first frame after the stylesheet
    // (measured from here when it arrived after this script ran; an upper bound otherwise).
    result.unstyledPaint = fcp < at;
    result.painted = fcp >= at ? fcp : frame;
    painted = true;
    publish();
  });
} else {
  const ready = () => shown.every(({ el, doc, drawn }) => drawn(el.shadowRoot, doc));
  // Checked on every change in any of the shadow roots (an observer on the page does not see them),
  // so to within a microtask; then the frame that shows them.
  let done = false;
  const finish = () => {
    if (done || !ready()) return;
    done = true;
    result.rendered = performance.now();
    nextFrame().then((frame) => {
      result.painted = frame;
      painted = true;
      publish();
    });
  };
  const observer = new MutationObserver(() => {
    finish();
    checkInteractive();
  });
  for (const { el } of shown) {
    observer.observe(el.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
  }
  finish();
}
if (server) {
  const observer = new MutationObserver(checkInteractive);
  for (const { el } of shown) {
    observer.observe(el.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
  }
}
checkInteractive();
