// A proxy in front of the served site, for the engines suite only: it passes every request and
// answer through unchanged (headers, the Content-Security-Policy among them, and bodies, so the LRS
// behind /lrs/ still answers), except that each HTML page gets recorder.js as its first script.
// See recorder.js for why the errors are recorded in the page.
import http from 'node:http';
import { readFileSync } from 'node:fs';

const RECORDER_PATH = '/__engines/recorder.js';
const RECORDER = readFileSync(new URL('./recorder.js', import.meta.url));
const TAG = `<script src="${RECORDER_PATH}"></script>`;
const PROBE_SCRIPT = readFileSync(new URL('./probe.js', import.meta.url));

/** The recorder's self-check (see probe.js): a bad document in a widget, and the probe script. */
export const PROBE_PATH = '/__engines/probe.html';
const PROBE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>probe</title>
<script type="module" src="/dist/learner-widgets.js"></script>
<script src="/__engines/probe.js"></script></head>
<body><main><learner-profile id="probe-bad" data='{"schema":"learner-profile/1","learner":{"id":"p","name":"P"},"scale":{"min":0,"max":10},"dimensions":[{"id":"a","label":"A","value":12}]}'></learner-profile></main></body></html>`;

/** Puts the recorder's tag first in the page: straight after `<head>`, else at the very start. */
export function inject(html) {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) return TAG + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + TAG + html.slice(at);
}

/**
 * Starts the proxy on 127.0.0.1:`port` (0: a free port) in front of `upstream` (an origin such as
 * http://127.0.0.1:8080). Resolves to `{ url, close }`.
 */
export async function startProxy(upstream, port = 0) {
  const target = new URL(upstream);
  // The probe page is served under the policy the site's pages have.
  const policy = (await fetch(`${target.origin}/`)).headers.get('content-security-policy') ?? '';
  const agent = new http.Agent({ keepAlive: true });
  const server = http.createServer((request, response) => {
    const own = {
      [RECORDER_PATH]: ['text/javascript', RECORDER],
      '/__engines/probe.js': ['text/javascript', PROBE_SCRIPT],
      [PROBE_PATH]: ['text/html', inject(PROBE_PAGE)],
    }[request.url];
    if (own) {
      response.writeHead(200, {
        'Content-Type': `${own[0]}; charset=utf-8`, 'Cache-Control': 'no-store', 'Content-Security-Policy': policy,
      });
      response.end(own[1]);
      return;
    }
    const forward = http.request({
      host: target.hostname,
      port: target.port,
      method: request.method,
      path: request.url,
      headers: { ...request.headers, host: target.host, 'accept-encoding': 'identity' },
      agent,
    }, (answer) => {
      const type = answer.headers['content-type'] ?? '';
      if (!type.startsWith('text/html')) {
        response.writeHead(answer.statusCode, answer.headers);
        answer.pipe(response);
        return;
      }
      const chunks = [];
      answer.on('data', (chunk) => chunks.push(chunk));
      answer.on('end', () => {
        const body = Buffer.from(inject(Buffer.concat(chunks).toString('utf8')));
        const headers = { ...answer.headers, 'content-length': String(body.length) };
        delete headers['transfer-encoding'];
        response.writeHead(answer.statusCode, headers);
        response.end(body);
      });
    });
    forward.on('error', (error) => {
      response.writeHead(502, { 'Content-Type': 'text/plain' });
      response.end(`engines proxy: ${error.message}`);
    });
    request.pipe(forward);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      resolve({
        url: `http://127.0.0.1:${bound}`,
        close: () => new Promise((done) => {
          server.closeAllConnections?.();
          agent.destroy();
          server.close(() => done());
        }),
      });
    });
  });
}
