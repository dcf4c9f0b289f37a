// Watches a page the way a careful integrator would: console errors, uncaught exceptions, CSP
// violations, and any request that leaves the page's own origin.
export async function guardPage(page, baseURL) {
  const origin = new URL(baseURL).origin;
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  // A Content-Security-Policy or Trusted Types violation, even one the browser does not log.
  // Registered before the caller navigates (hence async): a violation on the first load counts.
  await page.exposeFunction('__reportViolation', (text) => problems.push(`policy violation: ${text}`))
    .catch(() => { /* already registered on this page by an earlier guard */ });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation',
      (e) => window.__reportViolation?.(`${e.violatedDirective} ${e.blockedURI}`), true);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) {
      problems.push(`request outside the origin: ${request.url()}`);
    }
  });
  return problems;
}
