// The server renderer as a Node host and a PHP host use it: `learner-widgets/server` (dist/server.js)
// and the `learner-render` command. Run by `cargo xtask test` with node:test after `dist/` is built.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { renderWidget, preloadLinks } from '../../dist/server.js';
import { shadowCss } from '../../dist/learner-server-wasm.js';
import { serverDocuments } from './documents.js';

const dist = new URL('../../dist/', import.meta.url);
const TAGS = ['learner-profile', 'learner-progress', 'learner-choice-board'];

/** The document in the element's child script, read back as the browser will. */
function scriptDocument(html) {
  const match = html.match(/<script type="application\/json">([\s\S]*)<\/script><\/learner-[a-z-]+>$/);
  assert.ok(match, 'the element carries its document in a child script');
  return JSON.parse(match[1]);
}

test('every document under examples/ and www/samples/ renders on the server, whole', async () => {
  const documents = serverDocuments();
  assert.ok(documents.length >= 11, `${documents.length} documents`);
  for (const { name, tag, text, attributes } of documents) {
    let refused = null;
    const html = await renderWidget(tag, text, { attributes, assets: '/static/lw/', onError: (detail) => { refused = detail; } });
    assert.equal(refused, null, `${name} was refused: ${refused?.message}`);
    // First the links that fetch the hydrating module with the page, then the element.
    const preload = `<link rel="modulepreload" href="/static/lw/${tag}-hydrate.js">`
      + `<link rel="preload" href="/static/lw/${tag}-hydrate_bg.wasm" as="fetch" type="application/wasm" crossorigin>`;
    assert.ok(html.startsWith(`${preload}<${tag}`), name);
    assert.ok(html.includes('<template shadowrootmode="open"><link rel="stylesheet" href="/static/lw/' + tag + '.shadow.css">'), name);
    const nodes = Number(html.match(/data-nodes="(\d+)"/)?.[1]);
    assert.ok(nodes > 5, `${name}: ${nodes} elements`);
    assert.deepEqual(scriptDocument(html), JSON.parse(text), name);
    // Nothing a strict Content-Security-Policy refuses: no inline style or script, no handlers.
    assert.doesNotMatch(html, /\sstyle="|<style|\son[a-z]+="|<script(?! type="application\/json">)/, name);
  }
});

test('the page language is spoken: Arabic words, right to left, Arabic-Indic digits', async () => {
  const profile = readFileSync(new URL('../../www/samples/ana.profile.json', import.meta.url), 'utf8');
  const html = await renderWidget('learner-profile', profile, { lang: 'ar' });
  assert.match(html, /<div part="base" lang="ar" dir="rtl"/);
  assert.match(html, /ملف المتعلّم/);
  assert.match(html, /[٠-٩]/);
  assert.match(html, /data-lang="ar"/);
  // The element's own lang wins over the page's.
  const spanish = await renderWidget('learner-profile', profile, { lang: 'ar', attributes: { lang: 'es-MX' } });
  assert.match(spanish, /<learner-profile lang="es-MX">/);
  assert.match(spanish, /dir="ltr"/);
});

test('preloading can be left out of the element and put in the head', async () => {
  const profile = readFileSync(new URL('../../www/samples/ana.profile.json', import.meta.url), 'utf8');
  const html = await renderWidget('learner-profile', profile, { preload: false, assets: '/lw/' });
  assert.ok(html.startsWith('<learner-profile><template shadowrootmode="open">'), html.slice(0, 80));
  assert.equal(preloadLinks('learner-progress', { assets: '/lw/' }),
    '<link rel="modulepreload" href="/lw/learner-progress-hydrate.js">'
    + '<link rel="preload" href="/lw/learner-progress-hydrate_bg.wasm" as="fetch" type="application/wasm" crossorigin>');
  assert.throws(() => preloadLinks('learner-chart'), /not a learner element/);
  // Safari on an iPad (WebKit) would fetch a preloaded wasm twice: only the glue is preloaded.
  const ipad = 'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
  const forIpad = await renderWidget('learner-profile', profile, { assets: '/lw/', userAgent: ipad });
  assert.ok(forIpad.startsWith('<link rel="modulepreload" href="/lw/learner-profile-hydrate.js"><learner-profile>'), forIpad.slice(0, 120));
});

