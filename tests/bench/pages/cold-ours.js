// Cold start of a page with learner widgets: from navigation start (performance.now() is 0 there)
// to every widget drawn in its shadow DOM, and to the frame that shows them. `?widgets=` names
// them (profile, progress, choice; default profile): the profile's radar has its 12 points and
// shape, the tracker its progress bars, the board its grid of cells.
import { choiceBoard3, profile12, progress12 } from './data.js';

const WIDGETS = {
  profile: {
    tag: 'learner-profile',
    data: profile12,
    drawn: (root, doc) => root.querySelectorAll('circle.radar-point').length === doc.dimensions.length
      && root.querySelector('polygon.radar-shape') !== null,
  },
  progress: {
    tag: 'learner-progress',
    data: progress12,
    drawn: (root) => root.querySelector('[role="progressbar"]') !== null,
  },
  choice: {
    tag: 'learner-choice-board',
    data: choiceBoard3,
    drawn: (root) => root.querySelectorAll('[role="gridcell"], .choice-grid button').length >= 9,
  },
};

const names = (new URLSearchParams(location.search).get('widgets') ?? 'profile').split(',');
const main = document.querySelector('main');
const shown = names.map((name) => {
  const { tag, data, drawn } = WIDGETS[name];
  const el = document.createElement(tag);
  // As a host does: set the data at once, before the widget's module has loaded; it takes it over.
  const doc = data();
  el.data = doc;
  main.append(el);
  return { el, doc, drawn };
});
const ready = () => shown.every(({ el, doc, drawn }) => drawn(el.shadowRoot, doc));

// Checked on every change in any of the shadow roots (an observer on the page does not see them),
// so to within a microtask; then the frame that shows them.
const observer = new MutationObserver(() => {
  if (!ready()) return;
  observer.disconnect();
  const rendered = performance.now();
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { window.benchResult = { rendered, painted: performance.now() }; };
    channel.port2.postMessage(null);
  });
});
for (const { el } of shown) {
  observer.observe(el.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
}
