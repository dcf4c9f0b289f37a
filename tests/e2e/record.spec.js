// A learner's record (Open Badges 3.0 credentials in a CLR 2.0 credential): "Download my record"
// by keyboard, the host signing it on its server, exportRecord() and its refusals, in three
// languages; and the record module downloaded only when a record is asked for.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { guardPage } from './page-guard.js';
import { expectNoAxeViolations } from './axe.js';

const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
  + "style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

const ISSUER = 'record-issuer="https://lincoln.example.org/issuer" record-issuer-name="Lincoln Middle School"';

/** A strict page with Ana's tracker in `mode` and `attributes`, in `lang`. */
async function openTracker(page, baseURL, { lang = 'en', mode = 'self', attributes = ISSUER } = {}) {
  const name = `record-${lang}-${mode}`;
  await page.route(`${baseURL}/${name}.html`, (route) => route.fulfill({
    contentType: 'text/html',
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    body: `<!doctype html><html lang="${lang}"><head><title>${name}</title>`
      + '<script type="module" src="/dist/learner-widgets.js"></script></head>'
      + `<body><main><learner-progress id="ana" src="/samples/ana.progress.json" mode="${mode}" today="2026-11-23" ${attributes}>`
      + '</learner-progress></main></body></html>',
  }));
  const fetched = [];
  page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`/${name}.html`);
  const tracker = page.locator('#ana');
  await expect(tracker.getByRole('progressbar').first()).toBeVisible();
  return { tracker, fetched };
}

const recordFiles = (fetched) => fetched.filter((path) => path.startsWith('/dist/learner-record'));

test('a learner downloads the record by keyboard: the unsigned CLR of what she mastered, aligned to its CASE item', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  const { tracker, fetched } = await openTracker(page, baseURL);
  const button = tracker.getByRole('button', { name: 'Download my record' });
  await expect(button).toBeVisible();
  // Nothing of the record module arrives until it is asked for.
  expect(recordFiles(fetched)).toEqual([]);
  const heard = page.evaluate(() => new Promise((resolve) => {
    document.querySelector('#ana').addEventListener('learner-record', (e) => resolve({
      type: e.detail.clr.type, credentials: e.detail.credentials.length, cancelable: e.cancelable,
    }), { once: true });
  }));
  await button.focus();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('learner-progress-record.json');
  const clr = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(await heard).toEqual({ type: ['VerifiableCredential', 'ClrCredential'], credentials: 1, cancelable: true });
  expect(clr.type).toEqual(['VerifiableCredential', 'ClrCredential']);
  expect(clr.name).toBe('Learning record of Ana García: Grade 6 ratios and proportional relationships');
  expect(clr.issuer).toMatchObject({ id: 'https://lincoln.example.org/issuer', name: 'Lincoln Middle School' });
  expect(clr.validFrom).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  const [badge] = clr.credentialSubject.verifiableCredential;
  expect(badge.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(badge.credentialSubject.achievement.alignment).toEqual([{
    type: ['Alignment'],
    targetName: 'Use ratio language to describe a ratio relationship between two quantities.',
    targetUrl: 'http://opensalt-staging.opened.com/uri/b6f61076-aa12-450b-8f9d-b86bc071f85e',
    targetCode: '6.RP.A.1',
    targetFramework: 'Grade 6 ratios and proportional relationships',
    targetType: 'CFItem',
  }]);
  expect(badge.credentialSubject.result[0]).toMatchObject({ status: 'Completed', value: '3.48' });
  const levels = badge.credentialSubject.achievement.resultDescription[0].rubricCriterionLevel.map((l) => l.name);
  expect(levels).toEqual(['No evidence', 'Below', 'Near', 'Mastery', 'Exceeds']);
  expect(badge.evidence.map((e) => e.name)).toEqual(['Warm-up: ratio talk', 'Exit ticket 2', 'Quiz: ratio language', 'Project: recipe ratios']);
  // Said where a screen reader hears it, and focus stays on the button.
  await expect(tracker.getByRole('status').filter({ hasText: 'Your record is downloaded' }))
    .toHaveText('Your record is downloaded: learner-progress-record.json.');
  await expect(button).toBeFocused();
  expect(recordFiles(fetched).sort()).toEqual(['/dist/learner-record-page.js', '/dist/learner-record.js', '/dist/learner-record_bg.wasm']);
  await expectNoAxeViolations(page, '#ana');
  expect(problems).toEqual([]);
});

