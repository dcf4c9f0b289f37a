// The printed learning plan (<learner-progress>'s printPlan() and "Print my plan"): printed to PDF
// by Chromium with print media in English, Spanish and Arabic, its text and page count read back
// with pdf.js, every chart and table whole on one page, axe on the plan view, the keyboard path to
// the button, its module fetched only when a plan is printed, and what a failure says. Page 1 of
// the English PDF is drawn to docs/images/plan-page-1.png for the integrator guide.
import { writeFile } from 'node:fs/promises';
import { test, expect } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createCanvas } from '@napi-rs/canvas';
import { guardPage } from './page-guard.js';
import { expectNoAxeViolations } from './axe.js';
import { focused } from './focus.js';

const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
  + "style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

const PLAN_FILES = ['learner-plan.js', 'learner-plan_bg.wasm', 'learner-print.js', 'learner-plan.es.txt', 'learner-plan.ar.txt'];

/**
 * Ana's profile and her own tracker (mode="self", with "Print my plan" and her profile named),
 * in `lang`, on a page under the strict policy, with `window.print` replaced by what a browser
 * does when its dialog opens (`beforeprint`) and a count of the dialogs opened. The test closes
 * the "dialog" itself by firing `afterprint`. `opens: false` stands for a browser that ignores
 * print() (a frame without allow-modals).
 */
async function openPlanPage(page, baseURL, lang, { opens = true } = {}) {
  await page.addInitScript((opens) => {
    window.dialogs = 0;
    window.print = () => {
      if (!opens) return;
      window.dialogs += 1;
      dispatchEvent(new Event('beforeprint'));
    };
  }, opens);
  await page.route(`${baseURL}/plan-${lang}.html`, (route) => route.fulfill({
    contentType: 'text/html',
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    body: `<!doctype html><html lang="${lang}"><head><title>Plan</title>`
      + '<script type="module" src="/dist/learner-widgets.js"></script></head>'
      + '<body><h1>Host page</h1><main>'
      + '<learner-profile id="ana-profile" src="/samples/ana.profile.json"></learner-profile>'
      + '<learner-progress id="ana-progress" src="/samples/ana.progress.json" today="2026-11-23"'
      + ' mode="self" print-plan plan-profile="ana-profile"></learner-progress>'
      + '</main></body></html>',
  }));
  await page.goto(`/plan-${lang}.html`);
  await expect(page.locator('learner-progress').getByRole('progressbar').first()).toBeVisible();
  await expect(page.locator('learner-profile').locator('svg.profile-chart')).toBeVisible();
}

/** The plan files of dist/ the page has fetched, by name. */
function planRequests(page) {
  const fetched = [];
  page.on('requestfinished', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    if (PLAN_FILES.includes(name)) fetched.push(name);
  });
  return fetched;
}

/** Starts printPlan() (kept as `window.printed`) and waits for its print dialog to open. */
async function startPrinting(page) {
  await page.evaluate(() => {
    window.printed = document.getElementById('ana-progress').printPlan({ profile: 'ana-profile' })
      .then(() => 'closed', (error) => `failed: ${error.message}`);
  });
  await page.waitForFunction(() => window.dialogs === 1);
}

/**
 * Closes the print dialog: the plan is taken off the page and printPlan() resolves. (Chromium's
 * page.pdf() fires `afterprint` itself, as a closing dialog does; a second one changes nothing.)
 */
async function closeDialog(page) {
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  expect(await page.evaluate(() => window.printed)).toBe('closed');
  expect(await page.locator('.learner-plan-print').count()).toBe(0);
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
}

/**
 * The first and last text of each chart and table of the plan (or of what `selector` names), as
 * print media lays it out: what must share a page for the block to be whole.
 */
async function blockEnds(page, selector = '.plan-chart, table') {
  return page.evaluate((selector) => {
    const root = document.querySelector('.learner-plan-print').shadowRoot;
    const words = (node) => {
      const found = [];
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const text = walker.currentNode.textContent.replace(/\s+/g, ' ').trim();
        if (text && !walker.currentNode.parentElement.closest('title')) found.push(text);
      }
      return found;
    };
    return [...root.querySelectorAll(selector)].map((block) => {
      const found = words(block);
      return { block: block.className || `${block.localName} ${found[0]}`, first: found[0], last: found.at(-1) };
    });
  }, selector);
}

/**
 * The PDF's pages as pdf.js reads them: `pages`, each page's text without spaces and with Arabic's
 * presentation forms as letters (NFKC), and `words`, all the text with spaces between its pieces.
 */
