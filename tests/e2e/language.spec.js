// Every learner in their own language: words from the locale tables, numbers, dates and plurals
// through the browser's Intl, the language from the element's `lang` or an ancestor's (es-MX → es →
// en), and Arabic laid out right to left, arrow keys included.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './axe.js';
import { guardPage } from './page-guard.js';

/** Adds `tag` with `data` to the gallery page, inside a wrapper with `wrapperLang` if given. */
async function add(page, { tag, id, data, lang, wrapperLang, attributes = {} }) {
  await page.evaluate(({ tag, id, data, lang, wrapperLang, attributes }) => {
    const element = document.createElement(tag);
    element.id = id;
    if (lang) element.setAttribute('lang', lang);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.data = data;
    let parent = document.querySelector('main');
    if (wrapperLang) {
      const wrapper = document.createElement('div');
      wrapper.setAttribute('lang', wrapperLang);
      parent.append(wrapper);
      parent = wrapper;
    }
    parent.append(element);
  }, { tag, id, data, lang, wrapperLang, attributes });
  return page.locator(`#${id}`);
}

const sample = async (page, name) => (await page.request.get(`/samples/${name}`)).json();

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#profile-ana').getByRole('button', { name: 'Radar' })).toBeVisible();
});

test('a profile in Spanish: words, numbers, dates and plurals, from an es-MX ancestor', async ({ page }) => {
  const ana = await add(page, { tag: 'learner-profile', id: 'perfil', data: await sample(page, 'ana.profile.json'),
    wrapperLang: 'es-MX', attributes: { view: 'table' } });
  await expect(ana.getByRole('group', { name: 'Vista' }).getByRole('button', { name: 'Tabla' })).toHaveAttribute('aria-pressed', 'true');
  await expect(ana.getByRole('columnheader', { name: 'Dimensión' })).toBeVisible();
  // The snapshot's date as Mexican Spanish writes it, from Intl.
  const february = await page.evaluate(() => new Intl.DateTimeFormat('es-MX', { dateStyle: 'medium', timeZone: 'UTC' })
    .format(new Date('2026-02-02T00:00:00Z')));
  await ana.getByLabel('Comparar con').selectOption({ label: `February check-in (${february})` });
  await expect(ana.getByText(/^Fortalezas: /)).toBeVisible();
  // Plurals: "9 evidencias" (other) for the first dimension.
  await expect(ana.getByRole('row', { name: /^Reading comprehension/ })).toContainText('9 evidencias.');
  // The same element switches language when its own lang changes, and back.
  await ana.evaluate((el) => el.setAttribute('lang', 'en'));
  await expect(ana.getByRole('columnheader', { name: 'Dimension' })).toBeVisible();
  await ana.evaluate((el) => el.removeAttribute('lang'));
  await expect(ana.getByRole('columnheader', { name: 'Dimensión' })).toBeVisible();
});

test('an unknown language falls back to English; numbers still follow the tag', async ({ page }) => {
  const board = await add(page, { tag: 'learner-choice-board', id: 'tablero-de', data: await sample(page, 'choice-20-50-80.json'), lang: 'de-DE' });
  await expect(board.getByText('What the board asks')).toBeVisible();
  await expect(board.getByRole('button', { name: /20 points/ }).first()).toBeVisible();
});

test('the tracker and the choice board in Spanish, with plural points', async ({ page }) => {
  const tracker = await add(page, { tag: 'learner-progress', id: 'progreso', data: await sample(page, 'ana.progress.json'), lang: 'es', attributes: { mode: 'self' } });
  await expect(tracker.getByRole('group', { name: 'Vista' }).getByRole('button', { name: 'Lista' })).toBeVisible();
  await expect(tracker.getByRole('region', { name: 'Mis metas' })).toBeVisible();
  const board = await add(page, { tag: 'learner-choice-board', id: 'tablero', data: await sample(page, 'choice-20-50-80.json'), lang: 'es' });
  await expect(board.getByText('Lo que pide el tablero')).toBeVisible();
  await expect(board.getByRole('button', { name: /20 puntos/ }).first()).toBeVisible();
  await expectNoAxeViolations(page, '#progreso');
  await expectNoAxeViolations(page, '#tablero');
});

