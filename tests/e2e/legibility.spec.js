// Legible on a phone: the radar's axis labels keep at least 12 CSS px at every width from 320 px
// up, inside the element and apart from each other (the chart shrinks, names wrap, or the axes
// are numbered with the names in a key), and a choice board's cells wrap whole words only.
// In English and in Arabic (right to left), at 320, 375 and 768 px.
import { test, expect } from '@playwright/test';
import { guardPage } from './page-guard.js';

const TWELVE = ['Reading comprehension', 'Fractions and decimals', 'Written expression', 'Working memory',
  'Visual-spatial reasoning', 'Persistence', 'Collaboration', 'English language development',
  'Oral language', 'Number sense', 'Self-regulation', 'Scientific inquiry'];

/** Every axis label of a radar as a person sees it: text, size in CSS px, and box. */
const radarLabels = (element) => element.evaluate((host) => {
  const svg = host.shadowRoot.querySelector('svg.profile-chart');
  // SVG text is drawn at its font size times the drawing's scale.
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const hostBox = host.getBoundingClientRect();
  return {
    host: { left: hostBox.left, right: hostBox.right, top: hostBox.top, bottom: hostBox.bottom },
    labels: [...svg.querySelectorAll('.radar-label')].map((label) => {
      const box = label.getBoundingClientRect();
      return {
        text: [...label.querySelectorAll('tspan')].map((line) => line.textContent.trim()).join(' '),
        px: parseFloat(getComputedStyle(label).fontSize) * scale,
        left: box.left, right: box.right, top: box.top, bottom: box.bottom,
      };
    }),
    key: [...host.shadowRoot.querySelectorAll('.radar-key li')].map((item) => item.textContent.trim()),
  };
});

function expectLegible({ host, labels }, count) {
  expect(labels).toHaveLength(count);
  for (const label of labels) {
    expect(label.px, `"${label.text}" is drawn ${label.px.toFixed(1)} px tall`).toBeGreaterThanOrEqual(12);
    expect(label.left, `"${label.text}" starts outside the element`).toBeGreaterThanOrEqual(host.left);
    expect(label.right, `"${label.text}" ends outside the element`).toBeLessThanOrEqual(host.right);
    expect(label.top).toBeGreaterThanOrEqual(host.top);
    expect(label.bottom).toBeLessThanOrEqual(host.bottom);
  }
  labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => {
    const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
    expect(apart, `"${a.text}" and "${b.text}" overlap`).toBe(true);
  }));
}

/** Each axis is named around the chart, or numbered with its name in the key, in order. */
function expectEveryNameShown({ labels, key }, names, numbers) {
  if (key.length === 0) {
    expect(labels.map((l) => l.text)).toEqual(names);
  } else {
    expect(labels.map((l) => l.text)).toEqual(numbers);
    expect(key).toEqual(names.map((name, i) => `${numbers[i]}${name}`));
  }
}

/** The words of a choice board's cells that a line break cuts anywhere but after a hyphen or a
 *  dash (where a line may end: "Predator–" then "prey"). */
const brokenWords = (board) => board.evaluate((host) => {
  const line = (node, at) => {
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    const box = [...range.getClientRects()].find((r) => r.width > 0);
    return box ? Math.round(box.top) : null;
  };
  const broken = [];
  for (const cell of host.shadowRoot.querySelectorAll('.choice-cell')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.data.matchAll(/\S+/g)) {
        for (let i = 1; i < match[0].length; i += 1) {
          const before = line(node, match.index + i - 1);
          const after = line(node, match.index + i);
          if (before !== after && !/[-\u2010\u2013\u2014\u00ad]/.test(match[0][i - 1])) {
            broken.push(match[0]);
            break;
          }
        }
      }
    }
  }
  return broken;
});