async function pdfPages(bytes) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages = [];
  const words = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const { items } = await (await pdf.getPage(n)).getTextContent();
    pages.push(items.map((item) => item.str).join('').normalize('NFKC').replace(/\s+/g, ''));
    words.push(items.map((item) => item.str).join(' ').normalize('NFKC'));
  }
  return { pdf, pages, words: words.join(' ') };
}

/** Arabic letters and marks, whose runs Chromium writes into the PDF in visual order. */
const ARABIC_RUN = /[\u0600-\u06ff]+|[^\u0600-\u06ff]+/g;

/**
 * Where `text` (the PDF's, from `pages`) holds `wanted` (a sentence of the page, in logical
 * order), at or after `from`: its longest run of one script, found as written or, for an Arabic
 * run, as the same letters in any order (Chromium writes Arabic in visual order, and a line's
 * glyph clusters in an order of its own). -1 when it is not there.
 */
function findIn(text, wanted, from = 0) {
  const runs = pieces(wanted);
  const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
  const at = text.indexOf(longest, from);
  if (at >= 0 || !/[\u0600-\u06ff]/.test(longest)) return at;
  const letters = (chars) => [...chars].sort().join('');
  const sought = letters(longest);
  for (let i = from; i + longest.length <= text.length; i += 1) {
    if (letters(text.slice(i, i + longest.length)) === sought) return i;
  }
  return -1;
}

/** Whether the PDF says `wanted`: every piece of it, as `findIn` finds them. */
function says(text, wanted) {
  return pieces(wanted).every((piece) => findIn(text, piece) >= 0);
}

/**
 * A sentence's words, each cut where the script changes, without punctuation (which bidi
 * reordering moves to the other end of a right-to-left line).
 */
function pieces(sentence) {
  return sentence.replace(/[.,:;()،\u200e\u200f]/g, ' ').split(/\s+/).flatMap((word) => word.match(ARABIC_RUN) ?? []);
}

/**
 * The page each block's first and last text is on, searching the pages in order from where the
 * previous block ended (a dimension's name is in the chart and again in the table).
 */
function pagesOfBlocks(pages, blocks) {
  const text = pages.join('');
  const pageAt = (offset) => {
    let end = 0;
    return pages.findIndex((page) => {
      end += page.length;
      return offset < end;
    }) + 1;
  };
  let from = 0;
  return blocks.map(({ block, first, last }) => {
    const start = findIn(text, first, from);
    const stop = findIn(text, last, Math.max(start, 0));
    from = Math.max(start, stop) + 1;
    return { block, firstPage: start < 0 ? 0 : pageAt(start), lastPage: stop < 0 ? 0 : pageAt(stop) };
  });
}

const LANGUAGES = [
  {
    lang: 'en',
    title: 'Learning plan for Ana García',
    noClass: /\b(class|average)\b/i,
    words: ['Profile: strengths and areas to grow', 'Progress by competency', 'Next steps',
      'Goals and reflections', 'Pace: Behind', 'Mastered', 'In progress', 'Not started',
      'Tape diagrams help me see the rate.', 'Reading comprehension'],
  },
  {
    lang: 'es',
    title: 'Plan de aprendizaje de Ana García',
    noClass: /\b(clase|promedio)\b/i,
    words: ['Perfil: fortalezas y aspectos por mejorar', 'Progreso por competencia', 'Próximos pasos',
      'Metas y reflexiones', 'Ritmo: Con retraso', 'Dominada', 'En curso', 'Sin empezar',
      'Tape diagrams help me see the rate.'],
  },
  {
    lang: 'ar',
    title: 'خطة التعلّم لـAna García',
    noClass: /الصف|فصلا|متوسط|طسوتم/,
    words: ['التقدّم في كل كفاية', 'الخطوات التالية', 'الأهداف والتأمّلات', 'مُتقَنة', 'قيد التعلّم',
      'Tape diagrams help me see the rate.'],
  },
];

