// The drop-in module: <script type="module" src="learner-widgets.js"></script>. It is a small
// loader: it defines <learner-profile>, <learner-progress> and <learner-choice-board> at once, and
// imports a widget's own wasm module the first time one of its elements is on the page (written in
// the HTML, added by innerHTML, rendered later by React or an LMS). A page pays only for the widgets
// it shows. Nothing here waits at the top level, so the host page is never held up; a module that
// fails to load says so in its own elements and fires `learner-error`, and the other widgets keep
// working. Imported where there is no DOM (a server render), it defines nothing and throws nothing.
// It also exports `importCase(input)`.

/**
 * Each widget's module: its wasm-bindgen glue, its wasm, and the core class the glue exports; and
 * the same module that can also hydrate, for a page whose elements a server rendered (17 KB gzip
 * more, which other pages do not pay). The URLs are written out in full, relative to this file, so
 * bundlers (Vite, webpack) see and copy them and a CDN path or an LMS file store needs no
 * configuration. `observed`: the attributes the element acts on at once (besides `lang`);
 * `updates`: the core's checked updates the element offers as methods. Written by
 * `cargo xtask api` from the elements' description (crates/learner-embed/api/).
 */
// <cargo xtask api: MODULES>
const MODULES = {
  'learner-profile': {
    glue: () => import('./learner-profile.js'),
    wasm: () => new URL('./learner-profile_bg.wasm', import.meta.url),
    hydrating: {
      glue: () => import('./learner-profile-hydrate.js'),
      wasm: () => new URL('./learner-profile-hydrate_bg.wasm', import.meta.url),
    },
    core: 'ProfileElement',
    observed: ['data', 'src', 'view', 'mode'],
    updates: [],
  },
  'learner-progress': {
    glue: () => import('./learner-progress.js'),
    wasm: () => new URL('./learner-progress_bg.wasm', import.meta.url),
    hydrating: {
      glue: () => import('./learner-progress-hydrate.js'),
      wasm: () => new URL('./learner-progress-hydrate_bg.wasm', import.meta.url),
    },
    core: 'ProgressElement',
    observed: ['data', 'src', 'today', 'view', 'mode', 'record-issuer', 'record-issuer-name', 'embed-builder', 'print-plan'],
    updates: ['addEvidence'],
  },
  'learner-choice-board': {
    glue: () => import('./learner-choice-board.js'),
    wasm: () => new URL('./learner-choice-board_bg.wasm', import.meta.url),
    hydrating: {
      glue: () => import('./learner-choice-board-hydrate.js'),
      wasm: () => new URL('./learner-choice-board-hydrate_bg.wasm', import.meta.url),
    },
    core: 'ChoiceBoardElement',
    observed: ['data', 'src', 'mode', 'embed-builder'],
    updates: [],
  },
};
// </cargo xtask api: MODULES>

/**
 * Each widget's words in each language but English (which its module carries), fetched only for an
 * element in that language. Written out in full for bundlers, as above.
 */
const WORDS = {
  'learner-profile': {
    es: () => new URL('./learner-profile.es.txt', import.meta.url),
    ar: () => new URL('./learner-profile.ar.txt', import.meta.url),
  },
  'learner-progress': {
    es: () => new URL('./learner-progress.es.txt', import.meta.url),
    ar: () => new URL('./learner-progress.ar.txt', import.meta.url),
  },
  'learner-choice-board': {
    es: () => new URL('./learner-choice-board.es.txt', import.meta.url),
    ar: () => new URL('./learner-choice-board.ar.txt', import.meta.url),
  },
  'learner-plan': {
    es: () => new URL('./learner-plan.es.txt', import.meta.url),
    ar: () => new URL('./learner-plan.ar.txt', import.meta.url),
  },
};


/** What has arrived, by name: a widget's tag (its initialised glue), 'storage' and 'xapi'. */
const loaded = new Map();
/** What is on its way, by the same names. */
const loading = new Map();

/**
 * Loads `name` once, with `start()`; a failure is forgotten, so an element added later tries again
 * (the network came back, the file store was fixed).
 */
function once(name, start) {
  if (loaded.has(name)) return Promise.resolve(loaded.get(name));
  if (!loading.has(name)) {
    const promise = start().then((value) => {
      loaded.set(name, value);
      return value;
    });
    loading.set(name, promise);
    promise.catch(() => loading.delete(name));
  }
  return loading.get(name);
}

/**
 * A widget's module, ready to use. Its glue, its wasm (fetched and compiled as it downloads, in the
 * same round trip as the glue, not after it) and the xAPI helper are all requested at once. A page
 * loads one module per widget: the hydrating one when the first element to ask was server-rendered
 * (it draws client-side elements too); an element rendered by a server whose widget already has
 * the other module is drawn again by it.
 */
function loadWidget(tag, hydrating) {
  return once(tag, async () => {
    const glue = await instantiate(hydrating ? MODULES[tag].hydrating : MODULES[tag], loadXapi());
    try {
      memoryAtStart.set(tag, glue.moduleMemory());
    } catch {
      // Without it the module's memory is not given back (trimSoon).
    }
    return glue;
  });
}


/**
 * A module's glue and wasm, requested at once (with `alongside`), and initialised. Instantiated
 * with `initSync` (the module is compiled already, so nothing is gained by waiting): the glue's
 * async `default()` would keep its first instance's exports in a promise for good, and with them
 * the memory a fresh instance is made to give back (`restart`).
 */
async function instantiate({ glue, wasm }, alongside = null) {
  const compiled = compile(wasm());
  const [exports] = await Promise.all([glue(), compiled, alongside]);
  exports.initSync({ module: await compiled });
  return exports;
}

/** What the record's page side uses of the loader (`#record`). */
const RECORD_HELPERS = { instantiate, addWords, jsonText, tell, saveFile };

