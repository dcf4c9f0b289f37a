// The package as integrators use it today: imported where there is no DOM (a server render), and
// built into an app by a bundler (Vite, at an es2020 target, which refuses a top-level await).
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from '@playwright/test';
import { serve } from './static-server.js';

const DIST = resolve(import.meta.dirname, '../../dist');

test('importing the package in Node, with no DOM, does nothing, throws nothing and exits', async () => {
  const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e',
    `const m = await import(${JSON.stringify(join(DIST, 'learner-widgets.js'))}); console.log(Object.keys(m).join());`],
  { timeout: 20_000 });
  expect(stdout.trim()).toBe('importCase');
  expect(stderr).toBe('');
});

/**
 * An app in a temporary folder, with the package installed as npm would (the files its
 * package.json lists), built by Vite for es2020. Resolves to the app's folder and the one Vite built.
 */
async function buildApp() {
  const app = mkdtempSync(join(tmpdir(), 'learner-vite-app-'));
  const installed = join(app, 'node_modules/learner-widgets');
  mkdirSync(installed, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(DIST, 'package.json'), 'utf8'));
  for (const file of [...manifest.files, 'package.json']) {
    cpSync(join(DIST, file), join(installed, file), { recursive: true });
  }
  const ana = readFileSync(resolve(import.meta.dirname, '../../www/samples/ana.profile.json'), 'utf8');
  writeFileSync(join(app, 'index.html'), '<!doctype html><html lang="en"><head><title>Host app</title><link rel="icon" href="data:,"></head>'
    + '<body><div id="app"></div><script type="module" src="/main.js"></script></body></html>');
  writeFileSync(join(app, 'main.js'), `import 'learner-widgets';
const app = document.getElementById('app');
const heading = document.createElement('h1');
heading.textContent = 'The host app rendered';
const profile = document.createElement('learner-profile');
profile.id = 'profile';
profile.data = ${ana};
app.append(heading, profile);
`);
  const { build } = await import('vite');
  const out = join(app, 'built');
  await build({ root: app, logLevel: 'silent', build: { target: 'es2020', outDir: out, emptyOutDir: true } });
  return { app, out };
}

test.describe('an app built with Vite at an es2020 target', () => {
  test.describe.configure({ timeout: 120_000 });
  let server;
  let url;
  let app;
  test.beforeAll(async () => {
    const built = await buildApp();
    app = built.app;
    ({ server, url } = await serve(built.out));
  });
  test.afterAll(() => {
    server?.close();
    if (app) rmSync(app, { recursive: true, force: true });
  });

  test('builds and shows the widget', async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'The host app rendered' })).toBeVisible();
    await expect(page.locator('#profile').getByRole('group', { name: /^Jagged profile of Ana García/ })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('whose widget module fails to load still renders everything else', async ({ page }) => {
    await page.route('**/*learner-profile_bg*.wasm', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'The host app rendered' })).toBeVisible();
    await expect(page.locator('#profile').getByRole('alert')).toContainText('This widget could not be loaded');
  });
});
