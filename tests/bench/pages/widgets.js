// The class-scale benchmarks, called one at a time by tests/bench/run.js through `window.bench`.
import { bigClass, choiceBoard10, classRoster } from './data.js';
import { addElement, heatmapUpdates, settle } from './measure.js';

window.bench = {
  /** 150 profiles as small multiples: from setting the roster to 150 drawn shapes. */
  async profileClass() {
    const roster = classRoster(150);
    const el = await addElement('learner-profile', { view: 'class' });
    const root = el.shadowRoot;
    return settle(root, () => root.querySelectorAll('polygon.radar-shape').length === 150,
      () => { el.data = roster; });
  },

  /**
   * The heatmap of 150 × 60 × 20: from setting the class to the drawn heatmap. `as` is how the
   * host gives it: 'text', the JSON text as it arrived (a fetch's `text()`, a `<script>`; the
   * integrator guide's advice), or 'object', already parsed. Timed in the same page: the browser's
   * own `JSON.parse` of that text, and `JSON.stringify` of the object.
   */
  async heatmap(as = 'object') {
    const doc = bigClass(150, 60, 20);
    let before = performance.now();
    const text = JSON.stringify(doc);
    const stringify = performance.now() - before;
    before = performance.now();
    const parsed = JSON.parse(text);
    const parse = performance.now() - before;
    const el = await addElement('learner-progress', { view: 'class', id: 'heatmap' });
    // The host keeps its document, as a host that later adds evidence does.
    window.hostClass = parsed;
    const root = el.shadowRoot;
    const value = as === 'text' ? text : parsed;
    const times = await settle(root, () => root.querySelector('svg.heatmap') !== null, () => { el.data = value; });
    return { ...times, stringify, parse, as };
  },

  /** After `heatmap()`: `count` evidence updates, `by` addEvidence or by setting `data` again. */
  heatmapUpdates(count, by = 'addEvidence') {
    return heatmapUpdates({ selector: '#heatmap', count, by });
  },

  /** A 10 × 10 board: `count` picks, each from the click to the board showing it picked. */
  async choicePicks(count) {
    const el = await addElement('learner-choice-board');
    const root = el.shadowRoot;
    await settle(root, () => root.querySelectorAll('button.choice-cell').length === 100,
      () => { el.data = choiceBoard10(); });
    const times = [];
    for (let i = 0; i < count; i += 1) {
      // 7 is prime to 100: `count` different cells, spread over the board.
      const cell = () => root.getElementById(`choice-cell-${(i * 7 + 3) % 100}`);
      times.push(await settle(root, () => cell()?.getAttribute('aria-pressed') === 'true',
        () => cell().click()));
    }
    return times;
  },

  /**
   * Bytes of the widgets' wasm linear memories (each only grows), summed over the modules the
   * page has loaded (each widget has its own).
   */
  async wasmMemory() {
    let bytes = 0;
    for (const name of ['learner-profile', 'learner-progress', 'learner-choice-board']) {
      if (!performance.getEntriesByName(new URL(`/dist/${name}_bg.wasm`, location.href).href).length) continue;
      // Initialised already by learner-widgets.js: this returns the same instance's exports.
      const wasm = await (await import(`/dist/${name}.js`)).default();
      bytes += wasm.memory.buffer.byteLength;
    }
    return bytes;
  },
};
window.benchReady = true;