for (const width of [320, 375, 768]) {
  for (const lang of ['en', 'ar']) {
    test.describe(`${width} px wide, ${lang}`, () => {
      test.use({ viewport: { width, height: 900 } });

      let problems;
      test.beforeEach(async ({ page, baseURL }) => {
        problems = await guardPage(page, baseURL);
        await page.goto(`/?lang=${lang}`);
        await expect(page.locator('#profile-ana .radar-label').first()).toBeAttached();
      });

      // No console error, page error or policy violation from laying out at this width.
      test.afterEach(() => expect(problems).toEqual([]));

      test('the gallery radar: every label 12 px or more, inside, apart, every name shown', async ({ page }) => {
        const ana = page.locator('#profile-ana');
        const names = await ana.evaluate((host) => host.data.dimensions.map((d) => d.label));
        const numbers = await page.evaluate(({ count, lang }) => Array.from({ length: count },
          (_, i) => new Intl.NumberFormat(`${lang}-u-nu-${lang === 'ar' ? 'arab' : 'latn'}`).format(i + 1)), { count: names.length, lang });
        const seen = await radarLabels(ana);
        expectLegible(seen, names.length);
        expectEveryNameShown(seen, names, numbers);
      });

      test('twelve long names: every label 12 px or more, inside, apart, every name shown', async ({ page }) => {
        const data = await (await page.request.get('/samples/ana.profile.json')).json();
        data.dimensions = TWELVE.map((label, i) => ({ id: `d${i}`, label, value: 20 + 5 * i }));
        delete data.contexts;
        delete data.snapshots;
        await page.evaluate(({ data, lang }) => {
          const element = document.createElement('learner-profile');
          element.id = 'twelve';
          element.setAttribute('lang', lang);
          element.data = data;
          document.querySelector('main').prepend(element);
        }, { data, lang });
        const twelve = page.locator('#twelve');
        await expect(twelve.locator('.radar-label')).toHaveCount(12);
        const numbers = await page.evaluate((lang) => Array.from({ length: 12 },
          (_, i) => new Intl.NumberFormat(`${lang}-u-nu-${lang === 'ar' ? 'arab' : 'latn'}`).format(i + 1)), lang);
        const seen = await radarLabels(twelve);
        expectLegible(seen, 12);
        expectEveryNameShown(seen, TWELVE, numbers);
        if (width < 500) {
          // Numbered on a phone: the key names each axis, as a list a screen reader announces.
          await expect(twelve.getByRole('list', { name: lang === 'ar' ? 'محاور الرسم حسب الرقم' : "The chart's axes by number" }))
            .toBeVisible();
        }
      });

      test('the bars view: every label, group and number 12 px or more, inside and apart', async ({ page }) => {
        const malik = page.locator('#profile-malik');
        await expect(malik.locator('.bars-label').first()).toBeAttached();
        await malik.scrollIntoViewIfNeeded();
        const seen = await malik.evaluate((host) => {
          const svg = host.shadowRoot.querySelector('svg.bars-chart');
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const hostBox = host.getBoundingClientRect();
          return {
            host: { left: hostBox.left, right: hostBox.right, top: hostBox.top, bottom: hostBox.bottom },
            labels: [...svg.querySelectorAll('.bars-label, .bars-group, .bars-number')].map((text) => {
              const box = text.getBoundingClientRect();
              return {
                text: text.textContent.trim(),
                px: parseFloat(getComputedStyle(text).fontSize) * scale,
                left: box.left, right: box.right, top: box.top, bottom: box.bottom,
              };
            }),
          };
        });
        const names = await malik.evaluate((host) => host.data.dimensions.map((d) => d.label));
        // A label, a value and a group heading per row or group: 8 dimensions in 4 groups.
        expectLegible(seen, 2 * names.length + 4);
        for (const name of names) expect(seen.labels.map((l) => l.text)).toContain(name);
      });

      test('the choice board breaks no word of a cell and keeps its grid', async ({ page }) => {
        const board = page.locator('#choice-learner');
        await board.scrollIntoViewIfNeeded();
        await expect(board.getByRole('gridcell')).toHaveCount(9);
        expect(await brokenWords(board)).toEqual([]);
        // Three cells to a row, each row's cells side by side.
        const rows = await board.evaluate((host) => [...host.shadowRoot.querySelectorAll('.choice-grid tr')]
          .map((row) => [...row.cells].map((cell) => Math.round(cell.getBoundingClientRect().top))));
        expect(rows).toHaveLength(3);
        for (const row of rows) expect(new Set(row).size).toBe(1);
        // The page itself never scrolls sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      });
    });
  }
}