/** Saves `text` as a file called `name`, as a download. */
function saveFile(text, name, type = 'application/json') {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

/**
 * `tag`'s words in the language of `lang` (`es-MX` → `es`), or null for English and for a language
 * without a table. A file that does not arrive is said to the host and leaves the words English.
 */
function loadWords(tag, lang, element, table = WORDS[tag]) {
  const name = wordsName(tag, lang, table);
  if (!name) return Promise.resolve(null);
  const language = name.slice(tag.length + 1);
  const url = table[language];
  return once(name, async () => {
    const response = await fetch(url());
    if (!response.ok) throw new Error(`${fileName(url())}: the server answered ${response.status} ${response.statusText}`.trim());
    return { language, words: await response.text() };
  }).catch((error) => {
    const message = `The ${language} words could not be loaded (${error?.message ?? error}); the widget speaks English.`;
    tell(element, 'learner-error', { code: 'words-failed', message, path: 'lang', problems: [{ path: 'lang', message }] });
    return null;
  });
}

/** `learner-profile.es` for `tag` in `lang` (`es-MX`), or null when the language has no table. */
function wordsName(tag, lang, table = WORDS[tag]) {
  const language = lang.split('-')[0].toLowerCase();
  return Object.prototype.hasOwnProperty.call(table, language) ? `${tag}.${language}` : null;
}

/**
 * Fires `name` at `element` with `detail`, bubbling out of shadow roots. A page whose CustomEvent
 * another script replaced still hears it, as a plain Event carrying `detail`.
 */
function tell(element, name, detail, cancelable = false) {
  let event;
  try {
    event = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });
  } catch {
    event = new Event(name, { bubbles: true, composed: true, cancelable });
    Object.defineProperty(event, 'detail', { value: detail });
  }
  // False when a listener called preventDefault(): it has handled what the event asked for.
  return element.dispatchEvent(event);
}

/** Hands `words` (from loadWords) to the module; it keeps the first it is given for a language. */
function addWords(glue, words) {
  if (words) glue.addWords(words.language, words.words);
}

const loadXapi = () => once('xapi', () => import('./learner-xapi.js'));
const loadStorage = () => once('storage', () => import('./learner-storage.js'));

/** The element that prints a learner's plan (`printPlan()`, "Print my plan"). */
const PLAN_ELEMENT = 'learner-progress';

/**
 * The printed plan: its module (crates/embed-plan) and the page's part of printing
 * (learner-print.js), requested together the first time a plan is printed, as learner-export.js
 * is for a chart download. A page that never prints downloads none of it.
 */
function loadPlan() {
  return once('plan', async () => {
    const compiled = compile(new URL('./learner-plan_bg.wasm', import.meta.url));
    const [glue, print] = await Promise.all([import('./learner-plan.js'), import('./learner-print.js'), compiled]);
    await glue.default({ module_or_path: await compiled });
    return { glue, print };
  });
}

/** The wasm module, compiled as it downloads where the server labels it `application/wasm`. */
async function compile(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${fileName(url)}: the server answered ${response.status} ${response.statusText}`.trim());
  // Some LMS file stores serve it under another type, which streaming refuses: read it whole.
  const type = response.headers.get('Content-Type') ?? '';
  if (type.split(';')[0].trim() !== 'application/wasm') {
    return WebAssembly.compile(await response.arrayBuffer());
  }
  return WebAssembly.compileStreaming(response);
}

const fileName = (url) => String(url).split(/[?#]/)[0].split('/').pop();

/**
 * `importCase(input)`: a CASE package becomes a `learner-progress/1` framework. `input` is the
 * package as JSON text or as a parsed object, a file export or a CASE server's answer
 * (`{ CFPackage: … }`). Resolves to `{ framework, notes }`; rejects with an Error whose `code`,
 * `path` and `problems` name what is wrong, or what a server's other answers are (one document,
 * one item, a list, an error) and what to fetch instead. It loads <learner-progress>'s module if
 * the page has not yet.
 */
export async function importCase(input) {
  const progress = await loadWidget('learner-progress');
  if (typeof input === 'string') return progress.importCase(input);
  const written = jsonText(input ?? null);
  if (written.problem) {
    const { path, kind, fact } = written.problem;
    throw progress.caseNotJson(path, kind, fact);
  }
  return progress.importCase(written.text);
}

/**
 * A host's object as JSON text, written here rather than by the page's JSON.stringify, which
 * another script may have replaced, or bent with an `Object.prototype.toJSON`. Returns `{ text }`,
 * or `{ problem: { path, kind, fact } }` naming the field JSON cannot hold and why, as facts the
 * module words (`kind`: `bigint` with its digits, `cycle`, or `unreadable` with what reading the
 * field threw). Otherwise it writes what JSON.stringify would: own enumerable fields,
 * functions and undefined left out (null in a list), non-finite numbers as null, dates as ISO text.
 */
function jsonText(value) {
  const quick = pristineJson(value);
  if (quick !== undefined) return { text: quick };
  const open = [];
  // The keys from the document down to the value being written; a path is only spelled out for a
  // field that fails (a 15 MB document has a million values).
  const trail = [];
  const pathOf = (keys) => keys.reduce((path, key) => (typeof key === 'number' ? `${path}[${key}]` : (path ? `${path}.${key}` : key)), '');
  const fail = (kind, fact = '') => {
    throw { unwritable: { path: pathOf(trail), kind, fact } };
  };
  const write = (value) => {
    if (value === null) return 'null';
    switch (typeof value) {
      case 'string': return quote(value);
      case 'number': return Number.isFinite(value) ? String(value) : 'null';
      case 'boolean': return value ? 'true' : 'false';
      case 'bigint': return fail('bigint', String(value));
      case 'object': break;
      default: return undefined; // functions, symbols, undefined
    }
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'null' : quote(value.toISOString());
    // A toJSON of the value's own class counts; one added to every object by the page does not.
    const toJSON = value.toJSON;
    if (typeof toJSON === 'function' && toJSON !== Object.prototype.toJSON && toJSON !== Array.prototype.toJSON) {
      return write(toJSON.call(value));
    }
    if (open.includes(value)) return fail('cycle');
    open.push(value);
    let text;
    if (Array.isArray(value)) {
      const items = [];
      for (let i = 0; i < value.length; i += 1) {
        trail.push(i);
        items.push(write(read(value, i)) ?? 'null');
        trail.pop();
      }
      text = `[${items.join(',')}]`;
    } else {
      const fields = [];
      for (const key of Object.keys(value)) {
        trail.push(key);
        const field = write(read(value, key));
        trail.pop();
        if (field !== undefined) fields.push(`${quote(key)}:${field}`);
      }
      text = `{${fields.join(',')}}`;
    }
    open.pop();
    return text;
  };
  const read = (object, key) => {
    try {
      return object[key];
    } catch (error) {
      return fail('unreadable', String(error?.message ?? error));
    }
  };
  try {
    return { text: write(value) ?? 'null' };
  } catch (thrown) {
    if (thrown?.unwritable) return { problem: thrown.unwritable };
    // Deeper than the engine's stack: the object is read as far as it goes, so say so at its top.
    return { problem: { path: '', kind: 'unreadable', fact: String(thrown?.message ?? thrown) } };
  }
}

/** JSON's built-ins as this module found them, to tell whether the page has changed them since. */
const JSON_AS_LOADED = { stringify: JSON.stringify, dateToJSON: Date.prototype.toJSON };

/**
 * The engine's own JSON.stringify, when nothing on the page can bend it (no `toJSON` added to
 * every object, array, BigInt or date; the function itself untouched): ten times faster than
 * `jsonText`'s writer on a 50 MB class. Undefined when the page has changed a built-in or the
 * value holds what JSON cannot (then `jsonText` names the field).
 */
function pristineJson(value) {
  const { stringify, dateToJSON } = JSON_AS_LOADED;
  const untouched = JSON.stringify === stringify
    && /\{\s*\[native code\]\s*\}$/.test(Function.prototype.toString.call(stringify))
    && !('toJSON' in Object.prototype) && !('toJSON' in Array.prototype)
    && (typeof BigInt !== 'function' || !('toJSON' in BigInt.prototype))
    && Date.prototype.toJSON === dateToJSON;
  if (!untouched) return undefined;
  try {
    const text = stringify(value);
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

/** What `quote` must escape: quotes, backslashes, control characters and surrogates. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string as JSON text: quotes, backslashes, control characters and lone surrogates escaped. */
function quote(text) {
  if (!NEEDS_ESCAPE.test(text)) return `"${text}"`;
  const escaped = text.replace(/["\\\u0000-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => ({ '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]
      ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${escaped}"`;
}