test('the host signs the record on its server and hands it back: that is what is downloaded, said as signed by the issuer', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  const { tracker } = await openTracker(page, baseURL);
  await page.evaluate(() => {
    document.querySelector('#ana').addEventListener('learner-record', (event) => {
      // As a host would: post the unsigned record to its signing service and hand back the answer.
      event.detail.respondWith(new Promise((resolve) => setTimeout(() => resolve({
        ...event.detail.clr,
        proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod', proofValue: 'z58DAdFfa9SkqZMVPxAQp' },
      }), 50)));
    });
  });
  const downloading = page.waitForEvent('download');
  await tracker.getByRole('button', { name: 'Download my record' }).click();
  const signed = JSON.parse(await readFile(await (await downloading).path(), 'utf8'));
  expect(signed.proof).toMatchObject({ type: 'DataIntegrityProof', proofPurpose: 'assertionMethod' });
  await expect(tracker.getByRole('status').filter({ hasText: 'signed by' }))
    .toHaveText('Your record, signed by Lincoln Middle School, is downloaded.');
  // A VC-JWT comes back as text, and is downloaded as such.
  await page.evaluate(() => {
    const tracker = document.querySelector('#ana');
    tracker.addEventListener('learner-record', (event) => {
      event.stopImmediatePropagation();
      event.detail.respondWith(Promise.resolve('eyJhbGciOiJFZERTQSJ9.eyJ2YyI6e319.c2lnbmF0dXJl'));
    }, { capture: true });
  });
  const jwt = page.waitForEvent('download');
  await tracker.getByRole('button', { name: 'Download my record' }).click();
  const download = await jwt;
  expect(download.suggestedFilename()).toBe('learner-progress-record.jwt');
  expect(await readFile(await download.path(), 'utf8')).toBe('eyJhbGciOiJFZERTQSJ9.eyJ2YyI6e319.c2lnbmF0dXJl');
  expect(problems).toEqual([]);
});

test('a signing that fails, or an answer that is not a record, is said in the widget and to the host; nothing is downloaded', async ({ page, baseURL }) => {
  const { tracker } = await openTracker(page, baseURL);
  const heard = await page.evaluate(() => {
    const ana = document.querySelector('#ana');
    const errors = [];
    ana.addEventListener('learner-error', (e) => errors.push(e.detail.code));
    window.__errors = errors;
    let answer = 0;
    ana.addEventListener('learner-record', (event) => {
      answer += 1;
      if (answer === 1) event.detail.respondWith(Promise.reject(new Error('signing failed (503)')));
      else {
        const cyclic = { ...event.detail.clr };
        cyclic.self = cyclic;
        event.detail.respondWith(Promise.resolve(cyclic));
      }
    });
    return errors;
  });
  expect(heard).toEqual([]);
  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  const button = tracker.getByRole('button', { name: 'Download my record' });
  await button.click();
  await expect(tracker.getByRole('status').filter({ hasText: 'could not be made' }))
    .toHaveText('Your record could not be made: signing failed (503)');
  await button.click();
  await expect(tracker.getByRole('status').filter({ hasText: 'could not be made' }))
    .toHaveText('Your record could not be made: the signed record cannot be written as JSON (cycle at self)');
  expect(await page.evaluate(() => window.__errors)).toEqual(['record-failed', 'record-failed']);
  expect(downloads).toBe(0);
});

