// Bounded fuzzing of the storage="local" envelope and its migration (learner-storage.js): whatever
// a browser's localStorage holds under a widget's key (random JSON, wrong types, truncated
// envelopes, huge strings, first-version bare documents, mutated documents, other document types,
// a newer version's envelope), the page sees no uncaught error, and the widget either shows the
// stored document, or shows its starting one with the "could not be read" notice and a
// storage-corrupt learner-error, the entry kept byte for byte under a backup key (or, when even
// that does not fit, left untouched and never written over). The learner's next edit is then
// saved as a whole envelope. fast-check generates the entries; the seed is fixed so CI is
// repeatable (LEARNER_FUZZ_SEED tries others, LEARNER_FUZZ_RUNS more runs).
import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { guardPage } from './page-guard.js';
import { openStrictPage } from './strict-page.js';

const RUNS = Number(process.env.LEARNER_FUZZ_RUNS ?? 400);
const SEED = Number(process.env.LEARNER_FUZZ_SEED ?? 20261123);
const FORMAT = 'learner-widgets/storage';

/** The document the host gives the widget; shown whenever the stored one is not. */
const START = {
  schema: 'learner-profile/1',
  learner: { id: 'start', name: 'Starting Sam' },
  scale: { min: 1, max: 5, step: 1 },
  dimensions: [
    { id: 'reading', label: 'Reading', value: 4 },
    { id: 'number', label: 'Number sense', value: 2, selfRating: 3 },
    { id: 'focus', label: 'Focus', value: 3, selfNote: 'mornings' },
  ],
};
/** A stored document the widget accepts (a learner's earlier work). */
const SAVED = {
  ...START,
  learner: { id: 'saved', name: 'Saved Sasha' },
  dimensions: START.dimensions.map((d, i) => ({ ...d, selfRating: i + 1 })),
};
const PROGRESS = {
  schema: 'learner-progress/1',
  learner: { id: 'p', name: 'P' },
  framework: { title: 'F', competencies: [{ id: 'c', code: 'C', statement: 'S' }] },
};

/** Every JSON pointer-ish path into `value`, as arrays of keys. */
function paths(value, at = []) {
  const out = [at];
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, Array.isArray(value) ? Number(k) : k]));
  }
  return out;
}

/** `doc` with the value at one of its paths replaced (or removed, for `undefined`). */
const mutated = (doc) => fc.tuple(fc.nat(), fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }))
  .map(([index, replacement]) => {
    const all = paths(doc);
    const path = all[index % all.length];
    if (path.length === 0) return replacement;
    const copy = structuredClone(doc);
    let node = copy;
    for (const key of path.slice(0, -1)) node = node[key];
    if (replacement === undefined) delete node[path.at(-1)];
    else node[path.at(-1)] = replacement;
    return copy;
  });

const revision = fc.oneof(fc.nat({ max: 1000 }), fc.constant(Number.MAX_SAFE_INTEGER), fc.constant(2 ** 53 + 2),
  fc.integer({ min: -3, max: -1 }), fc.double(), fc.string({ maxLength: 3 }), fc.constant(null));
const document = fc.oneof(
  { weight: 4, arbitrary: fc.constant(SAVED) },
  { weight: 5, arbitrary: mutated(SAVED) },
  { weight: 1, arbitrary: fc.constant(PROGRESS) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);
const envelope = (doc) => fc.record({
  format: fc.oneof({ weight: 8, arbitrary: fc.constant(FORMAT) }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) }),
  version: fc.oneof({ weight: 8, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.constantFrom(0, 2, '1', 1.5, null) }),
  schema: fc.oneof(fc.constant('learner-profile/1'), fc.string({ maxLength: 20 })),
  revision,
  savedAt: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.string({ maxLength: 10 })),
  document: doc,
}, { requiredKeys: ['format', 'version', 'revision', 'document'] });

