// The pages of the served site, found before any browser starts, so each page is its own test in
// each engine: from the gallery and the docs index, every same-origin link of every HTML page, as
// tests/e2e/site.spec.js crawls it in Chromium. Links a page's script adds are found by the tests
// themselves in each engine, which fail when a page links to one this list lacks.

/** At most this many addresses are fetched: the site has about 30, so a runaway loop still ends. */
const LIMIT = 120;

/**
 * The `href` or `src` of every tag in `html` (not of text that shows markup: its `<` is escaped),
 * resolved against `base`, without its fragment.
 */
export function linksIn(html, base) {
  const links = [];
  const attributes = /\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
  const tags = [...html.matchAll(/<[a-z][a-z0-9-]*\s[^>]*>/gi)].map((m) => m[0]);
  for (const match of tags.flatMap((tag) => [...tag.matchAll(attributes)])) {
    const raw = (match[1] ?? match[2]).replace(/&amp;/g, '&');
    try {
      const url = new URL(raw, base);
      url.hash = '';
      links.push(url.href);
    } catch { /* not a URL */ }
  }
  return links;
}

/**
 * The site's HTML pages under `origin`, as paths ('/', '/guide/', ...), in the order found, and
 * every address linked (pages, styles, images, schemas: full URLs). Throws
 * when a link answers 400 or more: a broken link is a broken page in every engine.
 */
export async function sitePages(origin) {
  const queue = [`${origin}/`, `${origin}/guide/`];
  const seen = new Set(queue);
  const pages = [];
  const broken = [];
  while (queue.length && seen.size <= LIMIT) {
    const url = queue.shift();
    const answer = await fetch(url);
    const type = answer.headers.get('content-type') ?? '';
    if (answer.status >= 400) {
      broken.push(`${url} answers ${answer.status}`);
      await answer.arrayBuffer();
      continue;
    }
    if (!type.startsWith('text/html')) {
      await answer.arrayBuffer();
      continue;
    }
    pages.push(new URL(url).pathname);
    for (const link of linksIn(await answer.text(), url)) {
      if (new URL(link).origin !== origin || seen.has(link)) continue;
      seen.add(link);
      queue.push(link);
    }
  }
  if (broken.length) throw new Error(`broken links: ${broken.join('; ')}`);
  if (seen.size > LIMIT) throw new Error(`more than ${LIMIT} addresses: a link loop?`);
  return { pages, addresses: seen };
}
