// storage="local": a widget's document kept in this browser's localStorage, under a namespaced,
// versioned envelope. Nothing is ever sent anywhere. Failures are never swallowed: the caller shows
// each notice, worded from the locale tables by its key, and fires learner-error with its code.

const PREFIX = 'learner-widgets:';
const FORMAT = 'learner-widgets/storage';
const VERSION = 1;
const channel = 'BroadcastChannel' in globalThis ? new BroadcastChannel('learner-widgets') : null;

/**
 * A storage problem: a learner-error code, and the locale-table key (`element.…`) of the sentence
 * for the learner, with the backup key it names, if any.
 */
export class StorageProblem extends Error {
  constructor(code, key, backup = null) {
    super(code);
    this.code = code;
    this.key = key;
    this.backup = backup;
  }
}

/** Turns what localStorage threw into a StorageProblem. */
function problem(error, saving) {
  if (error?.name === 'QuotaExceededError') return new StorageProblem('storage-quota', 'element.quota');
  return new StorageProblem('storage-unavailable', saving ? 'element.not-saved' : 'element.no-storage');
}

export class LocalStore {
  /**
   * `key` is the element's storage-key; `onOutside` hears documents saved by other tabs or
   * widgets; `check(document)` is null when the widget can show `document`, else why not.
   */
  constructor(key, onOutside, check = () => null) {
    this.key = PREFIX + key;
    this.revision = 0;
    this.base = null;
    // An entry already copied to a backup key by load(), which a save may write over.
    this.kept = null;
    this.check = check;
    const outside = (changedKey) => {
      if (changedKey !== this.key) return;
      let latest;
      try {
        latest = read(localStorage.getItem(this.key));
      } catch {
        return; // storage went away: this tab's next save reports it
      }
      // A copy this widget cannot show is not taken up; this tab's next save keeps it aside.
      if (latest && latest.revision > this.revision && !this.check(latest.document)) {
        this.revision = latest.revision;
        this.base = latest.document;
        onOutside(latest.document);
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
   * The stored document, or null. An entry that cannot be read, or holds a document this widget
   * cannot show, is copied to a backup key before anything could overwrite it: `corrupt` says so.
   * If even the copy fails, `corrupt.stops` is set and the entry must be left alone. Throws a
   * StorageProblem when storage cannot be read at all.
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
    if (!stored || this.check(stored.document)) {
      this.revision = stored?.revision ?? 0;
      try {
        const backup = this.#keepAside(raw);
        this.kept = raw; // safe in the backup: the next save may write over it
        return { document: null, corrupt: new StorageProblem('storage-corrupt', 'element.corrupt', backup) };
      } catch {
        return {
          document: null,
          corrupt: Object.assign(new StorageProblem('storage-corrupt', 'element.corrupt-left'), { stops: true }),
        };
      }
    }
    this.revision = stored.revision;
    this.base = stored.document;
    return { document: stored.document };
  }

  /**
   * Saves the widget's new document in one write, so an interrupted save leaves the previous
   * entry whole. If another tab saved since this one last read, what this tab changed is merged
   * onto theirs, so neither loses an edit. Whatever would be written over without being part of
   * the new entry (an unreadable entry, or another tab's copy that cannot be merged into a document
   * the widget can show) is first kept under a backup key. Returns the document now stored, and a
   * `notice` when something was kept aside.
   */
  save(document) {
    try {
      const raw = localStorage.getItem(this.key);
      const latest = raw === this.kept ? null : read(raw);
      let merged = document;
      let notice = null;
      if (raw !== null && raw !== this.kept && !latest) {
        const backup = this.#keepAside(raw);
        notice = new StorageProblem('storage-corrupt', 'element.corrupt-saved', backup);
      } else if (latest && latest.revision > this.revision) {
        // Without the copy this tab started from there is nothing to merge against.
        merged = this.base === null ? null : merge(this.base, document, latest.document);
        if (merged === null || (merged !== document && this.check(merged))) {
          const backup = this.#keepAside(raw);
          merged = document;
          notice = new StorageProblem('storage-conflict', 'element.conflict', backup);
        }
      }
      // Capped, so that even an entry at the largest revision stays readable.
      const revision = Math.min(Math.max(latest?.revision ?? 0, this.revision) + 1, Number.MAX_SAFE_INTEGER);
      const envelope = { format: FORMAT, version: VERSION, schema: merged?.schema ?? null, revision,
        savedAt: new Date().toISOString(), document: merged };
      // The one write: the entry is either the previous one or this one, never a mixture.
      localStorage.setItem(this.key, JSON.stringify(envelope));
      this.revision = revision;
      this.base = merged;
      this.kept = null;
      channel?.postMessage({ key: this.key });
      return { document: merged, notice };
    } catch (error) {
      throw error instanceof StorageProblem ? error : problem(error, true);
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

  /** Copies `raw` to a new backup key and returns the key; throws when it cannot be kept. */
  #keepAside(raw) {
    let backup = `${this.key}:backup:${Date.now()}`;
    for (let n = 2; localStorage.getItem(backup) !== null; n += 1) {
      backup = `${this.key}:backup:${Date.now()}-${n}`;
    }
    localStorage.setItem(backup, raw);
    return backup;
  }
}

/**
 * An entry as `{ document, revision }`, migrating older versions; null when unreadable (not JSON,
 * not an envelope, or an envelope of a version this code does not know, which it must not
 * overwrite).
 */
function read(raw) {
  if (typeof raw !== 'string') return null;
  let value;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (value?.format === FORMAT) {
    const usable = value.version === VERSION && Number.isSafeInteger(value.revision)
      && value.revision >= 0 && isObject(value.document);
    return usable ? { document: value.document, revision: value.revision } : null;
  }
  // Version 0, the first prototype, stored the bare document.
  if (isObject(value) && typeof value.schema === 'string' && value.schema.startsWith('learner-')) {
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
