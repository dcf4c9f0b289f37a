// Served at /__engines/recorder.js and put first in every HTML page by tests/engines/proxy.js, in the
// engines suite only (the product's server never serves it). It records what a careful integrator
// would see in the console: errors logged, exceptions nothing caught, rejected promises nothing
// handled, resources that failed to load, Content-Security-Policy or Trusted Types violations, and
// every `learner-error` a widget fires, for the suite to read with WebDriver.
//
// Why a script in the page rather than the driver's console log: WebKitWebDriver (WebKitGTK 2.50)
// has no WebDriver BiDi (a session asking for `webSocketUrl` is refused) and WebDriver classic has
// no log endpoint, so the one way that works the same in Firefox and WebKit is to record in the
// page. Injected by a proxy in front of the served site, rather than by `executeScript` after the
// load, so it runs before the widgets' module and misses nothing from the first load. The page's
// policy (`script-src 'self'`) lets it run because it comes from the page's own origin.
(() => {
  const problems = [];
  const learnerErrors = [];
  Object.defineProperty(window, '__engineProblems', { value: problems });
  Object.defineProperty(window, '__engineLearnerErrors', { value: learnerErrors });
  const text = (value) => {
    // An error from another realm (a frame, a driver's sandbox) is not `instanceof Error`.
    if (value && typeof value === 'object' && typeof value.message === 'string') {
      // A wasm trap's stack says which module function it was in.
      const stack = value.name === 'RuntimeError' ? ` at ${String(value.stack ?? '').replace(/\s+/g, ' ').slice(0, 600)}` : '';
      return `${value.name ?? 'Error'}: ${value.message}${stack}`;
    }
    if (typeof value === 'string') return value;
    try { return JSON.stringify(value); } catch { return String(value); }
  };
  // Warnings are not problems, but the suite reports them: a module started again after a trap
  // says so here.
  const warnings = [];
  Object.defineProperty(window, '__engineWarnings', { value: warnings });
  const logWarning = console.warn;
  console.warn = function warn(...args) {
    warnings.push(args.map(text).join(' '));
    return logWarning.apply(this, args);
  };
  const logError = console.error;
  console.error = function error(...args) {
    problems.push(`console error: ${args.map(text).join(' ')}`);
    return logError.apply(this, args);
  };
  window.addEventListener('error', (event) => {
    const target = event.target;
    if (target && target !== window && target.localName) {
      // A script, stylesheet, image or frame that did not load (the console shows a network error).
      problems.push(`failed to load: <${target.localName}> ${target.src || target.href || ''}`);
    } else {
      // The stack too: a wasm trap's says which module function it was in.
      const stack = String(event.error?.stack ?? '').replace(/\s+/g, ' ').slice(0, 600);
      const problem = `uncaught: ${event.message} (${event.filename}:${event.lineno})${stack ? ` at ${stack}` : ''}`;
      // Once every listener has had it: an exception the page handled (preventDefault) is not
      // reported in the console.
      setTimeout(() => { if (!event.defaultPrevented) problems.push(problem); });
    }
  }, true);
  window.addEventListener('unhandledrejection', (event) => {
    const problem = `unhandled rejection: ${text(event.reason)}`;
    setTimeout(() => { if (!event.defaultPrevented) problems.push(problem); });
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    problems.push(`policy violation: ${event.violatedDirective} ${event.blockedURI}`);
  }, true);
  // Capturing on the document sees every element's event, whether or not it bubbles.
  document.addEventListener('learner-error', (event) => {
    const element = event.composedPath()[0];
    learnerErrors.push({
      id: element?.id || null,
      tag: element?.localName || null,
      code: event.detail?.code ?? null,
      message: event.detail?.message ?? null,
    });
  }, true);
})();