/** What a browser might hold under the key, as text. */
const entry = fc.oneof(
  { weight: 6, arbitrary: envelope(document).map((e) => JSON.stringify(e)) },
  // Version 0: the bare document.
  { weight: 3, arbitrary: document.map((d) => JSON.stringify(d)) },
  // Cut off mid-write by something other than these widgets.
  { weight: 3, arbitrary: fc.tuple(envelope(document), fc.nat()).map(([e, n]) => {
    const text = JSON.stringify(e);
    return text.slice(0, n % Math.max(1, text.length));
  }) },
  { weight: 2, arbitrary: fc.json({ maxDepth: 3 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.constantFrom('', 'null', 'undefined', '[]', '{}', '"text"', '0', 'NaN', '\u0000', '\ud800') },
);

/** Entries of a few MB (fixed, as each takes seconds): the backup may not fit beside them. */
const HUGE = [200_000, 2_500_000, 4_000_000].flatMap((size) => [
  JSON.stringify({ format: FORMAT, version: 1, revision: 3,
    document: { ...SAVED, dimensions: SAVED.dimensions.map((d) => ({ ...d, selfNote: 'x'.repeat(size) })) } }),
  '{'.repeat(8) + 'é'.repeat(size),
]);

/**
 * In the page: stores `raw`, adds a fresh storage="local" widget, makes one edit, and reports
 * what a person and the host saw.
 */
function trial(page, raw, run) {
  return page.evaluate(async ([raw, run, start]) => {
    const KEY = `learner-widgets:fuzz-${run}`;
    localStorage.clear();
    try {
      localStorage.setItem(KEY, raw);
    } catch {
      return { skipped: true }; // the browser itself cannot hold it
    }
    const task = () => new Promise((resolve) => setTimeout(resolve, 0));
    const errors = [];
    const el = document.createElement('learner-profile');
    el.setAttribute('storage', 'local');
    el.setAttribute('storage-key', `fuzz-${run}`);
    el.setAttribute('mode', 'self');
    el.addEventListener('learner-error', (e) => errors.push(e.detail.code));
    el.data = start;
    document.querySelector('main').append(el);
    await task();
    const root = el.shadowRoot;
    // A busy machine may take more than one task to draw: wait (up to 5 s) for the widget.
    const drawn = () => root.getElementById('self-rating-0') || root.querySelector('[role="alert"]');
    for (let waited = 0; !drawn() && waited < 5000; waited += 10) await new Promise((r) => setTimeout(r, 10));
    const seen = () => ({
      notice: root.querySelector('[part="storage-notice"]')?.textContent ?? null,
      alert: root.querySelector('[role="alert"]')?.textContent ?? null,
      bar: !!root.querySelector('[part="storage-bar"]'),
      // Saving goes on (the bar offers Erase) or has stopped (Download only).
      saving: root.querySelector('[part="storage-bar"]')?.querySelectorAll('button').length === 2,
      name: el.data?.learner?.name ?? null,
      data: el.data,
    });
    const backups = () => Object.keys(localStorage).filter((k) => k.startsWith(`${KEY}:backup:`))
      .map((k) => localStorage.getItem(k));
    const loaded = { ...seen(), errors: [...errors], entry: localStorage.getItem(KEY) === raw, backups: backups().length };
    const backupsHoldRaw = backups().every((b) => b === raw);
    // The learner's next edit.
    const slider = root.getElementById('self-rating-0');
    if (slider) {
      slider.value = slider.value === '1' ? '2' : '1';
      slider.dispatchEvent(new Event('change', { bubbles: true }));
      await task();
      // The save may land a task later on a busy machine: wait (up to 5 s) for the entry to change.
      for (let waited = 0; localStorage.getItem(KEY) === raw && seen().saving
        && waited < 5000; waited += 10) await new Promise((r) => setTimeout(r, 10));
    }
    const after = localStorage.getItem(KEY);
    const edited = { ...seen(), errors: [...errors], entryUnchanged: after === raw, entry: after === raw ? null : after,
      backups: backups().length, backupsHoldRaw: backups().every((b) => b === raw) };
    el.remove();
    await task();
    localStorage.clear();
    return { loaded, backupsHoldRaw, edited };
  }, [raw, run, START]);
}

/** How the page's own copy of the reader sees `raw`: the document if it is a readable entry. */
function readable(raw) {
  let value;
  try { value = JSON.parse(raw); } catch { return null; }
  const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (value?.format === FORMAT) {
    return value.version === 1 && Number.isSafeInteger(value.revision) && value.revision >= 0
      && isObject(value.document) ? value.document : null;
  }
  return isObject(value) && typeof value.schema === 'string' && value.schema.startsWith('learner-') ? value : null;
}

/**
 * The promise, for one entry and what `trial` saw; counts the way it went in `outcomes`.
 * Throws (an expect) when broken.
 */
function verify(raw, result, problems, outcomes) {
  if (result.skipped) { outcomes.skipped += 1; return; }
  const { loaded, edited } = result;
  expect(problems, 'no uncaught error, console error or policy violation').toEqual([]);
  // Never the error view: the widget shows a document, the stored one or the host's.
  expect(loaded.alert).toBeNull();
  expect(loaded.name).not.toBeNull();
  const doc = readable(raw);
  if (loaded.errors.length === 0) {
    // Shown as stored: a readable entry, untouched, no notice, nothing backed up.
    outcomes.shown += 1;
    expect(doc, 'only a readable entry is shown').not.toBeNull();
    expect(loaded.name).toBe(doc.learner.name);
    expect(loaded).toMatchObject({ notice: null, entry: true, backups: 0, bar: true, saving: true });
  } else {
    // Refused: the host's document, a notice, a storage-corrupt error, and the entry safe.
    expect(loaded.errors).toEqual(['storage-corrupt']);
    expect(loaded.name).toBe(START.learner.name);
    expect(loaded.notice).toContain('could not be read');
    expect(loaded.entry, 'the entry is not written over on load').toBe(true);
    if (loaded.backups === 1) {
      outcomes.keptAside += 1;
      expect(result.backupsHoldRaw, 'the backup is the entry, byte for byte').toBe(true);
      expect(loaded.saving).toBe(true);
    } else {
      outcomes.leftAlone += 1;
      expect(loaded.backups).toBe(0);
      expect(loaded.notice).toContain('left as it was');
      expect(loaded.saving, 'storage stops when nothing could be kept aside').toBe(false);
      expect(loaded.bar, 'the learner can still download their work').toBe(true);
    }
  }
  // After one edit: saved as a whole envelope (the stored copy stays in its backup), or, when
  // storage stopped, the entry untouched.
  expect(edited.alert).toBeNull();
  if (loaded.saving) {
    expect(edited.backups).toBe(loaded.backups);
    expect(edited.backupsHoldRaw).toBe(true);
    const saved = JSON.parse(edited.entry);
    expect(saved).toMatchObject({ format: FORMAT, version: 1 });
    expect(Number.isSafeInteger(saved.revision) && saved.revision >= 1).toBe(true);
    expect(saved.document).toEqual(edited.data);
    expect(edited.errors).toEqual(loaded.errors);
  } else {
    expect(edited.entryUnchanged).toBe(true);
  }
}

const noOutcomes = () => ({ shown: 0, keptAside: 0, leftAlone: 0, skipped: 0 });
const describe = (outcomes) => `${outcomes.shown} shown as stored, ${outcomes.keptAside} kept aside, `
  + `${outcomes.leftAlone} left alone (no room to copy), ${outcomes.skipped} too big for the browser`;

test(`storage fuzzing: ${RUNS} random entries never break the page or lose what was stored`, async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const problems = await guardPage(page, baseURL);
  await openStrictPage(page, baseURL, 'storage-fuzz');
  let run = 0;
  const outcomes = noOutcomes();
  const started = Date.now();
  await fc.assert(fc.asyncProperty(entry, async (raw) => {
    run += 1;
    verify(raw, await trial(page, raw, run), problems, outcomes);
  }), { numRuns: RUNS, seed: SEED });
  console.log(`${run} entries in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${SEED}): ${describe(outcomes)}`);
  // Both ways through were taken often.
  expect(outcomes.shown).toBeGreaterThan(RUNS / 20);
  expect(outcomes.keptAside).toBeGreaterThan(RUNS / 5);
});

test('entries of a few MB are shown, kept aside, or left alone when no copy fits, never written over', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const problems = await guardPage(page, baseURL);
  await openStrictPage(page, baseURL, 'storage-fuzz-huge');
  const outcomes = noOutcomes();
  for (const [i, raw] of HUGE.entries()) {
    verify(raw, await trial(page, raw, i), problems, outcomes);
  }
  console.log(`${HUGE.length} huge entries: ${describe(outcomes)}`);
  expect(outcomes.leftAlone).toBeGreaterThan(0);
});
