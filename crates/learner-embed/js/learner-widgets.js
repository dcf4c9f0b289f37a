// The drop-in module: <script type="module" src="learner-widgets.js"></script> defines
// <learner-profile>, <learner-progress> and <learner-choice-board>. It holds the custom element lifecycle and the page's
// storage; parsing, rendering and events live in the wasm core. It also exports `importCase(text)`.

// The wasm is fetched and compiled while the glue and the helpers below download, not after them:
// with static imports it would wait for them, one more round trip on every cold load.
const compiled = compile(new URL('./learner_embed_bg.wasm', import.meta.url));
const [glue, { LocalStore, StorageProblem }, { statementsFor }] = await Promise.all([
  import('./learner_embed.js'),
  import('./learner-storage.js'),
  import('./learner-xapi.js'),
]);
await glue.default({ module_or_path: await compiled });
const { ChoiceBoardElement, ProfileElement, ProgressElement, text } = glue;
export const { importCase } = glue;

/** The wasm module, compiled as it downloads where the server labels it `application/wasm`. */
async function compile(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`failed to fetch ${url}: ${response.status} ${response.statusText}`);
  // Some LMS file stores serve it under another type, which streaming refuses: read it whole.
  const type = response.headers.get('Content-Type') ?? '';
  if (type.split(';')[0].trim() !== 'application/wasm') {
    return WebAssembly.compile(await response.arrayBuffer());
  }
  return WebAssembly.compileStreaming(response);
}

/**
 * A class for one learner element whose work is done by the wasm `Core`. `updates` names the
 * core's checked updates the element offers as methods (`addEvidence` on <learner-progress>).
 */