test('Arabic: right to left, mirrored bars, Arabic plurals and digits', async ({ page }) => {
  const ana = await add(page, { tag: 'learner-profile', id: 'arabic-profile', data: await sample(page, 'ana.profile.json'),
    lang: 'ar', attributes: { view: 'profile' } });
  const root = ana.locator('.learner-root');
  await expect(root).toHaveAttribute('dir', 'rtl');
  await expect(root).toHaveAttribute('lang', 'ar');
  await expect(ana.getByRole('button', { name: 'الملف' })).toHaveAttribute('aria-pressed', 'true');
  // The toolbar flows right to left.
  const radar = await ana.getByRole('button', { name: 'رادار' }).boundingBox();
  const table = await ana.getByRole('button', { name: 'جدول' }).boundingBox();
  expect(radar.x).toBeGreaterThan(table.x);
  // The bars are mirrored: each label is right of its track.
  const label = await ana.locator('.bars-label').first().boundingBox();
  const track = await ana.locator('.bars-track').first().boundingBox();
  expect(label.x).toBeGreaterThan(track.x + track.width - 1);
  // Plurals from Intl: 9 pieces of evidence is Arabic's "few" form, written with Arabic-Indic
  // digits in every engine (chosen, not left to each engine's default).
  await ana.getByRole('button', { name: 'جدول' }).click();
  await expect(ana.getByRole('table')).toContainText('\u0669 أدلة.');
  await expectNoAxeViolations(page, '#arabic-profile');
});