/**
 * What an element says when its module could not be loaded, in the element's language (the
 * locale tables are in the module that failed, so these few sentences live here).
 */
const MODULE_FAILED = {
  en: 'This widget could not be loaded ({reason}). Check the connection and reload the page; the rest of the page still works.',
  es: 'No se pudo cargar este widget ({reason}). Revisa la conexión y vuelve a cargar la página; el resto de la página sigue funcionando.',
  ar: 'تعذّر تحميل هذه الأداة ({reason}). تحقّق من الاتصال وأعد تحميل الصفحة؛ بقية الصفحة ما زالت تعمل.',
};
/** The module of a widget a server drew did not arrive: what is shown stays, but cannot be used. */
const SERVER_COPY_ONLY = {
  en: 'This widget is shown as the server drew it, but its buttons and fields cannot work: its module could not be loaded ({reason}). Check the connection and reload the page.',
  es: 'Este widget se muestra tal como lo dibujó el servidor, pero sus botones y campos no pueden funcionar: no se pudo cargar su módulo ({reason}). Revisa la conexión y vuelve a cargar la página.',
  ar: 'تُعرض هذه الأداة كما رسمها الخادم، لكن أزرارها وحقولها لا تعمل: تعذّر تحميل وحدتها ({reason}). تحقّق من الاتصال وأعد تحميل الصفحة.',
};
const PAGE_UNSUPPORTED = {
  en: 'This widget cannot start on this page: another script has changed a built-in part of JavaScript ({reason}). The rest of the page still works.',
  es: 'Este widget no puede iniciarse en esta página: otro script ha cambiado una parte interna de JavaScript ({reason}). El resto de la página sigue funcionando.',
  ar: 'لا يمكن تشغيل هذه الأداة في هذه الصفحة: غيّر برنامج نصي آخر جزءًا مدمجًا في JavaScript ({reason}). بقية الصفحة ما زالت تعمل.',
};

/**
 * The widget's module stopped: a fault in its code (a trap; a release build aborts on a panic)
 * ends its wasm instance, and every widget it was running with it.
 */
const MODULE_STOPPED = {
  en: 'This widget stopped working ({reason}). Reload the page to start it again; what was saved is kept.',
  es: 'Este widget dejó de funcionar ({reason}). Vuelve a cargar la página para iniciarlo de nuevo; lo guardado se conserva.',
  ar: 'توقّفت هذه الأداة عن العمل ({reason}). أعد تحميل الصفحة لتشغيلها من جديد؛ ما حُفظ يبقى محفوظًا.',
};

const BROWSER_UNSUPPORTED = {
  en: 'This widget cannot start in this browser: it needs {reason}, which is turned off or missing here. The rest of the page still works.',
  es: 'Este widget no puede iniciarse en este navegador: necesita {reason}, que aquí está desactivado o no existe. El resto de la página sigue funcionando.',
  ar: 'لا يمكن تشغيل هذه الأداة في هذا المتصفح: تحتاج إلى {reason}، وهو معطّل أو غير موجود هنا. بقية الصفحة ما زالت تعمل.',
};

/**
 * What keeps every widget from starting, as `[sentences, reason]`, or null: a browser without
 * WebAssembly (turned off by a policy or a lockdown mode) or shadow DOM, or a page that has
 * changed a built-in no widget can work around. A `then` on every object makes each promise that
 * resolves to one (the compiled wasm, its instance) wait forever.
 */
function pageProblem(element) {
  if (typeof WebAssembly !== 'object' || WebAssembly === null || typeof WebAssembly.compile !== 'function') {
    return [BROWSER_UNSUPPORTED, 'WebAssembly'];
  }
  if (!element.shadowRoot) return [BROWSER_UNSUPPORTED, 'shadow DOM'];
  if (typeof Object.prototype.then === 'function') return [PAGE_UNSUPPORTED, 'Object.prototype.then'];
  return null;
}

/** Marks the element classes defined here, to tell a second copy of this file from another library. */
const OURS = Symbol.for('learner-widgets');

/**
 * The elements whose module is running them, the widget tags whose module has stopped, those
 * whose module was started again after a trap (once a page), and those whose module was given a
 * fresh instance to give its memory back.
 */
const running = new Set();
const stopped = new Set();
const restarted = new Set();
const trimmed = new Set();
/** The tags whose module is being given a fresh instance, each with when it will have it. */
const restarting = new Map();
/** An element's way to hear that its module stopped, with what the engine said. */
const STOP = Symbol('stop');
/** An element's ways to give what it shows before its module starts again, and to start again. */
const KEEP = Symbol('keep');
const RESTART = Symbol('restart');
/** An element's way to say the length of its document's JSON text (0 when it has none). */
const SIZE = Symbol('size');

/**
 * Hears a trap in a widget's module (an uncaught `WebAssembly.RuntimeError` whose stack passes
 * through that module's glue or wasm): the instance cannot be used again, so each of its elements
 * says so instead of staying as it was, and the host hears `module-stopped`.
 */
