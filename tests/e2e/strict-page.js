// A blank page of the test's own, served under the same strict policy as every page of the site
// (xtask/src/serve.rs), with the widgets module loaded: for tests that build their own widgets.

const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
  + "style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

/** Opens `/<name>.html`, an empty `<main>` under the strict policy; resolves once the elements are defined. */
export async function openStrictPage(page, baseURL, name) {
  await page.route(`${baseURL}/${name}.html`, (route) => route.fulfill({
    contentType: 'text/html',
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    body: `<!doctype html><html lang="en"><head><title>${name}</title>`
      + '<script type="module" src="/dist/learner-widgets.js"></script></head><body><main></main></body></html>',
  }));
  await page.goto(`/${name}.html`);
  await page.evaluate(() => customElements.whenDefined('learner-choice-board'));
}
