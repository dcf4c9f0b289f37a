// axe (WCAG 2.0, 2.1 and 2.2, A and AA) finds no violation in any state of any widget in the
// gallery, in each preset theme and each language. The states are in gallery-states.js; one test
// per language, theme and page load ("round") of states. A violation already reported (a state's
// `known`) is left out of the matrix for that state only, and expected gone by a test.fail below.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS } from './axe.js';
import { STATES, rounds, enterRound } from './gallery-states.js';

const THEMES = ['light', 'dark', 'high-contrast'];
// Every state runs in English and in Arabic (right to left).
const LANGS = ['en', 'ar'];

test.use({ viewport: { width: 1280, height: 900 } });
// Each test loads its own page: they can share the two workers.
test.describe.configure({ mode: 'parallel' });

/** The violations axe finds in the state's element, as readable lines. */
async function violations(page, state, { skipKnown = true } = {}) {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS).include(`#${state.host}`);
  const known = Object.keys(state.known ?? {});
  if (skipKnown && known.length) builder = builder.disableRules(known);
  const results = await builder.analyze();
  return results.violations.map((v) => `${state.name} (#${state.host}): ${v.id} (${v.impact}): `
    + v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join(' | '));
}

for (const lang of LANGS) {
  for (const theme of THEMES) {
    rounds().forEach((round, r) => {
      test(`axe [${lang}, ${theme}] page ${r + 1}: ${round.map((s) => s.host).join(', ')}`, async ({ page }) => {
        // Up to 15 states a page, each a full axe run: about 30 s on an idle machine, and a busy one
        // once took over 90 s.
        test.setTimeout(240_000);
        test.info().annotations.push({ type: 'states', description: round.map((s) => s.name).join('; ') });
        await enterRound(page, round, { theme, lang });
        const found = [];
        for (const state of round) found.push(...await violations(page, state));
        expect(found).toEqual([]);
      });
    });
  }
}

for (const state of STATES.filter((s) => s.known)) {
  test(`axe, known: ${state.name}`, async ({ page }) => {
    test.fail(true, Object.values(state.known).join('; '));
    test.slow();
    await enterRound(page, [state]);
    expect(await violations(page, state, { skipKnown: false })).toEqual([]);
  });
}