test('a radar laid out at the width the host says it will have', async () => {
  const profile = readFileSync(new URL('../../www/samples/ana.profile.json', import.meta.url), 'utf8');
  const wide = await renderWidget('learner-profile', profile);
  const narrow = await renderWidget('learner-profile', profile, { width: 320 });
  assert.match(narrow, /data-width="320"/);
  assert.doesNotMatch(wide, /data-width/);
  // Narrow: the axes are numbered and named in a key below the chart.
  assert.notEqual(narrow.match(/<svg[^>]*viewBox="([^"]*)"/)[1], wide.match(/<svg[^>]*viewBox="([^"]*)"/)[1]);
});

test('a refused document is drawn as the browser would show it, and the host is told why', async () => {
  let refused = null;
  const html = await renderWidget('learner-progress', { schema: 'learner-progress/1', learner: {} }, { onError: (d) => { refused = d; } });
  assert.equal(refused.code, 'invalid-shape');
  assert.match(refused.path, /^learner/);
  assert.ok(refused.problems.length >= 1);
  assert.match(html, /role="alert"/);
  assert.match(html, /can(’|')t be shown/);
});

test('what a document or an attribute holds cannot break out of the element', async () => {
  const doc = JSON.parse(readFileSync(new URL('../../www/samples/ana.profile.json', import.meta.url), 'utf8'));
  doc.learner.name = '</script><script>alert(1)</script><!--';
  const html = await renderWidget('learner-profile', doc, { attributes: { id: 'a"b', title: '<x>' } });
  assert.equal(html.match(/<\/script>/g).length, 1, 'only the element\'s own script ends');
  assert.equal(scriptDocument(html).learner.name, doc.learner.name);
  assert.match(html, /<learner-profile id="a&quot;b" title="&lt;x&gt;">/);
  await assert.rejects(renderWidget('learner-profile', doc, { attributes: { onclick: 'x()' } }), /event handlers/);
  await assert.rejects(renderWidget('learner-profile', doc, { attributes: { style: 'color:red' } }), /inline style/);
  await assert.rejects(renderWidget('learner-chart', doc), /not a learner element/);
  const noData = await renderWidget('learner-profile', doc, { attributes: { data: '{}' } });
  assert.doesNotMatch(noData, /<learner-profile data=/);
});

test('each shadow stylesheet file is the stylesheet the element adopts', () => {
  for (const tag of TAGS) {
    assert.equal(readFileSync(new URL(`${tag}.shadow.css`, dist), 'utf8'), shadowCss(tag), tag);
  }
});

test('learner-render: a document on stdin, the element on stdout; a refused one exits 1 saying why', () => {
  const command = fileURLToPath(new URL('learner-render.js', dist));
  const profile = readFileSync(new URL('../../www/samples/malik.profile.json', import.meta.url));
  const ok = spawnSync(process.execPath, [command, 'learner-profile', '--assets', '/lw/', '--attr', 'view=table', '--today', '2026-11-23', '--width', '320', '--no-preload'], { input: profile });
  assert.equal(ok.status, 0, ok.stderr.toString());
  assert.match(ok.stdout.toString(), /^<learner-profile view="table"><template shadowrootmode="open"><link rel="stylesheet" href="\/lw\/learner-profile.shadow.css">/);
  assert.match(ok.stdout.toString(), /data-today="2026-11-23"/);
  assert.match(ok.stdout.toString(), /data-width="320"/);
  const bad = spawnSync(process.execPath, [command, 'learner-profile'], { input: '{"schema":"learner-profile/1"' });
  assert.equal(bad.status, 1);
  assert.match(bad.stderr.toString(), /the document was refused: .*JSON/);
  assert.match(bad.stdout.toString(), /^<link rel="modulepreload" href="learner-profile-hydrate.js">/);
  assert.match(bad.stdout.toString(), /role="alert"/);
  const unknown = spawnSync(process.execPath, [command, 'learner-chart'], { input: '{}' });
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr.toString(), /not a learner element/);
});
