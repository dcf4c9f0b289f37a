// The drop-in module: <script type="module" src="learner-widgets.js"></script> defines
// <learner-profile> and <learner-progress>. It holds only the custom element lifecycle; parsing,
// rendering and events live in the wasm core. It also exports `importCase(text)`.
import init, { ProfileElement, ProgressElement, importCase } from './learner_embed.js';

export { importCase };

await init({ module_or_path: new URL('./learner_embed_bg.wasm', import.meta.url) });

/** A class for one learner element whose work is done by the wasm `Core`. */
function learnerElement(Core) {
  return class extends HTMLElement {
    static observedAttributes = ['data', 'view', 'mode', 'today'];
    #core = null;
    // The last `data` property given, kept so an element re-added to the page shows it again.
    #property = undefined;

    constructor() {
      super();
      if (!this.shadowRoot) this.attachShadow({ mode: 'open' });
    }

    connectedCallback() {
      // A property set before this module loaded shadows the accessor: take it over.
      if (Object.prototype.hasOwnProperty.call(this, 'data')) {
        const value = this.data;
        delete this.data;
        this.#property = value;
      }
      if (this.#core) return; // moved within the page: keep everything
      this.#core = new Core(this, this.shadowRoot);
      if (this.#property !== undefined) this.#core.setData(this.#property);
      else this.#core.readMarkup();
    }

    disconnectedCallback() {
      // A move disconnects and reconnects in one task; release only what is really gone.
      queueMicrotask(() => {
        if (!this.isConnected && this.#core) {
          this.#core.free();
          this.#core = null;
        }
      });
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (oldValue === newValue || !this.#core) return;
      if (name === 'data') {
        this.#property = undefined;
        this.#core.readMarkup();
      } else {
        this.#core.setOption(name, newValue);
      }
    }

    get data() {
      return this.#core ? this.#core.data : (this.#property ?? null);
    }

    set data(value) {
      this.#property = value;
      this.#core?.setData(value);
    }
  };
}

const elements = {
  'learner-profile': learnerElement(ProfileElement),
  'learner-progress': learnerElement(ProgressElement),
};

for (const [tag, element] of Object.entries(elements)) {
  if (customElements.get(tag)) {
    console.warn(`<${tag}> is already defined; the learner widgets module was loaded twice.`);
  } else {
    customElements.define(tag, element);
  }
}