test('a host that handles the record itself (preventDefault) gets it and nothing is downloaded', async ({ page, baseURL }) => {
  const { tracker } = await openTracker(page, baseURL);
  const kept = page.evaluate(() => new Promise((resolve) => {
    document.querySelector('#ana').addEventListener('learner-record', (event) => {
      event.preventDefault();
      resolve(event.detail.credentials[0].credentialSubject.achievement.humanCode);
    });
  }));
  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  await tracker.getByRole('button', { name: 'Download my record' }).click();
  expect(await kept).toBe('6.RP.A.1');
  await page.waitForTimeout(300);
  expect(downloads).toBe(0);
});

test('exportRecord(): the competencies started too, in Spanish, and refusals that name the field in the learner-error event', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  const { tracker } = await openTracker(page, baseURL, { lang: 'es', attributes: '' });
  // Without record-issuer there is no button: the host decides whether learners get one.
  await expect(tracker.getByRole('button', { name: 'Descargar mi registro' })).toHaveCount(0);
  const result = await page.evaluate(async () => {
    const ana = document.querySelector('#ana');
    const errors = [];
    ana.addEventListener('learner-error', (e) => errors.push({ code: e.detail.code, path: e.detail.path }));
    const issuer = { id: 'did:web:lincoln.example.org', name: 'Escuela Lincoln' };
    const started = await ana.exportRecord({ issuer, include: 'started', validFrom: '2026-12-05T09:30:00Z', learnerId: 'did:example:ana' });
    const refusal = (options) => ana.exportRecord(options).then(() => null, (e) => ({ code: e.code, path: e.path, message: e.message, said: e.said }));
    const profile = await (await fetch('/samples/ana.profile.json')).json();
    const rated = (await ana.exportRecord({ issuer, selfAssessed: profile })).credentials
      .map((c) => c.credentialSubject).filter((s) => s.achievement.achievementType === 'ext:SelfAssessment')
      .map((s) => [s.achievement.name, s.achievement.tag, s.achievement.resultDescription[0].name, s.result[0].value]);
    const cycle = { issuer: { ...issuer } };
    cycle.issuer.self = cycle;
    return {
      statuses: started.credentials.map((c) => [c.credentialSubject.achievement.humanCode, c.credentialSubject.result[0].status]),
      levels: started.credentials[0].credentialSubject.achievement.resultDescription[0].rubricCriterionLevel.map((l) => l.name),
      name: started.clr.name,
      subject: started.clr.credentialSubject.id,
      rated,
      same: started.clr.credentialSubject.verifiableCredential[1].id === started.credentials[1].id,
      noIssuer: await refusal({}),
      badIssuer: await refusal({ issuer: { id: 'Lincoln', name: 'Lincoln' } }),
      unknown: await refusal({ issuer, includes: 'all' }),
      cycle: await refusal(cycle),
      errors,
      profileHasNone: typeof document.createElement('learner-profile').exportRecord,
    };
  });
  expect(result.statuses).toEqual([['6.RP.A.1', 'Completed'], ['6.RP.A.2', 'InProgress']]);
  expect(result.levels).toEqual(['Sin evidencia', 'Por debajo', 'Cerca', 'Dominio', 'Supera']);
  expect(result.name).toBe('Registro de aprendizaje de Ana García: Grade 6 ratios and proportional relationships');
  expect(result.subject).toBe('did:example:ana');
  // Her self-ratings only because the host gave her profile, each marked self-assessed.
  expect(result.rated).toEqual([
    ['Reading comprehension', ['self-assessed'], 'Autoevaluación', '80'],
    ['Fractions', ['self-assessed'], 'Autoevaluación', '30'],
    ['Written expression', ['self-assessed'], 'Autoevaluación', '75'],
  ]);
  expect(result.same).toBe(true);
  expect(result.noIssuer).toMatchObject({ code: 'cannot-issue', path: 'issuer', message: 'issuer: missing', said: 'issuer: falta' });
  expect(result.badIssuer).toMatchObject({ code: 'cannot-issue', path: 'issuer.id' });
  expect(result.badIssuer.message).toContain('"Lincoln" is not a URI');
  expect(result.unknown).toMatchObject({ code: 'invalid-shape', path: 'includes' });
  expect(result.cycle).toMatchObject({ code: 'invalid-json', path: 'issuer.self.issuer' });
  expect(result.errors).toEqual([
    { code: 'cannot-issue', path: 'issuer' },
    { code: 'cannot-issue', path: 'issuer.id' },
    { code: 'invalid-shape', path: 'includes' },
    { code: 'invalid-json', path: 'issuer.self.issuer' },
  ]);
  expect(result.profileHasNone).toBe('undefined');
  // The record's words came in Spanish with the module: its own file, fetched on demand.
  expect(problems).toEqual([]);
});