test('Arabic choice board: ArrowLeft moves forward, ArrowRight back, and picks are said in Arabic', async ({ page }) => {
  const board = await add(page, { tag: 'learner-choice-board', id: 'arabic-board', data: await sample(page, 'choice-bingo.json'), lang: 'ar' });
  const doc = await sample(page, 'choice-bingo.json');
  await expect(board.locator('.learner-root')).toHaveAttribute('dir', 'rtl');
  await board.getByRole('button', { name: new RegExp(doc.activities[0].title) }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(board.getByRole('button', { name: new RegExp(doc.activities[1].title) })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(board.getByRole('button', { name: new RegExp(doc.activities[0].title) })).toBeFocused();
  // The second cell sits left of the first.
  const one = await board.getByRole('button', { name: new RegExp(doc.activities[0].title) }).boundingBox();
  const two = await board.getByRole('button', { name: new RegExp(doc.activities[1].title) }).boundingBox();
  expect(two.x).toBeLessThan(one.x);
  await page.keyboard.press('Space');
  await expect(board.getByRole('status').first()).toContainText(doc.activities[0].title);
  await expect(board.getByText('ما تطلبه اللوحة')).toBeVisible();
  await expectNoAxeViolations(page, '#arabic-board');
});

test('Arabic tracker: right to left, with its views and goals in Arabic', async ({ page }) => {
  const tracker = await add(page, { tag: 'learner-progress', id: 'arabic-progress', data: await sample(page, 'ana.progress.json'),
    lang: 'ar', attributes: { mode: 'self', today: '2026-11-23' } });
  await expect(tracker.locator('.learner-root')).toHaveAttribute('dir', 'rtl');
  await expect(tracker.getByRole('button', { name: 'خريطة' })).toBeVisible();
  await expect(tracker.getByRole('region', { name: 'أهدافي' })).toBeVisible();
  await expectNoAxeViolations(page, '#arabic-progress');
});

test('what the model explains is worded in the learner language: working, pace, guidance and storage notices', async ({ page }) => {
  // Spanish: the explanation of a level, with decimal commas and a Spanish date.
  const tracker = await add(page, { tag: 'learner-progress', id: 'explicado', data: await sample(page, 'ana.progress.json'),
    lang: 'es', attributes: { today: '2026-11-23' } });
  const ratio = tracker.getByRole('listitem').filter({ hasText: '6.RP.A.1' }).filter({ hasText: '¿Por qué' }).last();
  await ratio.getByText('¿Por qué Dominio?').click();
  await expect(ratio).toContainText('Media decreciente: cada nueva puntuación cuenta un 65 %, todo lo anterior un 35 %.');
  const september = await page.evaluate(() => new Intl.DateTimeFormat('es', { dateStyle: 'medium', timeZone: 'UTC' })
    .format(new Date('2026-09-14T00:00:00Z')));
  await expect(ratio).toContainText(`Evidencias usadas: 1 el ${september} (Warm-up: ratio talk)`);
  await expect(ratio).toContainText('0,35 × 1,65 + 0,65 × 3 = 2,5275');
  await expect(ratio).toContainText('Resultado: 3,48 → Dominio');
  await expect(ratio).toContainText('Dominada.');
  await expect(tracker).toContainText('Has dominado 1 de 5 competencias.');
  await expect(tracker).toContainText('Ritmo: Con retraso.');

  // Spanish guidance from the rule engine.
  const doc = await sample(page, 'choice-20-50-80.json');
  doc.selections = [];
  const board = await add(page, { tag: 'learner-choice-board', id: 'guiado', data: doc, lang: 'es' });
  await expect(board.getByRole('listitem').filter({ hasText: 'Aún no' }).first()).toContainText('Tienes 0 de exactamente 100 puntos');

  // A storage notice and the data bar in Spanish.
  await page.evaluate(() => localStorage.setItem('learner-widgets:notice-es', '{not json'));
  const stored = await add(page, { tag: 'learner-profile', id: 'guardado', data: await sample(page, 'ana.profile.json'),
    lang: 'es', attributes: { storage: 'local', 'storage-key': 'notice-es' } });
  await expect(stored.getByRole('status').filter({ hasText: 'No se pudo leer tu trabajo guardado.' })).toBeVisible();
  await expect(stored.getByRole('group', { name: 'Tus datos guardados' }).getByRole('button', { name: 'Descargar mis datos' })).toBeVisible();

  // A teacher's form refused in Spanish: the field's problem in Spanish.
  const teacher = await add(page, { tag: 'learner-progress', id: 'docente', data: await sample(page, 'ana.progress.json'),
    lang: 'es', attributes: { mode: 'teacher' } });
  await teacher.getByRole('button', { name: 'Asignar nivel' }).click();
  await expect(teacher.getByRole('alert')).toContainText('hay que dar un motivo');

  // Arabic: the working in Arabic; arithmetic alone still reads left to right.
  const arabic = await add(page, { tag: 'learner-progress', id: 'arabic-working', data: await sample(page, 'ana.progress.json'), lang: 'ar' });
  const first = arabic.locator('.competency-why').first();
  await first.locator('summary').click();
  await expect(first).toContainText('المتوسط المتناقص');
  await expect(first.locator('li[dir="ltr"]').first()).toContainText('×');
  await expectNoAxeViolations(page, '#arabic-working');
});

for (const [lang, view, dir] of [['es', 'Tabla', 'ltr'], ['ar', 'جدول', 'rtl']]) {
  test(`the gallery shows every widget in ${lang === 'es' ? 'Spanish' : 'Arabic'} when asked, axe clean`, async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const problems = await guardPage(page, baseURL);
    await page.goto('/');
    await page.getByLabel("The widgets' language").selectOption(lang);
    await expect(page).toHaveURL(new RegExp(`\\?lang=${lang}$`));
    const malik = page.locator('#profile-malik');
    await expect(malik.getByRole('button', { name: view })).toBeVisible();
    for (const id of ['profile-malik', 'progress-ana', 'choice-learner']) {
      await expect(page.locator(`#${id} .learner-root`)).toHaveAttribute('dir', dir);
      await expect(page.locator(`#${id} .learner-root`)).toHaveAttribute('lang', lang);
    }
    // A shared address opens in that language.
    await page.reload();
    await expect(page.getByLabel("The widgets' language")).toHaveValue(lang);
    await expect(malik.getByRole('button', { name: view })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });
}
