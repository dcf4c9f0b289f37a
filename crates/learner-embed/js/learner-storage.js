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

// The page's JSON as it was when this module loaded: a script that replaces JSON.parse or
// JSON.stringify later does not reach the few places that still use them (migrating an old entry,
// merging two tabs' edits). What is saved never goes through them: it is the widget's own text.
const { parse: parseJson, stringify: writeJson } = JSON;

/**
 * An entry exactly as this module writes it; `document` is the widget's text, untouched. Entries
 * JSON.stringify wrote (before version 1.1 of this module) have the same shape.
 */
const ENVELOPE = /^\{"format":"learner-widgets\/storage","version":(\d+),"schema":(?:null|"[^"\\]*"),"revision":(\d+),"savedAt":"[^"\\]*","document":([\s\S]*)\}$/;

/** The envelope around a document's text, written without JSON.stringify. */
function envelope(text, revision) {
  const schema = /^\{"schema":"([a-z0-9./-]+)"/.exec(text)?.[1];
  return `{"format":"${FORMAT}","version":${VERSION},"schema":${schema ? `"${schema}"` : 'null'},`
    + `"revision":${revision},"savedAt":"${savedAt()}","document":${text}}`;
}

/** Now, as an ISO date, or '' if the page's Date has been changed to write something else. */
function savedAt() {
  const now = new Date().toISOString();
  return /^[0-9TZ:.+-]+$/.test(now) ? now : '';
}

export class LocalStore {
  /**
   * `key` is the element's storage-key; `onOutside(text)` hears documents saved by other tabs or
   * widgets; `check(text)` is null when the widget can show the document `text`, else why not.
   * Documents go in and out as the widget's own JSON text.
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
      if (latest && latest.revision > this.revision && !this.check(latest.text)) {
        this.revision = latest.revision;
        this.base = latest.text;
        onOutside(latest.text);
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
   * The stored document's text, or null. An entry that cannot be read, or holds a document this
   * widget cannot show, is copied to a backup key before anything could overwrite it: `corrupt`
   * says so. If even the copy fails, `corrupt.stops` is set and the entry must be left alone.
   * Throws a StorageProblem when storage cannot be read at all.
   */
  load() {
    let raw;
    try {
      raw = localStorage.getItem(this.key);
    } catch (error) {
      throw problem(error, false);
    }
    if (raw === null) return { text: null };
    const stored = read(raw);
    if (!stored || this.check(stored.text)) {
      this.revision = stored?.revision ?? 0;
      try {
        const backup = this.#keepAside(raw);
        this.kept = raw; // safe in the backup: the next save may write over it
        return { text: null, corrupt: new StorageProblem('storage-corrupt', 'element.corrupt', backup) };
      } catch {
        return {
          text: null,
          corrupt: Object.assign(new StorageProblem('storage-corrupt', 'element.corrupt-left'), { stops: true }),
        };
      }
    }
    this.revision = stored.revision;
    this.base = stored.text;
    return { text: stored.text };
  }

  /**
   * Saves the widget's document `text` in one write, so an interrupted save leaves the previous
   * entry whole, then reads it back: only an entry that holds exactly what was written counts as
   * saved. If another tab saved since this one last read, what this tab changed is merged onto
   * theirs, so neither loses an edit. Whatever would be written over without being part of the
   * new entry (an unreadable entry, or another tab's copy that cannot be merged into a document
   * the widget can show) is first kept under a backup key. Returns the text now stored, and a
   * `notice` when something was kept aside. Throws a StorageProblem when nothing was saved.
   */
  save(text) {
    try {
      const raw = localStorage.getItem(this.key);
      const latest = raw === this.kept ? null : read(raw);
      let merged = text;
      let notice = null;
      if (raw !== null && raw !== this.kept && !latest) {
        const backup = this.#keepAside(raw);
        notice = new StorageProblem('storage-corrupt', 'element.corrupt-saved', backup);
      } else if (latest && latest.revision > this.revision) {
        // Without the copy this tab started from there is nothing to merge against.
        merged = this.base === null ? null : mergeTexts(this.base, text, latest.text);
        if (merged === null || (merged !== text && this.check(merged))) {
          const backup = this.#keepAside(raw);
          merged = text;
          notice = new StorageProblem('storage-conflict', 'element.conflict', backup);
        }
      }
      // Capped, so that even an entry at the largest revision stays readable.
      const revision = Math.min(Math.max(latest?.revision ?? 0, this.revision) + 1, Number.MAX_SAFE_INTEGER);
      const entry = envelope(merged, revision);
      // Nothing is written that this module would not read back as the same document.
      if (read(entry)?.text !== merged) throw new StorageProblem('storage-unavailable', 'element.not-saved');
      // The one write: the entry is either the previous one or this one, never a mixture.
      localStorage.setItem(this.key, entry);
      if (localStorage.getItem(this.key) !== entry) {
        throw new StorageProblem('storage-unavailable', 'element.not-saved');
      }
      this.revision = revision;
      this.base = merged;
      this.kept = null;
      channel?.postMessage({ key: this.key });
      return { text: merged, notice };
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
    if (localStorage.getItem(backup) !== raw) throw new StorageProblem('storage-unavailable', 'element.not-saved');
    return backup;
  }
}

/**
 * An entry as `{ text, revision }` (the document as JSON text), migrating older versions; null
 * when unreadable (not JSON, not an envelope, or an envelope of a version this code does not
 * know, which it must not overwrite). Whether the widget can show the text is its own check.
 */
function read(raw) {
  if (typeof raw !== 'string') return null;
  const written = ENVELOPE.exec(raw);
  if (written) {
    const [, version, revision, text] = written;
    const usable = Number(version) === VERSION && Number.isSafeInteger(Number(revision)) && text.startsWith('{');
    return usable ? { text, revision: Number(revision) } : null;
  }
  let value;
  try {
    value = parseJson(raw);
  } catch {
    return null;
  }
  if (value?.format === FORMAT) {
    const usable = value.version === VERSION && Number.isSafeInteger(value.revision)
      && value.revision >= 0 && isObject(value.document);
    return usable ? textOf(value.document, value.revision) : null;
  }
  // Version 0, the first prototype, stored the bare document.
  if (isObject(value) && typeof value.schema === 'string' && value.schema.startsWith('learner-')) {
    return textOf(value, 0);
  }
  return null;
}

function textOf(document, revision) {
  try {
    const text = writeJson(document);
    return typeof text === 'string' ? { text, revision } : null;
  } catch {
    return null;
  }
}

/** Merges two tabs' edits of one document, as texts; null when they cannot be read as JSON. */
function mergeTexts(base, mine, theirs) {
  try {
    const text = writeJson(merge(parseJson(base), parseJson(mine), parseJson(theirs)));
    return typeof text === 'string' ? text : null;
  } catch {
    return null;
  }
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const same = (a, b) => writeJson(a) === writeJson(b);

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
