// Pages whose learner elements a server rendered (`learner-widgets/server`, from dist/), served
// under the same strict policy as every page of the site.

import { renderWidget } from '../../dist/server.js';

export { renderWidget };

const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
  + "style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

/**
 * Opens `/<name>.html`, whose `<main>` holds `body` (HTML a server rendered), in `lang`, with the
 * loader in its head. Does not wait for any module.
 */
export async function openServerPage(page, baseURL, name, body, lang = 'en') {
  await page.route(`${baseURL}/${name}.html`, (route) => route.fulfill({
    contentType: 'text/html',
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${name}</title>`
      + '<link rel="stylesheet" href="/dist/learner-widgets.css">'
      + '<script type="module" src="/dist/learner-widgets.js"></script></head>'
      + `<body><main>${body}</main></body></html>`,
  }));
  await page.goto(`/${name}.html`);
}

/**
 * Holds every request for a widget's hydrating wasm until the returned function is called, so a
 * test can look at the server's nodes before the module arrives.
 */
export async function holdHydration(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route('**/*-hydrate_bg.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}
