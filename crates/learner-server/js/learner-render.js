#!/usr/bin/env node
// `learner-render`: a learner element drawn to HTML for any host that is not Node (a PHP LMS, a
// Ruby or Python app, a static site build). Reads the document on stdin, writes the element's HTML
// on stdout. A refused document is still drawn (showing why, as the browser would), and the
// command says why on stderr and exits with 1.
//
//   learner-render learner-profile --assets /static/learner-widgets/ --attr lang=ar < ana.json

import { parseArgs } from 'node:util';
import { renderWidget } from './server.js';

const USAGE = `usage: learner-render <learner-profile|learner-progress|learner-choice-board>
    [--assets URL] [--lang LANG] [--today YYYY-MM-DD] [--width PX] [--no-preload] [--user-agent UA]
    [--attr NAME=VALUE]... < document.json`;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      assets: { type: 'string' },
      lang: { type: 'string' },
      today: { type: 'string' },
      width: { type: 'string' },
      'no-preload': { type: 'boolean' },
      'user-agent': { type: 'string' },
      attr: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const attributes = {};
  for (const pair of values.attr ?? []) {
    const at = pair.indexOf('=');
    if (at < 1) {
      process.stderr.write(`learner-render: --attr ${pair}: give NAME=VALUE\n`);
      return 2;
    }
    attributes[pair.slice(0, at)] = pair.slice(at + 1);
  }
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  let refused = null;
  const html = await renderWidget(positionals[0], Buffer.concat(chunks).toString('utf8'), {
    attributes,
    lang: values.lang,
    today: values.today,
    assets: values.assets,
    width: values.width === undefined ? undefined : Number(values.width),
    preload: !values['no-preload'],
    userAgent: values['user-agent'],
    onError: (detail) => { refused = detail; },
  });
  process.stdout.write(`${html}\n`);
  if (refused) {
    process.stderr.write(`learner-render: the document was refused: ${refused.message}\n`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stderr.write(`learner-render: ${error?.message ?? error}\n`);
    process.exitCode = 2;
  },
);
