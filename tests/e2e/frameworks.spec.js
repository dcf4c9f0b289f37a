// The package as most integrators take it: `npm pack` of dist/, installed from the tarball into a
// Vite + React 19 + strict TypeScript app and a Vite + Vue 3 app (tests/apps), which use the
// package's own types and no declarations of their own, type-check, build, and run in Chromium;
// and a plain TypeScript host (tests/apps/plain-ts) that compiles against the same install.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { test, expect } from '@playwright/test';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { serve } from './static-server.js';

const DIST = resolve(import.meta.dirname, '../../dist');
const APPS = resolve(import.meta.dirname, '../apps');
const bin = (name) => join(APPS, 'node_modules/.bin', name);

/** Runs a command; resolves to its exit code and what it printed (a failure is an answer, not a throw). */
async function run(command, args, cwd) {
  // Without the NODE_ENV an in-process Vite build leaves behind in this worker (bundler.spec.js):
  // under NODE_ENV=production, npm install would leave out, and remove, the apps' devDependencies.
  const env = { ...process.env };
  delete env.NODE_ENV;
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, { cwd, env, timeout: 120_000 });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    return { code: error.code ?? 1, out: `${error.stdout ?? ''}${error.stderr ?? ''}${error.message}` };
  }
}

/** The error lines (`file(line,col): error TSnnnn: …`) of a tsc or vue-tsc run. */
const tsErrors = (out) => out.split('\n').filter((line) => / error TS\d+:/.test(line));

test.describe.configure({ timeout: 120_000 });

let work;
let tarball;

test.beforeAll(async () => {
  expect(existsSync(bin('vite')), 'tests/apps has its packages (cargo xtask test runs npm ci there)').toBe(true);
  work = mkdtempSync(join(tmpdir(), 'learner-apps-'));
  const packed = await run('npm', ['pack', DIST, '--pack-destination', work, '--json'], work);
  expect(packed.code, packed.out).toBe(0);
  tarball = join(work, JSON.parse(packed.out.slice(packed.out.indexOf('[')))[0].filename);
  // As an integrator would (`npm install ./learner-widgets-0.1.0.tgz`), without writing the
  // tarball's path into the apps' package.json.
  const installed = await run('npm', ['install', '--no-save', '--include=dev', '--no-audit', '--no-fund', tarball], APPS);
  expect(installed.code, installed.out).toBe(0);
});

