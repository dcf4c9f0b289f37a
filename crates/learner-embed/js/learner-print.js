// The page's part of printing a learner's plan (<learner-progress>'s printPlan()): which profile
// to print, a print-only container for the plan module to draw in, and the print dialog. Loaded
// with the plan's module, only when a plan is printed.

/**
 * While a plan prints, the page shows only the plan's container, with paper margins; on screen
 * the container is never shown. A constructed stylesheet adopted by the document: a strict
 * Content-Security-Policy (no inline styles) and Trusted Types allow it, where a <style> element
 * would be refused.
 */
const PRINT_CSS = `@media screen { .learner-plan-print { display: none !important; } }
@media print {
  body > :not(.learner-plan-print) { display: none !important; }
  .learner-plan-print { display: block !important; }
}
@page { margin: 16mm 14mm; }`;

/**
 * printPlan's `profile` as JSON text, or undefined when none was asked for: a document (an
 * object, written by the loader's `jsonText`, or its text) as it is, or the current document of
 * the <learner-profile> on the page whose id it is. Throws `{ key, fill, path }` when it cannot be
 * had.
 */
export function planProfile(element, profile, jsonText) {
  if (profile === undefined || profile === null || profile === '') return undefined;
  if (typeof profile === 'string' && !profile.trim().startsWith('{')) {
    const found = element.getRootNode().getElementById?.(profile) ?? document.getElementById(profile);
    if (found?.localName !== 'learner-profile' || found.data == null) {
      throw { key: 'plan.tracker.no-profile', fill: ['id', profile], path: 'profile' };
    }
    return found.exportJson();
  }
  if (typeof profile === 'string') return profile;
  const written = jsonText(profile);
  if (written.problem) {
    const path = written.problem.path ? `profile.${written.problem.path}` : 'profile';
    throw { key: 'plan.tracker.unwritable', fill: ['path', path], path };
  }
  return written.text;
}

/**
 * Draws a plan with `draw(root)` into a print-only container at the end of the body, opens the
 * browser's print dialog, and takes it all away when the dialog has closed. Rejects with the plan
 * module's refusal (`{ shown, message, path, problems }`), or `{ key }` when the browser did not
 * open its dialog.
 */
export async function printInPage(draw) {
  const container = document.createElement('div');
  container.className = 'learner-plan-print';
  const root = container.attachShadow({ mode: 'open' });
  document.body.append(container);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PRINT_CSS);
  let drawn = null;
  try {
    try {
      drawn = draw(root);
    } catch (refused) {
      // A class's progress is at fault in itself; anything else the module refuses is the profile.
      if (!refused?.reason) throw refused;
      const path = refused.reason === 'class' ? '' : 'profile';
      throw { shown: refused.shown, message: refused.message, path, problems: refused.problems };
    }
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    // Yew draws in a microtask: the plan is whole by the next task.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await printDialog();
  } finally {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    drawn?.free();
    container.remove();
  }
}

/**
 * Opens the print dialog and resolves when it has closed (`afterprint`). Browsers fire
 * `beforeprint` inside print(); when none comes within a second, the browser did not print (a
 * sandboxed frame without allow-modals ignores print()), and that is said rather than waited on.
 */
function printDialog() {
  return new Promise((resolve, reject) => {
    let began = false;
    const before = () => { began = true; };
    const after = () => {
      removeEventListener('beforeprint', before);
      resolve();
    };
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after, { once: true });
    window.print();
    setTimeout(() => {
      if (began) return;
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
      reject({ key: 'plan.tracker.blocked' });
    }, 1000);
  });
}

/** The browser's local date as YYYY-MM-DD: a plan's date when the element has no `today`. */
export function localDate() {
  const now = new Date();
  const two = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