function hearTrap(event) {
  const error = event.error ?? event.reason;
  const where = `${error?.stack ?? ''} ${event.filename ?? ''}`;
  if (isStale(error) && [...restarted, ...trimmed].some((tag) => where.includes(`/${tag}`))) {
    // A callback the old instance had queued (a timer of its renderer, say) came due after the
    // module started afresh: the glue refused it before it reached any memory. Nothing is wrong.
    event.preventDefault();
    return;
  }
  if (!isTrap(error)) return;
  for (const tag of Object.keys(MODULES)) {
    // A trap the module recovers from is handled, and said in `recover`'s warning; one that
    // stops the module stays an error of the page.
    if (where.includes(`/${tag}`) && recover(tag, error)) event.preventDefault();
  }
}

/** Whether `error` is wasm-bindgen's refusal of a closure of a replaced instance. */
const isStale = (error) => error instanceof Error && /^Cannot invoke closure from previous wasm instance$/i.test(error.message);

/**
 * `tag`'s module trapped: its instance is finished. The first time on a page the module gets a
 * fresh instance (its glue's `restartModule`, wasm-bindgen's reinit) and each of its elements
 * starts again on it with the document it showed, so a passing fault (WebKitGTK's engine has
 * one) costs the learner nothing; a module that traps again stops (`stopModule`). True when the
 * module runs again.
 */
function recover(tag, error) {
  if (stopped.has(tag)) return false;
  // A fault of the old instance while it is being replaced changes nothing.
  if (restarting.has(tag)) return true;
  const glue = loaded.get(tag);
  if (restarted.has(tag) || typeof glue?.restartModule !== 'function') {
    stopModule(tag, error);
    return false;
  }
  restarted.add(tag);
  console.warn(`<${tag}>: its module stopped (${error.message}) and is started again; each widget shows what it showed.`);
  restart(tag, glue, error.message);
  return true;
}

/**
 * Gives `tag`'s module (its glue `glue`) a fresh instance and starts each of its elements again
 * on it with the document it shows. First each element lets go of its core, while the old
 * instance's memory is still there to read; then, a task later, once what the old instance had
 * queued (its futures' microtasks, its timers due now) has run, the new instance is made. An
 * element that asks to start meanwhile waits (`restarting`). A module that cannot start again
 * stops, saying `reason`.
 */
function restart(tag, glue, reason = 'it could not start again') {
  const kept = new Map();
  for (const element of [...running]) if (element.localName === tag) kept.set(element, element[KEEP]());
  restarting.set(tag, new Promise((resolve) => {
    setTimeout(() => {
      restarting.delete(tag);
      try {
        glue.restartModule();
        // The next call into the module makes the fresh instance: made now, even with no element.
        glue.moduleMemory();
        for (const [name, words] of loaded) if (name.startsWith(`${tag}.`)) addWords(glue, words);
      } catch {
        stopped.add(tag);
        for (const element of kept.keys()) element[STOP](reason);
        resolve();
        return;
      }
      for (const [element, text] of kept) element[RESTART](text);
      resolve();
    });
  }));
}

/** Each module's memory as it started (about 1.2 MB), by tag. */
const memoryAtStart = new Map();
/** What a module's memory may hold above what its documents need before it is given back. */
const TRIM_SLACK = 256 * 1024;
/** The tags whose memory is to be looked at once the page is idle (`trimSoon`). */
const trimming = new Set();

/**
 * An element of `tag` was given another document, or left the page. Once the page is idle, if
 * the module's memory (which only grows) is more than a fifth above what its elements' documents
 * need, as after a class's document is replaced by one learner's, the module starts again on a
 * fresh instance and the old one's memory goes. Not while focus is inside one of its elements:
 * the learner keeps their place.
 */
function trimSoon(tag) {
  if (trimming.has(tag)) return;
  trimming.add(tag);
  const idle = typeof requestIdleCallback === 'function'
    ? (then) => requestIdleCallback(then, { timeout: 1000 })
    : (then) => setTimeout(then, 100);
  idle(() => {
    trimming.delete(tag);
    const glue = loaded.get(tag);
    if (stopped.has(tag) || typeof glue?.moduleMemory !== 'function') return;
    const elements = [...running].filter((element) => element.localName === tag);
    if (elements.some((element) => element.matches(':focus-within'))) return;
    let bytes = 0;
    try {
      bytes = glue.moduleMemory();
    } catch {
      // A module that cannot say its memory keeps it.
    }
    const start = memoryAtStart.get(tag) ?? bytes;
    if (bytes <= start + TRIM_SLACK) return;
    // A document takes about three times its JSON text once read and drawn: eight is generous.
    const needed = start + 8 * elements.reduce((sum, element) => sum + element[SIZE](), 0);
    if (bytes > needed * 1.2 && bytes > needed + TRIM_SLACK) {
      trimmed.add(tag);
      restart(tag, glue);
    }
  });
}

/** Whether `error` is a trap: the wasm instance that threw it is finished. */
const isTrap = (error) => typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError;

/** `tag`'s module trapped: each of its running elements says it stopped (`STOP`). */
function stopModule(tag, error) {
  if (stopped.has(tag)) return;
  stopped.add(tag);
  for (const element of [...running]) if (element.localName === tag) element[STOP](error.message);
}

/**
 * A class for one learner element whose work is done by the wasm `Core`. `updates` names the
 * core's checked updates the element offers as methods (`addEvidence` on <learner-progress>).
 */
