// Cold start of a page with learner widgets: from navigation start (performance.now() is 0 there)
// to every widget on the page drawn in its shadow DOM, and to the frame that shows them. The
// elements are in the page's HTML, as a host writes them (cold-ours.html: a profile;
// cold-progress.html, cold-choice.html, cold-all.html); this script gives each its document as
// soon as it runs, before the widget's module has arrived (the element takes the property over).
// Drawn: the profile's radar has its 12 points and shape, the tracker its domains' progress bars,
// the board its 9 cells.
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

const shown = [...document.querySelectorAll(Object.keys(WIDGETS).join(','))].map((el) => {
  const { data, drawn } = WIDGETS[el.localName];
  const doc = data();
  el.data = doc;
  return { el, doc, drawn };
});
const ready = () => shown.every(({ el, doc, drawn }) => drawn(el.shadowRoot, doc));

// Checked on every change in any of the shadow roots (an observer on the page does not see them),
// so to within a microtask; then the frame that shows them.
let done = false;
const finish = () => {
  if (done || !ready()) return;
  done = true;
  observer.disconnect();
  const rendered = performance.now();
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { window.benchResult = { rendered, painted: performance.now() }; };
    channel.port2.postMessage(null);
  });
};
const observer = new MutationObserver(finish);
for (const { el } of shown) {
  observer.observe(el.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
}
finish();