for (const { lang, title, noClass, words } of LANGUAGES) {
  test(`the plan prints to PDF in ${lang}: its words, its pages, every chart and table whole`, async ({ page, baseURL }) => {
    const problems = await guardPage(page, baseURL);
    const fetched = planRequests(page);
    await openPlanPage(page, baseURL, lang);
    await page.waitForLoadState('networkidle');
    expect(fetched, 'nothing of the plan before it is printed').toEqual([]);

    await startPrinting(page);
    const wordsFile = lang === 'en' ? [] : [`learner-plan.${lang}.txt`];
    expect(fetched.sort()).toEqual(['learner-plan.js', 'learner-plan_bg.wasm', 'learner-print.js', ...wordsFile].sort());

    await page.emulateMedia({ media: 'print' });
    // While printing, the plan is all the page shows.
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Host page' })).toBeHidden();
    await expect(page.locator('learner-progress')).toBeHidden();
    await expectNoAxeViolations(page, '.learner-plan-print');
    const blocks = await blockEnds(page);
    expect(blocks.map((b) => b.block)).toEqual(['plan-chart', 'profile-table', 'plan-standings']);

    const bytes = await page.pdf({ format: 'A4' });
    const { pdf, pages, words: spaced } = await pdfPages(bytes);
    const all = pages.join('');
    for (const expected of [title, ...words]) {
      expect(says(all, expected), `the PDF says "${expected}": ${all}`).toBe(true);
    }
    // No class comparison in any language: nothing of a class or its average.
    expect(spaced).not.toMatch(noClass);
    // Ana's plan: profile and chart on the first page, the progress table, next steps and goals after.
    expect(pdf.numPages).toBe(2);
    for (const placed of pagesOfBlocks(pages, blocks)) {
      expect(placed.firstPage, `${placed.block} is in the PDF`).toBeGreaterThan(0);
      expect(placed.lastPage, `${placed.block} ends on the page it starts on`).toBe(placed.firstPage);
    }
    if (lang === 'en') await writePageImage(pdf, 'docs/images/plan-page-1.png');

    await page.emulateMedia({ media: 'screen' });
    await closeDialog(page);
    expect(problems).toEqual([]);
  });
}

test('on A5 paper a table longer than a page breaks between rows, never inside one, and repeats its header', async ({ page, baseURL }) => {
  await openPlanPage(page, baseURL, 'en');
  await startPrinting(page);
  await page.emulateMedia({ media: 'print' });
  const blocks = await blockEnds(page, '.plan-chart, tbody tr');
  expect(blocks).toHaveLength(1 + 8 + 5);
  const { pdf, pages } = await pdfPages(await page.pdf({ format: 'A5' }));
  expect(pdf.numPages).toBeGreaterThan(2);
  for (const { block, firstPage, lastPage } of pagesOfBlocks(pages, blocks)) {
    expect(firstPage, `${block} is in the PDF`).toBeGreaterThan(0);
    expect(lastPage, `${block} ends on the page it starts on`).toBe(firstPage);
  }
  // The profile's table goes on over a page: its header row is on both.
  expect(pages.filter((text) => text.includes('DimensionGroupValueUsualrange')).length).toBe(2);
  await page.emulateMedia({ media: 'screen' });
  await closeDialog(page);
});

