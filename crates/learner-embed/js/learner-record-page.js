// A learner's record, the page's side: imports the learner-record module, makes the record from a
// tracker's document, and downloads it ("Download my record"), signed when the host's server hands
// a signed one back. The loader imports this only when a record is first asked for; `host` is what
// it lends of the element and of itself (`#record()` in learner-widgets.js).

const RECORD = {
  glue: () => import('./learner-record.js'),
  wasm: () => new URL('./learner-record_bg.wasm', import.meta.url),
};

/** The record's words in each language but English (which its module carries), for bundlers. */
const WORDS = {
  es: () => new URL('./learner-record.es.txt', import.meta.url),
  ar: () => new URL('./learner-record.ar.txt', import.meta.url),
};

let loading = null;

/** The record module, loaded once; a failure is forgotten, so asking again tries again. */
function loadRecord(instantiate) {
  loading ??= instantiate(RECORD).catch((error) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** A new `urn:uuid:` (version 4): one for each credential of a record. */
function newUrn() {
  if (typeof crypto.randomUUID === 'function') return `urn:uuid:${crypto.randomUUID()}`;
  // A page outside a secure context (plain http) has no randomUUID: the same from random bytes.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The learner's record from the tracker's document and `options` (`record-issuer` and
 * `record-issuer-name` give the issuer when the options do not). Rejects with the module's Error
 * (`code`, `path`, `problems`, and `said` in the element's language) when it cannot be made.
 */
async function makeRecord(host, options) {
  if (typeof host.json !== 'string') {
    throw Object.assign(new Error('the element has no document yet'), { code: 'no-document', path: '', problems: [] });
  }
  const given = { ...options };
  if (given.issuer === undefined && host.element.getAttribute('record-issuer') !== null) {
    given.issuer = { id: host.element.getAttribute('record-issuer'), name: host.element.getAttribute('record-issuer-name') ?? '' };
  }
  // Now, to the second, as credentials are usually dated.
  given.validFrom ??= new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const [glue, words] = await Promise.all([loadRecord(host.instantiate), host.words(host.lang, WORDS)]);
  host.addWords(glue, words);
  const written = host.jsonText(given);
  if (written.problem) throw glue.notJson(written.problem.path, written.problem.kind, written.problem.fact);
  return glue.record(host.json, written.text, host.lang, newUrn);
}

const failure = (error) => ({
  code: error?.code ?? 'record-failed',
  message: String(error?.message ?? error),
  path: error?.path ?? '',
  problems: error?.problems ?? [],
});

/** `exportRecord(options)`: the record, or a rejection said to the host as `learner-error`. */
export async function exportRecord(host, options = {}) {
  try {
    return await makeRecord(host, options);
  } catch (error) {
    host.fail(failure(error));
    throw error;
  }
}

/**
 * "Download my record": fires `learner-record` with the unsigned record; downloads the record the
 * host's server signed (`respondWith`), or else the unsigned one, unless the host handles it.
 */
export async function downloadRecord(host) {
  const name = `${host.element.getAttribute('storage-key') || host.tag}-record`;
  let glue = null;
  const words = (key, placeholder, value) => glue?.text(host.lang, key, placeholder, value) ?? value;
  try {
    const record = await makeRecord(host, {});
    glue = await loading;
    let signing = null;
    const detail = { ...record, respondWith: (promise) => { signing = Promise.resolve(promise); } };
    if (!host.tell(host.element, 'learner-record', detail, true)) return;
    if (!signing) {
      host.saveFile(host.jsonText(record.clr).text, `${name}.json`);
      host.notice(words('record.downloaded', 'file', `${name}.json`));
      return;
    }
    const signed = await signing;
    // A VC-JWT is text; a credential with an embedded proof is an object. Neither is checked here.
    const jwt = typeof signed === 'string';
    const written = jwt ? { text: signed } : host.jsonText(signed);
    if (written.problem) {
      throw new Error(`the signed record cannot be written as JSON (${written.problem.kind} at ${written.problem.path || 'the top'})`);
    }
    host.saveFile(written.text, `${name}.${jwt ? 'jwt' : 'json'}`, jwt ? 'application/jwt' : 'application/json');
    host.notice(words('record.signed', 'issuer', host.element.getAttribute('record-issuer-name') ?? ''));
  } catch (error) {
    glue ??= await loading?.catch(() => null);
    host.notice(words('record.failed', 'reason', error?.said ?? String(error?.message ?? error)));
    host.fail(failure(error));
  }
}