test('in Spanish, with the learner\'s data kept in this browser, "Descargar mi registro" sits beside "Descargar mis datos" and downloads the record', async ({ page, baseURL }) => {
  const problems = await guardPage(page, baseURL);
  const { tracker } = await openTracker(page, baseURL, {
    lang: 'es', attributes: `${ISSUER} storage="local" storage-key="record-es"`,
  });
  const data = tracker.getByRole('button', { name: 'Descargar mis datos' });
  const record = tracker.getByRole('button', { name: 'Descargar mi registro' });
  await expect(data).toBeVisible();
  await expect(record).toBeVisible();
  // The record's bar follows the data bar, below the tracker: one place for what the learner takes away.
  expect(await tracker.evaluate((el) => {
    const [dataBar, recordBar] = ['storage-bar', 'record'].map((part) => el.shadowRoot.querySelector(`[part~="${part}"]`));
    return dataBar.nextElementSibling === recordBar;
  })).toBe(true);
  const downloading = page.waitForEvent('download');
  await record.click();
  const download = await downloading;
  // Named after the storage key, as "Descargar mis datos" names the learner's data file.
  expect(download.suggestedFilename()).toBe('record-es-record.json');
  const clr = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(clr.type).toEqual(['VerifiableCredential', 'ClrCredential']);
  await expect(tracker.getByRole('status').filter({ hasText: 'Tu registro se ha descargado' }))
    .toHaveText('Tu registro se ha descargado: record-es-record.json.');
  await expectNoAxeViolations(page, '#ana');
  expect(problems).toEqual([]);
});

test('in Arabic the button and what it says are Arabic, and a record that cannot be made says why in the widget', async ({ page, baseURL }) => {
  const { tracker } = await openTracker(page, baseURL, {
    lang: 'ar', attributes: 'record-issuer="Lincoln Middle School" record-issuer-name="Lincoln Middle School"',
  });
  const heard = page.evaluate(() => new Promise((resolve) => {
    document.querySelector('#ana').addEventListener('learner-error', (e) => resolve({ code: e.detail.code, path: e.detail.path }));
  }));
  await tracker.getByRole('button', { name: 'تنزيل سجلي' }).click();
  expect(await heard).toEqual({ code: 'cannot-issue', path: 'issuer.id' });
  await expect(tracker.getByRole('status').filter({ hasText: 'تعذّر إنشاء سجلك' }))
    .toContainText('issuer.id: "Lincoln Middle School" ليس URI');
  await expectNoAxeViolations(page, '#ana');
});

test('the button is only the learner\'s: not in teacher mode, and it follows mode and record-issuer as they change', async ({ page, baseURL }) => {
  const { tracker } = await openTracker(page, baseURL, { mode: 'teacher' });
  const button = tracker.getByRole('button', { name: 'Download my record' });
  await expect(button).toHaveCount(0);
  await page.evaluate(() => document.querySelector('#ana').setAttribute('mode', 'self'));
  await expect(button).toBeVisible();
  await page.evaluate(() => document.querySelector('#ana').removeAttribute('record-issuer'));
  await expect(button).toHaveCount(0);
});