/** Page 1 of `pdf` as a PNG at 1.5 × its size in CSS px (about 144 dpi), on white. */
async function writePageImage(pdf, file) {
  const first = await pdf.getPage(1);
  const viewport = first.getViewport({ scale: 1.5 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await first.render({ canvasContext: context, viewport, canvas }).promise;
  await writeFile(new URL(`../../${file}`, import.meta.url), canvas.toBuffer('image/png'));
}

test('the learner reaches "Print my plan" by keyboard, and Enter prints the plan', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  await openPlanPage(page, baseURL, 'en');
  const button = page.locator('learner-progress').getByRole('button', { name: 'Print my plan' });
  await expect(button).toBeVisible();
  // From the last control before it, Tab lands on the button.
  const goal = page.locator('learner-progress').getByRole('button', { name: 'Set goal' });
  await goal.focus();
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ role: 'button', name: 'Print my plan' });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.dialogs === 1);
  await expect(page.locator('.learner-plan-print')).toHaveCount(1);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await expect(page.locator('.learner-plan-print')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('printPlan\'s lang and today win over the element\'s; without a profile the plan is the progress alone', async ({ page, baseURL }) => {
  await openPlanPage(page, baseURL, 'en');
  await page.evaluate(() => {
    window.printed = document.getElementById('ana-progress').printPlan({ lang: 'es', today: '2027-01-15' })
      .then(() => 'closed', (error) => `failed: ${error.message}`);
  });
  await page.waitForFunction(() => window.dialogs === 1);
  // Only print media shows the plan (and so puts it in the accessibility tree).
  await page.emulateMedia({ media: 'print' });
  const plan = page.locator('.learner-plan-print article');
  await expect(plan).toHaveAttribute('lang', 'es');
  await expect(plan.getByRole('heading', { level: 1 })).toHaveText('Plan de aprendizaje de Ana García');
  await expect(plan.locator('.plan-date')).toContainText('2027');
  await expect(plan.getByRole('heading', { level: 2 })).toHaveText(['Progreso por competencia', 'Próximos pasos', 'Metas y reflexiones']);
  await page.emulateMedia({ media: 'screen' });
  await expect(plan.getByRole('heading', { level: 1 })).toBeHidden();
  await closeDialog(page);
});

test('the button is only in the learner\'s own tracker, and only when the host asks for it', async ({ page, baseURL }) => {
  await openPlanPage(page, baseURL, 'en');
  const progress = page.locator('learner-progress');
  const button = progress.getByRole('button', { name: 'Print my plan' });
  await expect(button).toBeVisible();
  await progress.evaluate((el) => el.removeAttribute('print-plan'));
  await expect(button).toHaveCount(0);
  await progress.evaluate((el) => el.setAttribute('print-plan', ''));
  await expect(button).toBeVisible();
  await progress.evaluate((el) => el.setAttribute('mode', 'teacher'));
  await expect(button).toHaveCount(0);
});

test('a failure says why in the element and fires learner-error plan-failed', async ({ page, baseURL }) => {
  await openPlanPage(page, baseURL, 'es', { opens: false });
  const progress = page.locator('learner-progress');
  const heard = () => page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('learner-error', (e) => resolve(e.detail), { once: true });
  }));

  // A profile id that is not on the page.
  let event = heard();
  let result = await progress.evaluate((el) => el.printPlan({ profile: 'nobody' }).then(() => 'printed', (e) => e.code));
  expect(result).toBe('plan-failed');
  expect(await event).toMatchObject({
    code: 'plan-failed', path: 'profile',
    message: 'The profile "nobody" to print with the plan is not on this page.',
  });
  await expect(progress.getByRole('alert')).toHaveText('El perfil «nobody» que se imprimiría con el plan no está en esta página.');

  // A class roster is not one learner's profile.
  event = heard();
  result = await progress.evaluate(async (el) => {
    const ana = await (await fetch('/samples/ana.profile.json')).json();
    const roster = { schema: 'learner-roster/1', title: '6B', profiles: [ana] };
    return el.printPlan({ profile: roster }).then(() => 'printed', (e) => e.code);
  });
  expect(result).toBe('plan-failed');
  expect((await event).message).toBe('The plan is for one learner: a class roster is not printed with it.');
  await expect(progress.getByRole('alert')).toHaveText('El plan es de un solo estudiante: no se imprime con la lista de una clase.');

  // Another learner's profile beside Ana's progress.
  event = heard();
  result = await progress.evaluate(async (el) => {
    const malik = await (await fetch('/samples/malik.profile.json')).json();
    return el.printPlan({ profile: malik }).then(() => 'printed', (e) => e.code);
  });
  expect(result).toBe('plan-failed');
  expect(await event).toMatchObject({ path: 'profile', message: /^The profile is another learner's/ });
  await expect(progress.getByRole('alert')).toHaveText(/^El perfil es de otro estudiante/);

  // A class's progress: the plan is one learner's, and never compares them with a class.
  event = heard();
  result = await progress.evaluate(async (el) => {
    el.data = await (await fetch('/samples/6b.progress-class.json')).json();
    return el.printPlan().then(() => 'printed', (e) => e.code);
  });
  expect(result).toBe('plan-failed');
  expect(await event).toMatchObject({ path: '', message: 'The plan is for one learner: a class\'s progress is not printed.' });
  await expect(progress.getByRole('alert')).toHaveText('El plan es de un solo estudiante: no se imprime el progreso de una clase.');
  await progress.evaluate(async (el) => {
    el.data = await (await fetch('/samples/ana.progress.json')).json();
  });

  // A browser that does not open its print dialog (a frame without allow-modals).
  event = heard();
  result = await progress.evaluate((el) => el.printPlan().then(() => 'printed', (e) => e.code));
  expect(result).toBe('plan-failed');
  expect((await event).message).toMatch(/^The browser did not open its print dialog/);
  await expect(progress.getByRole('alert')).toHaveText(/^El navegador no abrió su diálogo de impresión/);
  await expect(page.locator('.learner-plan-print')).toHaveCount(0);
});