function learnerElement(tag) {
  const { core: coreName, updates, observed } = MODULES[tag];
  return class extends HTMLElement {
    static [OURS] = true;
    // `lang` is every HTML element's; the element speaks its language.
    static observedAttributes = [...observed, 'lang'];
    static {
      // A record is made from a tracker's document only.
      if (tag !== 'learner-progress') delete this.prototype.exportRecord;
      for (const name of updates) {
        Object.defineProperty(this.prototype, name, {
          value(...args) { return this.#update(name, args); },
          writable: true,
          configurable: true,
        });
      }
      if (tag === PLAN_ELEMENT) {
        Object.defineProperty(this.prototype, 'printPlan', {
          value(options) { return this.#printPlan(options ?? {}); },
          writable: true,
          configurable: true,
        });
      }
    }
    #core = null;
    // The widget's module (its glue's exports), once loaded.
    #glue = null;
    // The module is being loaded for this element.
    #waiting = false;
    #internals = null;
    // The last `data` property given, kept so an element re-added to the page shows it again.
    #property = undefined;
    // How a document was given while the module was starting again ('property', or the 'data'
    // or 'src' attribute), or null: shown on the fresh instance after what the element showed.
    #givenMeanwhile = null;
    // An update changed the document since `data` was last given: #property is behind it.
    #updated = false;
    // storage="local": the browser's copy of the document, or null (the host owns the data).
    #store = null;
    #notice = null;
    /** "Get embed code", in teacher mode with `embed-builder` (`#showEmbedCode`). */
    #embedBar = null;
    /** "Download my record", in self mode with `record-issuer` (`#showRecordButton`). */
    #recordBar = null;
    /** "Print my plan", in mode="self" with `print-plan` (`#showPrintPlan`). */
    #planBar = null;
    /** Why the plan could not be printed (part `plan-error`). */
    #planError = null;
    /** The plan being printed: a second call waits for the same dialog. */
    #printing = null;
    #dataBar = null;
    // storage="local": edits made since a save failed are not yet in this browser's storage.
    #unsaved = false;
    #retry = null;
    #loadFailure = null;
    // The length of the JSON text the core was last given: what its document needs in memory
    // (trimSoon), known without asking the core to write it out.
    #size = 0;
    // The core of a module that stopped (`[STOP]`).
    #stoppedCore = null;
    // The server-drawn controls marked as waiting for the module (#holdControls).
    #held = [];

    constructor() {
      super();
      // Without shadow DOM the element says why it cannot start (connectedCallback).
      if (!this.shadowRoot && typeof this.attachShadow === 'function') this.attachShadow({ mode: 'open' });
      // `:state(loading)` lets the host's stylesheet hold the space while the module loads.
      try {
        this.#internals = this.attachInternals();
      } catch {
        this.#internals = null;
      }
      // Saving is not done here: the core tells the element of each edit directly (#edited), so
      // a page whose CustomEvent was replaced still keeps the learner's work.
      this.addEventListener('learner-change', (event) => {
        if (event.target !== this) return;
        const xapi = loaded.get('xapi');
        for (const statement of xapi?.statementsFor(this, event.detail) ?? []) {
          tell(this, 'learner-xapi', statement);
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
        this.#speak(this.#language());
        return;
      }
      const local = this.getAttribute('storage') === 'local';
      const language = this.#language();
      const words = wordsName(tag, language);
      if (loaded.has(tag) && (!local || loaded.has('storage')) && (!words || loaded.has(words))) {
        this.#start(loaded.get(tag), words && loaded.get(words));
        return;
      }
      if (this.#waiting) return;
      if (stopped.has(tag)) {
        this.#cannotStart(MODULE_STOPPED, 'it stopped earlier on this page', 'module-stopped');
        return;
      }
      const problem = pageProblem(this);
      if (problem) {
        this.#cannotStart(...problem, 'page-unsupported');
        return;
      }
      this.#load(local, language);
    }

    /**
     * Loads the module, the storage helper and the words of `language` together (one round trip),
     * then starts the element, or says why it cannot.
     */
    async #load(local, language) {
      this.#waiting = true;
      this.#setLoading(true);
      this.#holdControls();
      let glue;
      let words;
      try {
        [glue, , words] = await Promise.all([loadWidget(tag, this.#serverRendered()), local ? loadStorage() : null, loadWords(tag, language, this)]);
        // The language may have changed while the module was on its way (a host setting `lang`
        // after adding the element): the first render speaks the one it has now.
        if (this.#language() !== language) words = await loadWords(tag, this.#language(), this);
      } catch (error) {
        const sentences = this.#serverRendered() ? SERVER_COPY_ONLY : MODULE_FAILED;
        if (this.isConnected) this.#cannotStart(sentences, String(error?.message ?? error), 'module-failed');
        return;
      } finally {
        this.#waiting = false;
        this.#setLoading(false);
      }
      if (this.isConnected && !this.#core) this.#start(glue, words);
    }

    /**
     * The module has arrived: make the wasm core and give it the element's document, or `text`
     * when its module starts again (what it showed then, unsaved edits included).
     */
    #start(glue, words, text = undefined) {
      if (restarting.has(tag)) {
        // Its module is being given a fresh instance: this element starts on that one.
        restarting.get(tag).then(() => {
          if (this.isConnected && !this.#core && !stopped.has(tag)) this.#start(glue, words, text);
        });
        return;
      }
      addWords(glue, words);
      this.#glue = glue;
      this.#loadFailure?.remove();
      this.#loadFailure = null;
      this.#releaseControls();
      try {
        this.#core = new glue[coreName](this, this.shadowRoot, () => this.#save());
      } catch (error) {
        if (isTrap(error)) {
          // Caught here, so the console would not show it: the integrator needs its stack.
          console.warn(error);
          if (recover(tag, error)) this.#start(glue, words, text);
          else this[STOP](error.message);
          return;
        }
        // The page lacks something the widget cannot do without (a shadow root to draw in, say).
        this.#cannotStart(PAGE_UNSUPPORTED, String(error?.message ?? error), 'page-unsupported');
        return;
      }
      running.add(this);
      const stored = this.getAttribute('storage') === 'local' ? this.#openStore() : null;
      if (text !== undefined) {
        this.#setData(text);
        this.#save();
      } else if (stored) this.#setData(stored);
      else if (this.#property !== undefined) this.#give(this.#property);
      else if (this.hasAttribute('src')) this.#fetchSrc();
      else this.#readMarkup();
      this.#showEmbedCode();
      this.#showRecordButton();
      this.#showPrintPlan();
    }

    /**
     * In teacher mode, with `embed-builder` set: "Get embed code" under the widget (part
     * `embed-code`), for putting what the teacher made into a platform's page.
     */
    #showEmbedCode() {
      const wanted = Boolean(this.#core) && this.getAttribute('mode') === 'teacher' && this.hasAttribute('embed-builder');
      this.#embedBar = this.#buttonBar(this.#embedBar, wanted, 'embed-code', 'element.embed-code', () => this.#askForEmbedCode());
    }

    /** With mode="self" and `record-issuer`: "Download my record" (part `record`). */
    #showRecordButton() {
      const wanted = Boolean(this.#core) && tag === 'learner-progress' && this.getAttribute('mode') === 'self'
        && this.hasAttribute('record-issuer');
      this.#recordBar = this.#buttonBar(this.#recordBar, wanted, 'record', 'progress.record.download',
        () => this.#record('downloadRecord').catch(() => {}));
    }

    /** A bar under the widget with one button, when `wanted` (`bar`: the one shown, or null). */
    #buttonBar(bar, wanted, part, label, onClick) {
      if (!wanted) {
        bar?.remove();
        return null;
      }
      if (bar) return bar;
      const made = document.createElement('div');
      made.className = 'storage-bar';
      made.setAttribute('part', part);
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'toolbar-button';
      button.textContent = this.#words(label);
      button.addEventListener('click', onClick);
      made.append(button);
      this.shadowRoot.append(made);
      return made;
    }

    /**
     * Does `action` of the record's page side (`learner-record-page.js`, imported when a record is
     * first asked for), lending it what it needs of this element and of the loader.
     */
    #record(action, ...args) {
      return import('./learner-record-page.js').then((page) => page[action]({
        ...RECORD_HELPERS,
        element: this,
        tag,
        json: this.#core?.json,
        lang: this.#language(),
        words: (lang, table) => loadWords('learner-record', lang, this, table),
        notice: (text) => this.#showNotice(text),
        fail: (detail) => this.#fail(detail),
      }, ...args), (error) => {
        this.#fail({ code: 'record-failed', message: String(error?.message ?? error), path: '', problems: [] });
        throw error;
      });
    }

    exportRecord(options) {
      return this.#record('exportRecord', options);
    }

    /**
     * Fires `learner-embed-code` with the document; unless a listener handles it (preventDefault),
     * opens the embed builder in a new tab with this widget and its document.
     */
    #askForEmbedCode() {
      const json = this.data == null ? null : this.exportJson();
      if (!json) {
        this.#showNotice(this.#words('element.embed-code-empty'));
        return;
      }
      if (!tell(this, 'learner-embed-code', { element: tag, document: this.data }, true)) return;
      let builder;
      try {
        builder = new URL(this.getAttribute('embed-builder'), document.baseURI);
      } catch {
        this.#refuse('embed-builder', 'invalid-attribute', `embed-builder: "${this.getAttribute('embed-builder')}" is not an address`);
        return;
      }
      builder.hash = new URLSearchParams({ element: tag, data: json }).toString();
      window.open(builder.href, '_blank', 'noopener');
    }

    /** A server drew this element's widget (`learner-widgets/server`): its module should hydrate. */
    #serverRendered() {
      return [...(this.shadowRoot?.children ?? [])].some((child) => child.hasAttribute('data-learner-server'));
    }

    /**
     * Until its module arrives, the controls a server drew say they cannot be used yet
     * (`aria-disabled`, and the shadow stylesheet's waiting cursor). Marked here, not by the
     * server, so that hydration finds the nodes exactly as the server drew them.
     */
    #holdControls() {
      const root = [...(this.shadowRoot?.children ?? [])].find((child) => child.hasAttribute('data-learner-server'));
      if (!root) return;
      for (const control of root.querySelectorAll('button, input, select, textarea')) {
        if (control.hasAttribute('aria-disabled')) continue;
        control.setAttribute('aria-disabled', 'true');
        this.#held.push(control);
      }
    }

    #releaseControls() {
      for (const control of this.#held) control.removeAttribute('aria-disabled');
      this.#held = [];
    }

    /** Speaks `lang`, once its words (if it has a table) have arrived. */
    #speak(lang) {
      loadWords(tag, lang, this).then((words) => {
        if (!this.#core || !this.#glue || this.#language() !== lang) return;
        addWords(this.#glue, words);
        this.#core.setOption('lang', lang);
        this.#embedBar?.remove();
        this.#embedBar = null;
        this.#recordBar?.remove();
        this.#recordBar = null;
        this.#showEmbedCode();
        this.#showRecordButton();
        this.#planBar?.remove();
        this.#planBar = null;
        this.#showPrintPlan();
      });
    }

    #setLoading(on) {
      try {
        if (on) this.#internals?.states?.add('loading');
        else this.#internals?.states?.delete('loading');
      } catch {
        // A browser without custom states: the host's space-holding rule does not apply.
      }
    }

    /**
     * Its module is about to start again: the document it shows as the module's own JSON text,
     * read from the old instance if it can still say (else undefined: it starts again from what
     * it was given), and that instance's core let go of (its observers end with it).
     */
    [KEEP]() {
      this.#givenMeanwhile = null;
      let text;
      try {
        text = this.#core?.json ?? undefined;
        this.#core?.free();
      } catch {
        // The old instance cannot say: the element's own source (storage, data, src) is used.
      }
      running.delete(this);
      this.#core = null;
      return typeof text === 'string' ? text : undefined;
    }

    [SIZE]() {
      return this.#size;
    }

    /** Gives the core a document as JSON text, noting its length (`[SIZE]`). */
    #setData(text) {
      this.#size = typeof text === 'string' ? text.length : 0;
      this.#core?.setData(text);
    }

    /** The core reads its document from the element's markup (the `data` attribute). */
    #readMarkup() {
      this.#size = (this.getAttribute('data') ?? '').length;
      this.#core.readMarkup();
    }

    /**
     * Starts again on the module's fresh instance, showing `shown` (from [KEEP]) if given; then
     * what the host gave meanwhile, as if given once the module had started again.
     */
    [RESTART](shown) {
      const given = this.#givenMeanwhile;
      this.#givenMeanwhile = null;
      if (!this.isConnected) {
        // Left the page meanwhile: shown again from what it showed (or was given) if it comes back.
        if (!given && shown !== undefined) this.#property = shown;
        return;
      }
      this.#closeStore();
      // What the old core drew goes, and the bars under it (#start puts them back after the new
      // drawing); the notices above it stay.
      const kept = new Set([this.#notice, this.#loadFailure]);
      for (const node of [...this.shadowRoot.childNodes]) if (!kept.has(node)) node.remove();
      this.#dataBar = this.#embedBar = this.#recordBar = this.#planBar = this.#planError = null;
      this.#start(this.#glue, null, shown);
      if (!this.#core) return;
      if (given === 'property') this.#give(this.#property);
      else if (given === 'data') this.#readMarkup();
      else if (given === 'src') this.#fetchSrc();
    }

    /** Its module stopped: never call into it again, and say so where the widget was. */
    [STOP](reason) {
      running.delete(this);
      // Held, never freed: its finalizer would have the stopped instance take down what it drew.
      this.#stoppedCore = this.#core;
      this.#core = null;
      for (const bar of [this.#dataBar, this.#embedBar, this.#recordBar, this.#planBar, this.#notice]) bar?.remove();
      this.#dataBar = this.#embedBar = this.#recordBar = this.#planBar = this.#notice = null;
      // What it last drew stays in view, but its controls would do nothing: out of reach.
      this.shadowRoot?.querySelector('[part="base"]')?.setAttribute('inert', '');
      this.#cannotStart(MODULE_STOPPED, reason, 'module-stopped');
    }

    /**
     * The widget cannot start: its module did not load (404, wrong type, offline), or the page
     * lacks what it needs. Said in the element, in its language, and to the host.
     */
    #cannotStart(sentences, reason, code) {
      const language = this.#language().split('-')[0].toLowerCase();
      const message = (sentences[language] ?? sentences.en).replace('{reason}', reason);
      if (!this.#loadFailure) {
        this.#loadFailure = document.createElement('p');
        this.#loadFailure.setAttribute('role', 'alert');
        this.#loadFailure.setAttribute('part', 'load-error');
        (this.shadowRoot ?? this).prepend(this.#loadFailure);
      }
      this.#loadFailure.textContent = message;
      this.#fail({ code, message, path: '', problems: [{ path: '', message }] });
    }

    disconnectedCallback() {
      // A move disconnects and reconnects in one task; release only what is really gone.
      queueMicrotask(() => {
        if (!this.isConnected && this.#core) {
          if (this.#updated) this.#property = this.#core.data;
          this.#updated = false;
          this.#closeStore();
          running.delete(this);
          this.#core.free();
          this.#core = null;
          trimSoon(tag);
          this.#notice?.remove();
          this.#dataBar?.remove();
          this.#notice = null;
          this.#dataBar = null;
        }
      });
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (oldValue === newValue) return;
      if (!this.#core) {
        // Its module is starting again: a new `data` or `src` is shown once it has, not the old.
        if (restarting.has(tag) && (name === 'data' || name === 'src')) {
          this.#property = undefined;
          this.#givenMeanwhile = name;
        }
        return;
      }
      if (name === 'data') {
        this.#property = undefined;
        this.#readMarkup();
        trimSoon(tag);
      } else if (name === 'src') {
        this.#property = undefined;
        this.#fetchSrc();
      } else if (name === 'lang') {
        this.#speak(this.#language());
      } else if (name === 'embed-builder') {
        this.#showEmbedCode();
      } else if (name.startsWith('record-')) {
        this.#showRecordButton();
      } else if (name === 'print-plan') {
        this.#showPrintPlan();
      } else {
        this.#core.setOption(name, newValue);
        if (name === 'mode') {
          this.#showEmbedCode();
          this.#showRecordButton();
          this.#showPrintPlan();
        }
      }
    }

    /**
     * In mode="self", with `print-plan`: "Print my plan" under the widget (part `print-plan`),
     * for the learner's own copy of their plan, with the profile `plan-profile` names.
     */
    #showPrintPlan() {
      const wanted = tag === PLAN_ELEMENT && Boolean(this.#core) && this.getAttribute('mode') === 'self' && this.hasAttribute('print-plan');
      // A failure is already said in the element and to the host.
      this.#planBar = this.#buttonBar(this.#planBar, wanted, 'print-plan', 'plan.tracker.print',
        () => this.#printPlan({ profile: this.getAttribute('plan-profile') || undefined }).catch(() => {}));
    }

    /** printPlan(options): one print at a time; a second call waits for the same dialog. */
    #printPlan(options) {
      this.#printing ??= this.#printPlanNow(options).finally(() => {
        this.#printing = null;
      });
      return this.#printing;
    }

    async #printPlanNow({ profile, lang, today } = {}) {
      this.#planError?.remove();
      const language = lang || this.#language();
      try {
        const [{ glue, print }, words] = await Promise.all([loadPlan(), loadWords('learner-plan', language, this)])
          .catch((error) => {
            throw { key: 'plan.tracker.not-loaded', fill: ['reason', String(error?.message ?? error)] };
          });
        addWords(glue, words);
        const progress = this.#core?.json ?? undefined;
        const written = print.planProfile(this, profile, jsonText);
        if (!progress && !written) throw { key: 'plan.tracker.nothing' };
        const date = today || this.getAttribute('today') || print.localDate();
        await print.printInPage((root) => glue.renderPlan(root, progress, written, language || undefined, date));
      } catch (failure) {
        this.#planFailed(failure);
      }
    }

    /**
     * The plan was not printed: said in the element (in its language, part `plan-error`) and to
     * the host (`learner-error` plan-failed, in English); the promise rejects with the same.
     * `failure` is a sentence of the tables (`key`, `fill`), the plan module's refusal (`shown`
     * and `message` already worded), or anything else thrown, said as a plan not loaded.
     */
    #planFailed(failure) {
      const { key = 'plan.tracker.not-loaded', shown, message, path = '', problems } = failure ?? {};
      const [name, value] = failure?.fill ?? ['reason', String(failure?.message ?? failure)];
      const say = (lang) => this.#glue?.text(lang, key, name, value) ?? key;
      const english = shown ? message : say('');
      this.#planError ??= Object.assign(document.createElement('p'), { className: 'storage-notice' });
      this.#planError.setAttribute('role', 'alert');
      this.#planError.setAttribute('part', 'plan-error');
      this.#planError.textContent = shown ?? say(this.#language());
      if (this.#planBar) this.#planBar.after(this.#planError);
      else this.shadowRoot.append(this.#planError);
      const detail = { code: 'plan-failed', message: english, path, problems: problems ?? [{ path, message: english }] };
      this.#fail(detail);
      throw Object.assign(new Error(english), detail);
    }

    /** A sentence of the element's own from the locale tables, in the element's language. */
    #words(key, backup = null) {
      const text = this.#glue?.text;
      if (!text) return key;
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
      if (this.#core) {
        this.#give(value);
        trimSoon(tag);
      } else if (restarting.has(tag)) {
        this.#givenMeanwhile = 'property';
      }
    }

    /** Hands the core a document: text as it is, an object written as JSON text here. */
    #give(value) {
      if (value === null || value === undefined || typeof value === 'string') {
        this.#setData(value);
        return;
      }
      const written = jsonText(value);
      if (written.problem) this.#core.refuse(written.problem.path, written.problem.kind, written.problem.fact);
      else this.#setData(written.text);
    }

    /**
     * A checked update of the shown document by the core's `name` method: drawn at once, and
     * kept in this browser with storage="local". Refused, it fires `learner-error`, throws, and
     * changes nothing.
     */
    #update(name, args) {
      const refused = this.#core
        ? this.#core[name](...args)
        : { code: 'no-document', message: 'the element has no document yet: it is not on a page, or its module is still loading', path: '', problems: [] };
      if (refused) {
        this.#fail(refused);
        throw Object.assign(new Error(refused.message), refused);
      }
      this.#updated = true;
      this.#save();
    }

    /** The current document as JSON text, laid out for reading when the page's JSON allows. */
    exportJson() {
      const text = this.#core?.json;
      if (text === undefined || text === null) return JSON.stringify(this.data, null, 2);
      try {
        const pretty = JSON.stringify(JSON.parse(text), null, 2);
        if (typeof pretty === 'string' && !this.#core.check(pretty)) return pretty;
      } catch {
        // the page's JSON is broken: the widget's own text is still right
      }
      return text;
    }

    /** Replaces the document with `text` only if it is valid; otherwise throws and changes nothing. */
    importJson(text) {
      const refused = this.#core?.check(text);
      if (refused) {
        this.#fail(refused);
        throw Object.assign(new Error(refused.message), refused);
      }
      this.#property = text;
      this.#updated = false;
      this.#setData(text);
      this.#save();
      trimSoon(tag);
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
      const allowed = [location.origin];
      for (const origin of (this.getAttribute('allow-origins') ?? '').split(/[\s,]+/).filter(Boolean)) {
        try {
          allowed.push(new URL(origin).origin);
        } catch {
          this.#refuse('allow-origins', 'src-not-allowed',
            `allow-origins: "${origin}" is not an origin; write each as a URL, such as https://example.org`);
          return;
        }
      }
      if (!allowed.includes(url.origin) || !['http:', 'https:'].includes(url.protocol)) {
        this.#refuseSrc('src-not-allowed',
          `src: ${url.origin} is not this page's origin; list it in allow-origins to load from it`);
        return;
      }
      try {
        const response = await fetch(url, { credentials: 'same-origin' });
        if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`);
        const text = await response.text();
        if (this.getAttribute('src') === src) {
          this.#setData(text);
          trimSoon(tag);
        }
      } catch (error) {
        this.#refuseSrc('src-failed', `src: ${url.href} could not be loaded (${error?.message ?? error})`);
      }
    }

    #refuseSrc(code, message) {
      this.#refuse('src', code, message);
    }

    #refuse(path, code, message) {
      this.#showNotice(message);
      this.#fail({ code, message, path, problems: [{ path, message }] });
    }

    #openStore() {
      const key = this.getAttribute('storage-key') || this.localName;
      let LocalStore;
      try {
        ({ LocalStore } = loaded.get('storage'));
        this.#store = new LocalStore(key, (text) => this.#setData(text),
          (text) => this.#core?.check(text) ?? null);
      } catch (problem) {
        this.#storageFailed(problem);
        return null;
      }
      // A save that failed is tried again when the browser may have room or access again.
      this.#retry = () => {
        if (this.#unsaved) this.#save();
      };
      addEventListener('online', this.#retry);
      document.addEventListener('visibilitychange', this.#retry);
      try {
        const { text, corrupt } = this.#store.load();
        if (corrupt) this.#storageFailed(corrupt, !corrupt.stops);
        this.#showDataBar(Boolean(this.#store));
        return text;
      } catch (problem) {
        // Storage cannot be read now: the work is not saved, but each edit tries again.
        this.#saveFailed(problem);
        this.#showDataBar(true);
        return null;
      }
    }

    #closeStore() {
      this.#store?.close();
      this.#store = null;
      removeEventListener('online', this.#retry);
      document.removeEventListener('visibilitychange', this.#retry);
      this.#unsaved = false;
    }

    /**
     * Keeps the shown document in this browser (storage="local"), as the widget's own JSON text,
     * read back before it counts as saved. A failed save leaves the work unsaved but kept on the
     * page, with the download bar; the next edit, `online` or a return to the tab tries again.
     */
    #save() {
      // Without storage there is nothing to write: the document is not even turned into text.
      if (!this.#store) return;
      const text = this.#core?.json;
      if (typeof text !== 'string') return;
      try {
        const { text: stored, notice } = this.#store.save(text);
        if (stored !== text) this.#setData(stored);
        if (notice) this.#storageFailed(notice, true);
        if (this.#unsaved) {
          this.#unsaved = false;
          if (!notice) this.#showNotice(this.#words('element.caught-up'));
        }
      } catch (problem) {
        this.#saveFailed(problem);
      }
    }

    /** A save failed: said once until saving works again, with the store kept open. */
    #saveFailed(problem) {
      if (this.#unsaved) return;
      this.#unsaved = true;
      this.#storageFailed(problem, true);
    }

    /** Says what went wrong, in the widget and to the host. Unless `keep`, storage stops. */
    #storageFailed(problem, keep = false) {
      if (!keep) this.#closeStore();
      // Anything else thrown while saving is said as a failed save.
      const StorageProblem = loaded.get('storage')?.StorageProblem;
      const known = Boolean(StorageProblem) && problem instanceof StorageProblem;
      const message = this.#words(known ? problem.key : 'element.not-saved', known ? problem.backup : null);
      this.#showNotice(message);
      this.#fail({ code: known ? problem.code : 'storage-unavailable', message, path: '', problems: [] });
    }

    #fail(detail) {
      tell(this, 'learner-error', detail);
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

    /**
     * "Download my data" and "Erase my data", for the learner whose work this browser keeps; only
     * "Download" when the stored copy must be left alone (`erasable` false).
     */
    #showDataBar(erasable) {
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
        saveFile(this.exportJson(), `${this.getAttribute('storage-key') || this.localName}.json`);
      });
      this.#dataBar = bar;
      this.shadowRoot.append(bar);
      if (!erasable) return;
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
    }
  };
}

const browser = typeof HTMLElement === 'function' && typeof customElements === 'object' && customElements !== null;

if (browser) {
  addEventListener('error', hearTrap);
  addEventListener('unhandledrejection', hearTrap);
}

for (const tag of browser ? Object.keys(MODULES) : []) {
  const defined = customElements.get(tag);
  if (!defined) {
    customElements.define(tag, learnerElement(tag));
  } else if (defined[OURS]) {
    console.warn(`<${tag}> is already defined by another copy of learner-widgets.js; this copy leaves it.`);
  } else {
    // Another library took the name: its elements are not ours to draw into. Said to the host.
    const message = `<${tag}> is already defined by another script on this page, so the learner widgets cannot use that name.`;
    console.error(message);
    tell(document, 'learner-error', { code: 'tag-taken', message, path: tag, problems: [{ path: tag, message }] });
  }
}
