// Numbers written the same way in every engine, for each language: one table of what a learner
// sees, asserted in Chromium (tests/e2e/numbers.spec.js, Playwright) and in Firefox ESR and
// WebKitGTK (tests/engines/smoke.test.js, WebDriver). The widgets choose the numbering system
// themselves (crates/learner-widgets/src/i18n/intl.rs: Arabic with Arabic-Indic digits, in the
// Maghreb with Latin ones, every other language Latin); left to each engine's defaults, WebKit
// wrote Arabic-Indic digits where Chromium and Firefox wrote Latin ones.
//
// Each case adds Ana's profile (table view) and Ana's progress (every explanation open) in `lang`
// to the gallery page and reads their visible text. Dates are checked for their digits only: how
// a date is laid out comes from each engine's copy of the CLDR data, which the widgets leave to it.

const ARABIC_DIGITS = /[\u0660-\u0669]/;
const LATIN_DIGITS = /[0-9]/;

export const NUMBER_CASES = [
  {
    lang: 'en',
    // Reading comprehension's row: value, usual range, the learner's rating, and its details.
    reading: ['86', '78–92', '', '80', 'A strength. 9 pieces of evidence.'],
    profile: ['every dimension on a 0–100 scale', '60% sure.'],
    progress: [
      '0.35 × 1.65 + 0.65 × 3 = 2.5275',
      'Result: 3.48 → Mastery',
      'You have mastered 1 of 5 competencies.',
      'A next score of 3.32 or more would reach mastery.',
    ],
    date: { pattern: /By (.+?), 2 should be mastered/, day: '23', year: '2026', digits: 'latn' },
  },
  {
    lang: 'es',
    reading: ['86', '78–92', '', '80', 'Una fortaleza. 9 evidencias.'],
    profile: ['en una escala de 0 a 100', '60% de certeza.'],
    progress: [
      '0,35 × 1,65 + 0,65 × 3 = 2,5275',
      'Resultado: 3,48 → Dominio',
      'Has dominado 1 de 5 competencias.',
    ],
    date: { pattern: /Para el (.+?) deberías dominar 2/, day: '23', year: '2026', digits: 'latn' },
  },
  {
    lang: 'ar',
    reading: ['٨٦', '٧٨–٩٢', '', '٨٠', 'نقطة قوة. ٩ أدلة.'],
    profile: ['على مقياس من ٠ إلى ١٠٠', 'درجة الثقة ٦٠٪.'],
    progress: [
      '٠٫٣٥ × ١٫٦٥ + ٠٫٦٥ × ٣ = ٢٫٥٢٧٥',
      'النتيجة: ٣٫٤٨ ← إتقان',
      'أتقنت ١ من ٥ كفايات.',
    ],
    date: { pattern: /بحلول (.+?) ينبغي إتقان/, day: '٢٣', year: '٢٠٢٦', digits: 'arab' },
  },
  {
    // Arabic as written in Morocco: Latin digits, Arabic words.
    lang: 'ar-MA',
    reading: ['86', '78–92', '', '80', 'نقطة قوة. 9 أدلة.'],
    profile: ['على مقياس من 0 إلى 100', 'درجة الثقة 60٪.'],
    progress: [
      '0,35 × 1,65 + 0,65 × 3 = 2,5275',
      'النتيجة: 3,48 ← إتقان',
      'أتقنت 1 من 5 كفايات.',
    ],
    date: { pattern: /بحلول (.+?) ينبغي إتقان/, day: '23', year: '2026', digits: 'latn' },
  },
];

/**
 * In the page (passed to Playwright's `page.evaluate` or WebDriver's execute script, so it uses
 * nothing from this module): adds the two widgets in `lang` to the gallery and resolves to what
 * they show: `{ reading, profileText, progressText }`, text with its white space collapsed.
 */
export async function readNumbers(lang) {
  const squash = (text) => text.replace(/\s+/g, ' ').trim();
  const wait = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });
  const until = async (check) => {
    for (let i = 0; i < 300; i += 1) {
      const value = check();
      if (value) return value;
      await wait(50);
    }
    throw new Error(`numbers in ${lang}: the widgets did not render`);
  };
  const load = async (name) => (await fetch(`/samples/${name}`)).json();
  const add = (tag, data, attributes) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.data = data;
    (document.querySelector('main') ?? document.body).append(element);
    return element;
  };
  const profile = add('learner-profile', await load('ana.profile.json'),
    { id: `numbers-profile-${lang}`, lang, view: 'table' });
  const progress = add('learner-progress', await load('ana.progress.json'),
    { id: `numbers-progress-${lang}`, lang, today: '2026-11-23' });
  const table = await until(() => profile.shadowRoot?.querySelector('table'));
  await until(() => progress.shadowRoot?.querySelector('details'));
  for (const details of progress.shadowRoot.querySelectorAll('details')) details.open = true;
  await new Promise((resolve) => { requestAnimationFrame(() => requestAnimationFrame(resolve)); });
  const row = [...table.rows].find((r) => r.cells[0]?.textContent.trim() === 'Reading comprehension');
  return {
    // Value, usual range, goal, the learner's rating, details: the row after its name and group.
    reading: row ? [...row.cells].slice(2).map((cell) => squash(cell.innerText)) : null,
    profileText: squash(profile.shadowRoot.querySelector('.learner-root').innerText),
    progressText: squash(progress.shadowRoot.querySelector('.learner-root').innerText),
  };
}

/** What is wrong with `seen` (from readNumbers) for `expected` (a NUMBER_CASES entry): a list. */
export function numberProblems(expected, seen) {
  const problems = [];
  const where = `lang="${expected.lang}"`;
  if (JSON.stringify(seen.reading) !== JSON.stringify(expected.reading)) {
    problems.push(`${where}: Reading comprehension's row reads ${JSON.stringify(seen.reading)}, expected ${JSON.stringify(expected.reading)}`);
  }
  for (const text of expected.profile) {
    if (!seen.profileText.includes(text)) problems.push(`${where}: the profile does not show "${text}"`);
  }
  for (const text of expected.progress) {
    if (!seen.progressText.includes(text)) problems.push(`${where}: the progress does not show "${text}"`);
  }
  const { pattern, day, year, digits } = expected.date;
  const date = pattern.exec(seen.progressText)?.[1];
  if (!date) {
    problems.push(`${where}: no date where ${pattern} expects one`);
  } else {
    const other = digits === 'arab' ? LATIN_DIGITS : ARABIC_DIGITS;
    if (!date.includes(day) || !date.includes(year) || other.test(date)) {
      problems.push(`${where}: the date "${date}" is not written with ${digits} digits (${day}, ${year})`);
    }
  }
  return problems;
}
