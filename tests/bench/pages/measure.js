// In-page measurements, in milliseconds from performance.now(). Each resolves with
// `{ set, dom, frame }`: `set` when the change itself returned (setting `data` returns once the
// element has turned the object into JSON and the wasm has parsed and checked it; Yew renders in a
// microtask after that), `dom` when the change is in the element's shadow DOM (checked on every
// DOM mutation, so to within a microtask), `frame` when the frame showing it has been rendered (a
// requestAnimationFrame callback, then a message posted from it, which runs after that frame's
// style, layout and paint).
//
// heatmapUpdates is self-contained (it uses nothing from this module's scope) so that a test can
// pass it to Playwright's page.evaluate on a page that does not load this file.

/** Runs `act`, then waits until `ready()` holds in `root` and for the frame that shows it. */
export function settle(root, ready, act, start = performance.now()) {
  return new Promise((resolve, reject) => {
    let finished = false;
    let set;
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('the change never appeared (60 s)'));
    }, 60_000);
    const check = () => {
      if (finished || !ready()) return;
      finished = true;
      const dom = performance.now() - start;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ set: set ?? dom, dom, frame: performance.now() - start });
        channel.port2.postMessage(null);
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    act();
    set = performance.now() - start;
    check();
  });
}

/** Adds `<tag>` with `attributes` to the page, defined and empty, and returns it. */
export async function addElement(tag, attributes = {}) {
  await customElements.whenDefined(tag);
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.querySelector('main').append(el);
  // Let the empty widget mount first (its module loaded, its empty state drawn): the measure
  // starts at the data, not at the element or its module.
  while (!el.shadowRoot?.querySelector('.learner-root')) {
    await new Promise((resolve) => { setTimeout(resolve, 10); });
  }
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return el;
}

/**
 * The host adds one evidence item, `count` times, each on a learner and competency that had no
 * evidence yet (a single score of 4 masters it), and waits until the heatmap counts it. The
 * host's document is `window.hostClass`, shown by the element `selector`. `by` is how the host
 * gives the item: `addEvidence` (the element's incremental update) or `data` (the host pushes it
 * to its own document and sets `data` to the whole class again).
 */
export async function heatmapUpdates({ selector, count, by = 'addEvidence' }) {
  const el = document.querySelector(selector);
  const doc = window.hostClass;
  const root = el.shadowRoot;
  const mastered = () => {
    const label = root.querySelector('svg.heatmap')?.getAttribute('aria-label') ?? '';
    // "…; 5,123 of 9,000 mastered." (grouped as the element's language writes numbers).
    return Number(/; ([\d,]+) of [\d,]+ mastered\.$/.exec(label)?.[1].replaceAll(',', '') ?? NaN);
  };
  const empty = [];
  doc.learners.forEach((record, l) => {
    const assessed = new Set(record.evidence.map((e) => e.competency));
    for (const c of doc.framework.competencies) if (!assessed.has(c.id)) empty.push([l, c.id]);
  });
  if (empty.length < count) throw new Error(`only ${empty.length} unassessed cells for ${count} updates`);
  const step = Math.floor(empty.length / count);
  const times = [];
  for (let i = 0; i < count; i += 1) {
    const [learner, competency] = empty[i * step];
    const want = mastered() + 1;
    // The host keeps its own copy in step either way (so a later `data` holds every update).
    const evidence = { competency, score: 4, date: '2026-10-15', source: 'Update' };
    doc.learners[learner].evidence.push(evidence);
    times.push(await new Promise((resolve, reject) => {
      let finished = false;
      let set;
      const start = performance.now();
      const timer = setTimeout(() => reject(new Error(`update ${i} never appeared (60 s)`)), 60_000);
      const check = () => {
        if (finished || mastered() !== want) return;
        finished = true;
        const dom = performance.now() - start;
        observer.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve({ set: set ?? dom, dom, frame: performance.now() - start });
          channel.port2.postMessage(null);
        });
      };
      const observer = new MutationObserver(check);
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      if (by === 'data') el.data = doc;
      else el.addEvidence(evidence, doc.learners[learner].learner.id);
      set = performance.now() - start;
      check();
    }));
  }
  return times;
}