test.afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('publint finds nothing to fix in the packed package', async () => {
  const bytes = readFileSync(tarball);
  const { messages, pkg } = await publint({
    pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
    level: 'suggestion',
  });
  expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg)}`)).toEqual([]);
});

test('a plain TypeScript host compiles against the installed package, through its exports', async () => {
  const checked = await run(bin('tsc'), ['-p', '.'], join(APPS, 'plain-ts'));
  expect(tsErrors(checked.out)).toEqual([]);
  expect(checked.code, checked.out).toBe(0);
});

const FRAMEWORKS = [
  { name: 'React', dir: 'react', check: 'tsc', typos: ['typos/document-field.tsx', 'typos/event-detail.tsx'] },
  { name: 'Vue', dir: 'vue', check: 'vue-tsc', typos: ['typos/DocumentField.vue', 'typos/EventDetail.vue'] },
];

for (const { name, dir, check, typos } of FRAMEWORKS) {
  test.describe(`the ${name} app`, () => {
    const app = join(APPS, dir);

    test(`type-checks under strict ${check} with the package's types alone`, async () => {
      const checked = await run(bin(check), ['--noEmit', '-p', '.'], app);
      expect(tsErrors(checked.out)).toEqual([]);
      expect(checked.code, checked.out).toBe(0);
    });

    test(`fails ${check} on a typo in a document field and in an event's detail`, async () => {
      const checked = await run(bin(check), ['--noEmit', '-p', 'typos'], app);
      expect(checked.code).not.toBe(0);
      const errors = tsErrors(checked.out);
      expect(errors).toHaveLength(2);
      expect(errors[0]).toContain(`${typos[0]}(`);
      expect(errors[0]).toMatch(/error TS2561: Object literal may only specify known properties, but 'valeu' does not exist .* Did you mean to write 'value'\?/);
      expect(errors[1]).toContain(`${typos[1]}(`);
      expect(errors[1]).toContain("error TS2551: Property 'dimesion' does not exist on type 'ProfileChange'. Did you mean 'dimension'?");
    });

    test.describe('built by Vite and opened in Chromium', () => {
      let server;
      let url;
      test.beforeAll(async () => {
        const out = join(work, `${dir}-built`);
        const built = await run(bin('vite'), ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], app);
        expect(built.code, built.out).toBe(0);
        ({ server, url } = await serve(out));
      });
      test.afterAll(() => server?.close());

      test('shows all three widgets, and their events reach the app', async ({ page }) => {
        const problems = [];
        page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
        page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console: ${m.text()}`); });
        page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
        page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`); });
        await page.goto(url);
        await expect(page.getByRole('heading', { name: `${name} host app` })).toBeVisible();

        // Each widget drew the document the app set as its `data` property.
        const profile = page.locator('#profile');
        const progress = page.locator('#progress');
        const board = page.locator('#board');
        const table = profile.getByRole('table', { name: 'Ana García: every dimension on a 0–100 scale' });
        await expect(table.getByRole('row', { name: /^Reading 80 70–90/ })).toBeVisible();
        await expect(progress.getByRole('region', { name: 'Progress of Ana García: Ratios' })).toBeVisible();
        await expect(progress.getByRole('region', { name: 'Competencies' }).getByRole('listitem').first())
          .toContainText('Evidence used: 2 on Sep 10, 2026 (Exit ticket).');
        await expect(board.getByRole('region', { name: 'Choice board: Ecosystems choice board' })).toBeVisible();

        // A learner rates themself, a teacher adds evidence, a learner picks an activity.
        const reading = profile.getByRole('slider', { name: 'Reading' });
        await reading.focus();
        await page.keyboard.press('ArrowRight');
        await expect(reading).toHaveAttribute('aria-valuetext', '80');
        const evidence = progress.getByRole('form', { name: 'Add evidence' });
        await evidence.getByLabel('Competency').selectOption({ label: 'RP.1 Describe a ratio relationship.' });
        await evidence.getByLabel('Score').selectOption({ label: '3 — Mastery' });
        await evidence.getByLabel('Date').fill('2026-09-18');
        await evidence.getByLabel('Source').fill('Quiz');
        await evidence.getByLabel('Source').press('Enter');
        const poster = board.getByRole('button', { name: /Food web poster/ });
        await poster.click();
        await expect(poster).toHaveAttribute('aria-pressed', 'true');

        await expect(page.getByRole('list', { name: 'Heard' }).getByRole('listitem')).toHaveText([
          'profile statement: responded',
          'profile: self-rating of reading',
          'progress: evidence 3 on rp-1',
          'choice board: picked poster',
        ]);
        expect(problems).toEqual([]);
      });
    });
  });
}

// The integrator guide's one bundler setting: a package linked from outside the app (`npm link`, a
// workspace, `npm install ../dist`) is outside what Vite's dev server may serve until it is allowed.
test.describe("the React app under Vite's dev server, with the package linked from dist/", () => {
  let server;
  test.afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  /** Starts Vite's dev server on the React app, the package resolved to dist/ itself, as a link would. */
  async function devServer(allow) {
    const vite = await import(pathToFileURL(join(APPS, 'node_modules/vite/dist/node/index.js')).href);
    const app = join(APPS, 'react');
    server = await vite.createServer({
      root: app,
      logLevel: 'silent',
      cacheDir: join(work, 'vite-cache'),
      resolve: { alias: [{ find: /^learner-widgets(\/react)?$/, replacement: join(DIST, 'learner-widgets.js') }] },
      server: {
        host: '127.0.0.1',
        port: 0,
        ...(allow ? { fs: { allow: [vite.searchForWorkspaceRoot(app), DIST] } } : {}),
      },
    });
    await server.listen();
    return server.resolvedUrls.local[0];
  }

  test('refuses the package with 403 until server.fs.allow names its folder', async ({ page }) => {
    const refused = [];
    page.on('response', async (r) => {
      if (r.status() === 403) refused.push(await r.text());
    });
    await page.goto(await devServer(false));
    await expect.poll(() => refused.length).toBeGreaterThan(0);
    expect(refused[0]).toContain('is outside of Vite serving allow list');
    await server.close();

    const problems = [];
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`); });
    await page.goto(await devServer(true));
    await expect(page.locator('#board').getByRole('region', { name: 'Choice board: Ecosystems choice board' })).toBeVisible();
    await expect(page.locator('#profile').getByRole('table', { name: /^Ana García/ })).toBeVisible();
    expect(problems).toEqual([]);
  });
});