function learnerElement(Core, updates = []) {
  return class extends HTMLElement {
    static observedAttributes = ['data', 'src', 'view', 'mode', 'today', 'lang'];
    static {
      for (const name of updates) {
        Object.defineProperty(this.prototype, name, {
          value(...args) { return this.#update(name, args); },
          writable: true,
          configurable: true,
        });
      }
    }
    #core = null;
    // The last `data` property given, kept so an element re-added to the page shows it again.
    #property = undefined;
    // An update changed the document since `data` was last given: #property is behind it.
    #updated = false;
    // storage="local": the browser's copy of the document, or null (the host owns the data).
    #store = null;
    #notice = null;
    #dataBar = null;

    constructor() {
      super();
      if (!this.shadowRoot) this.attachShadow({ mode: 'open' });
      this.addEventListener('learner-change', (event) => {
        if (event.target !== this) return;
        this.#save(event.detail.document);
        for (const statement of statementsFor(this, event.detail)) {
          this.dispatchEvent(new CustomEvent('learner-xapi', { detail: statement, bubbles: true, composed: true }));
        }
      });
      // The core asks for a chart download (an internal event that does not bubble).
      this.addEventListener('learner-export-request', async (event) => {
        try {
          const { downloadChart } = await import('./learner-export.js');
          await downloadChart(this.shadowRoot, event.detail.format, event.detail.name);
        } catch (error) {
          this.#fail({ code: 'export-failed', message: String(error?.message ?? error), path: '', problems: [] });
        }
      });
    }

    connectedCallback() {
      // A property set before this module loaded shadows the accessor: take it over.
      if (Object.prototype.hasOwnProperty.call(this, 'data')) {
        const value = this.data;
        delete this.data;
        this.#property = value;
      }
      if (this.#core) {
        // Moved within the page: keep everything, but speak the new place's language.
        this.#core.setOption('lang', this.#language());
        return;
      }
      this.#core = new Core(this, this.shadowRoot);
      const stored = this.getAttribute('storage') === 'local' ? this.#openStore() : null;
      if (stored) this.#core.setData(stored);
      else if (this.#property !== undefined) this.#core.setData(this.#property);
      else if (this.hasAttribute('src')) this.#fetchSrc();
      else this.#core.readMarkup();
    }

    disconnectedCallback() {
      // A move disconnects and reconnects in one task; release only what is really gone.
      queueMicrotask(() => {
        if (!this.isConnected && this.#core) {
          if (this.#updated) this.#property = this.#core.data;
          this.#updated = false;
          this.#store?.close();
          this.#store = null;
          this.#core.free();
          this.#core = null;
          this.#notice?.remove();
          this.#dataBar?.remove();
          this.#notice = null;
          this.#dataBar = null;
        }
      });
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (oldValue === newValue || !this.#core) return;
      if (name === 'data') {
        this.#property = undefined;
        this.#core.readMarkup();
      } else if (name === 'src') {
        this.#property = undefined;
        this.#fetchSrc();
      } else if (name === 'lang') {
        this.#core.setOption('lang', this.#language());
      } else {
        this.#core.setOption(name, newValue);
      }
    }

    /** A sentence of the element's own from the locale tables, in the element's language. */
    #words(key, backup = null) {
      return backup === null ? text(this.#language(), key) : text(this.#language(), key, 'backup', backup);
    }

    /** The element's `lang`, or its nearest ancestor's (across shadow roots), or ''. */
    #language() {
      for (let node = this; node; node = node.parentElement ?? node.getRootNode?.().host) {
        const lang = node.getAttribute?.('lang');
        if (lang) return lang;
      }
      return '';
    }

    get data() {
      return this.#core ? this.#core.data : (this.#property ?? null);
    }

    set data(value) {
      this.#property = value;
      this.#updated = false;
      this.#core?.setData(value);
    }

    /**
     * A checked update of the shown document by the core's `name` method: drawn at once, and
     * kept in this browser with storage="local". Refused, it fires `learner-error`, throws, and
     * changes nothing.
     */
    #update(name, args) {
      const refused = this.#core
        ? this.#core[name](...args)
        : { code: 'no-document', message: 'the element is not on a page yet', path: '', problems: [] };
      if (refused) {
        this.#fail(refused);
        throw Object.assign(new Error(refused.message), refused);
      }
      this.#updated = true;
      if (this.#store) this.#save(this.data);
    }

    /** The current document as JSON text. */
    exportJson() {
      return JSON.stringify(this.data, null, 2);
    }

    /** Replaces the document with `text` only if it is valid; otherwise throws and changes nothing. */
    importJson(text) {
      const refused = this.#core?.check(text);
      if (refused) {
        this.#fail(refused);
        throw Object.assign(new Error(refused.message), refused);
      }
      this.data = JSON.parse(text);
      this.#save(this.data);
    }

    /** storage="local": removes the saved copy from this browser. */
    eraseStored() {
      if (!this.#store) return;
      try {
        this.#store.erase();
        this.#showNotice(this.#words('element.erased'));
      } catch (problem) {
        this.#storageFailed(problem);
      }
    }

    /**
     * Loads the document at `src`: from this page's origin, or from an origin listed in the
     * `allow-origins` attribute. Nothing else is ever requested.
     */
    async #fetchSrc() {
      const src = this.getAttribute('src');
      if (!src) return;
      const url = new URL(src, document.baseURI);
      const allowed = [location.origin, ...(this.getAttribute('allow-origins') ?? '').split(/[\s,]+/)
        .filter(Boolean).map((o) => new URL(o).origin)];
      if (!allowed.includes(url.origin) || !['http:', 'https:'].includes(url.protocol)) {
        this.#refuseSrc('src-not-allowed',
          `src: ${url.origin} is not this page's origin; list it in allow-origins to load from it`);
        return;
      }
      try {
        const response = await fetch(url, { credentials: 'same-origin' });
        if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`);
        const text = await response.text();
        if (this.getAttribute('src') === src) this.#core?.setData(text);
      } catch (error) {
        this.#refuseSrc('src-failed', `src: ${url.href} could not be loaded (${error?.message ?? error})`);
      }
    }

    #refuseSrc(code, message) {
      this.#showNotice(message);
      this.#fail({ code, message, path: 'src', problems: [{ path: 'src', message }] });
    }

    #openStore() {
      const key = this.getAttribute('storage-key') || this.localName;
      try {
        this.#store = new LocalStore(key, (document) => this.#core?.setData(document),
          (document) => this.#core?.check(document) ?? null);
        const { document, corrupt } = this.#store.load();
        if (corrupt) this.#storageFailed(corrupt, !corrupt.stops);
        if (this.#store) this.#showDataBar();
        return document;
      } catch (problem) {
        this.#storageFailed(problem);
        return null;
      }
    }

    #save(document) {
      if (!this.#store || !document) return;
      try {
        const { document: stored, notice } = this.#store.save(document);
        if (stored !== document) this.#core?.setData(stored);
        if (notice) this.#storageFailed(notice, true);
      } catch (problem) {
        this.#storageFailed(problem);
      }
    }

    /** Says what went wrong, in the widget and to the host. Unless `keep`, storage stops. */
    #storageFailed(problem, keep = false) {
      if (!keep) {
        this.#store?.close();
        this.#store = null;
        this.#dataBar?.remove();
      }
      // Anything else thrown while saving is said as a failed save.
      const known = problem instanceof StorageProblem;
      const message = this.#words(known ? problem.key : 'element.not-saved', known ? problem.backup : null);
      this.#showNotice(message);
      this.#fail({ code: known ? problem.code : 'storage-unavailable', message, path: '', problems: [] });
    }

    #fail(detail) {
      this.dispatchEvent(new CustomEvent('learner-error', { detail, bubbles: true, composed: true }));
    }

    #showNotice(text) {
      if (!this.#notice) {
        this.#notice = document.createElement('p');
        this.#notice.className = 'storage-notice';
        this.#notice.setAttribute('role', 'status');
        this.#notice.setAttribute('part', 'storage-notice');
        this.shadowRoot.prepend(this.#notice);
      }
      this.#notice.textContent = text;
    }

    /** "Download my data" and "Erase my data", for the learner whose work this browser keeps. */
    #showDataBar() {
      const bar = document.createElement('div');
      bar.className = 'storage-bar';
      bar.setAttribute('part', 'storage-bar');
      bar.setAttribute('role', 'group');
      bar.setAttribute('aria-label', this.#words('element.data-bar'));
      const button = (label, onClick) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'toolbar-button';
        b.textContent = label;
        b.addEventListener('click', onClick);
        bar.append(b);
        return b;
      };
      button(this.#words('element.download'), () => {
        const file = new Blob([this.exportJson()], { type: 'application/json' });
        const link = document.createElement('a');
        link.href = URL.createObjectURL(file);
        link.download = `${this.getAttribute('storage-key') || this.localName}.json`;
        link.click();
        URL.revokeObjectURL(link.href);
      });
      const erase = button(this.#words('element.erase'), () => {
        // Two steps, without a dialog (framed pages may forbid them).
        if (erase.dataset.confirm) {
          delete erase.dataset.confirm;
          erase.textContent = this.#words('element.erase');
          this.eraseStored();
        } else {
          erase.dataset.confirm = 'yes';
          erase.textContent = this.#words('element.erase-confirm');
        }
      });
      this.#dataBar = bar;
      this.shadowRoot.append(bar);
    }
  };
}

const elements = {
  'learner-profile': learnerElement(ProfileElement),
  'learner-progress': learnerElement(ProgressElement, ['addEvidence']),
  'learner-choice-board': learnerElement(ChoiceBoardElement),
};

for (const [tag, element] of Object.entries(elements)) {
  if (customElements.get(tag)) {
    console.warn(`<${tag}> is already defined; the learner widgets module was loaded twice.`);
  } else {
    customElements.define(tag, element);
  }
}
