// Every widget document under examples/ and www/samples/, with the attributes it is shown with:
// the samples as they are (and in the mode a teacher or learner edits them), the examples' inline
// documents and the document of the iframe example's URL.

import { readFileSync, readdirSync } from 'node:fs';

const root = new URL('../../', import.meta.url);

/** The widget each document schema is shown by (null: not a widget's document, a CASE package). */
export function tagFor(document) {
  const schema = String(document?.schema ?? '');
  if (schema.startsWith('learner-profile/') || schema.startsWith('learner-roster/')) return 'learner-profile';
  if (schema.startsWith('learner-progress')) return 'learner-progress';
  if (schema.startsWith('learner-choice-board/')) return 'learner-choice-board';
  return null;
}

/** The mode each widget is edited in besides viewing. */
const EDIT_MODE = { 'learner-profile': 'self', 'learner-progress': 'teacher', 'learner-choice-board': 'teacher' };

/** `[{ name, tag, text, attributes }]`. Pacing is told a fixed day, so runs compare. */
export function serverDocuments() {
  const out = [];
  const add = (name, text, attributes = {}) => {
    const tag = tagFor(JSON.parse(text));
    if (!tag) return;
    out.push({ name, tag, text, attributes: { today: '2026-11-23', ...attributes } });
    if (!attributes.mode) out.push({ name: `${name} (mode=${EDIT_MODE[tag]})`, tag, text, attributes: { today: '2026-11-23', mode: EDIT_MODE[tag] } });
  };
  const samples = new URL('www/samples/', root);
  for (const file of readdirSync(samples).sort()) {
    if (file.endsWith('.json')) add(`www/samples/${file}`, readFileSync(new URL(file, samples), 'utf8'));
  }
  const examples = new URL('examples/', root);
  for (const file of readdirSync(examples).sort()) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(new URL(file, examples), 'utf8');
    for (const match of html.matchAll(/<learner-[a-z-]+([^>]*)>\s*<script type="application\/json">([\s\S]*?)<\/script>/g)) {
      const attributes = Object.fromEntries([...match[1].matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
      add(`examples/${file}`, match[2], attributes);
    }
    for (const match of html.matchAll(/[#&;]data=([^"&]+)/g)) add(`examples/${file} (embed URL)`, decodeURIComponent(match[1]));
  }
  return out;
}
