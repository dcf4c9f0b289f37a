// A learning platform's server for the embed tests: it serves the course pages a test saves, under
// the other loopback name than the widgets' server (`localhost`), so the page that frames a widget is
// on another site, as an LMS is. A real server rather than a routed response: Chromium lets only a
// page on the local network frame a local address.
import { createServer } from 'node:http';

/** Starts the platform; `save(path, bodyHtml)` makes a course page, `url(path)` its address. */
export async function startPlatform() {
  const pages = new Map();
  const server = createServer((request, response) => {
    const body = pages.get(new URL(request.url, 'http://localhost').pathname);
    if (body === undefined) return response.writeHead(404).end();
    return response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise((done) => server.listen(0, done));
  const origin = `http://localhost:${server.address().port}`;
  return {
    origin,
    save(path, bodyHtml, title = 'Week 3') {
      pages.set(path, `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">`
        + `<title>${title}</title></head><body>${bodyHtml}</body></html>`);
      return `${origin}${path}`;
    },
    close: () => server.close(),
  };
}
