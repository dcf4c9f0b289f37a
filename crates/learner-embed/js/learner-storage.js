// storage="local": a widget's document kept in this browser's localStorage, under a namespaced,
// versioned envelope. Nothing is ever sent anywhere. Failures are never swallowed: the caller shows
// each notice and fires learner-error with its code.

const PREFIX = 'learner-widgets:';
const FORMAT = 'learner-widgets/storage';
const VERSION = 1;
const channel = 'BroadcastChannel' in globalThis ? new BroadcastChannel('learner-widgets') : null;

/** A storage problem with a learner-error code and a sentence for the learner. */
export class StorageProblem extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/** Turns what localStorage threw into a StorageProblem. */
function problem(error, saving) {
  if (error?.name === 'QuotaExceededError') {
    return new StorageProblem('storage-quota',
      'This browser has no room left to save your work. Your changes are kept only until you leave this page.');
  }
  return new StorageProblem('storage-unavailable', saving
    ? 'Your work could not be saved in this browser. Your changes are kept only until you leave this page.'
    : 'Saving is not available here (the page does not allow storage). Your changes are kept only until you leave this page.');
}

export class LocalStore {
  /** `key` is the element's storage-key; `onOutside` hears documents saved by other tabs or widgets. */
  constructor(key, onOutside) {
    this.key = PREFIX + key;
    this.revision = 0;
    this.base = null;
    const outside = (changedKey) => {
      if (changedKey !== this.key) return;
      const { document, revision } = this.#latest();
      if (document && revision > this.revision) {
        this.revision = revision;
        this.base = document;
        onOutside(document);
      }
    };
    this.onStorage = (event) => outside(event.key);
    this.onChannel = (event) => outside(event.data?.key);
    addEventListener('storage', this.onStorage);
    channel?.addEventListener('message', this.onChannel);
  }

  /** Stops listening to other tabs. */
  close() {
    removeEventListener('storage', this.onStorage);
    channel?.removeEventListener('message', this.onChannel);
  }

  /**
   * The stored document, or null. A corrupted entry is copied to a backup key, never overwritten
   * silently: `notice` says so. Throws a StorageProblem when storage cannot be read at all.
   */
  load() {
    let raw;
    try {
      raw = localStorage.getItem(this.key);
    } catch (error) {
      throw problem(error, false);
    }
    if (raw === null) return { document: null };
    const stored = read(raw);
    if (!stored) {
      const backup = `${this.key}:backup:${Date.now()}`;
      try { localStorage.setItem(backup, raw); } catch { /* the original stays untouched anyway */ }
      return {
        document: null,
        corrupt: new StorageProblem('storage-corrupt',
          `Your saved work could not be read. It was kept under "${backup}" and nothing was overwritten.`),
      };
    }
    this.revision = stored.revision;
    this.base = stored.document;
    return { document: stored.document };
  }

  /**
   * Saves the widget's new document. If another tab saved since this one last read, what this tab
   * changed is merged onto theirs, so neither loses an edit. Returns the document now stored.
   */
  save(document) {
    try {
      const latest = this.#latest();
      const merged = latest.revision > this.revision && latest.document
        ? merge(this.base, document, latest.document)
        : document;
      const revision = Math.max(latest.revision, this.revision) + 1;
      const envelope = { format: FORMAT, version: VERSION, schema: merged?.schema ?? null, revision,
        savedAt: new Date().toISOString(), document: merged };
      localStorage.setItem(this.key, JSON.stringify(envelope));
      this.revision = revision;
      this.base = merged;
      channel?.postMessage({ key: this.key });
      return merged;
    } catch (error) {
      throw problem(error, true);
    }
  }

  /** Removes the stored document from this browser. */
  erase() {
    try {
      localStorage.removeItem(this.key);
    } catch (error) {
      throw problem(error, true);
    }
    this.revision = 0;
    this.base = null;
    channel?.postMessage({ key: this.key });
  }

  #latest() {
    const stored = read(localStorage.getItem(this.key));
    return stored ?? { document: null, revision: 0 };
  }
}

/** An entry as `{ document, revision }`, migrating older versions; null when unreadable. */
function read(raw) {
  if (raw === null) return null;
  let value;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (value?.format === FORMAT && value.version === VERSION && Number.isInteger(value.revision)
      && value.document && typeof value.document === 'object') {
    return { document: value.document, revision: value.revision };
  }
  // Version 0, the first prototype, stored the bare document.
  if (typeof value?.schema === 'string' && value.schema.startsWith('learner-')) {
    return { document: value, revision: 0 };
  }
  return null;
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Three-way merge of JSON values: what changed from `base` to `mine` is applied onto `theirs`.
 * Objects merge key by key; lists merge item by item, keeping items both sides added; where both
 * changed the same value, mine (the latest edit) wins.
 */
export function merge(base, mine, theirs) {
  if (same(base, mine)) return theirs;
  if (same(base, theirs)) return mine;
  if (isObject(base) && isObject(mine) && isObject(theirs)) {
    const out = { ...theirs };
    for (const key of new Set([...Object.keys(base), ...Object.keys(mine)])) {
      if (!(key in mine)) {
        if (same(base[key], theirs[key])) delete out[key];
      } else {
        out[key] = key in base ? merge(base[key], mine[key], theirs[key]) : mine[key];
      }
    }
    return out;
  }
  if (Array.isArray(base) && Array.isArray(mine) && Array.isArray(theirs)
      && mine.length >= base.length && theirs.length >= base.length) {
    const common = base.map((item, i) => merge(item, mine[i], theirs[i]));
    return [...common, ...theirs.slice(base.length), ...mine.slice(base.length)];
  }
  return mine;
}
