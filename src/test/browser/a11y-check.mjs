#!/usr/bin/env node
// Runs axe-core on pages of a built site in headless Debian Chromium, and says which way each page reads.
//
//   node src/test/browser/a11y-check.mjs spec.json
//
// spec.json:
//   { "tags": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],   (axe's rule tags to run)
//     "viewport": { "width": 1280, "height": 800 },                             (optional, this by default)
//     "colorScheme": "light",                                                   (optional: "light" or "dark")
//     "pages": [ { "url": "http://127.0.0.1:PORT/ar/"  or  "file:///…/ar/index.html",
//                  "viewport": { "width": 390, "height": 844 },                 (optional, for this page only)
//                  "colorScheme": "dark",                                       (optional, for this page only)
//                  "waitFor": "#search-results li",                             (optional: a CSS selector that
//                                                                  must match a visible element before axe runs)
//                  "probes": [ { "selector": ".story-body blockquote",          (optional: the computed style
//                                "properties": ["border-right-width"] } ],       and box of the first match)
//                  "screenshot": "/optional/path.png" } ] }                     (optional: full page, PNG)
//
// Prints ONE JSON object on stdout, exit 0:
//   { "ok": true, "axe": "4.14.1", "tags": […],
//     "pages": [ { "url", "viewport": {width, height}, "colorScheme", "lang", "dir", "direction", "rtl",
//                  "horizontalOverflow", "violations": [ { id, impact, help, helpUrl,
//                  "nodes": [ { "target": […], "html": "…", "summary": "…" } ] } ],
//                  "incomplete": [ { id, impact, help, "nodes": [ { "target": […] } ] } ],
//                  "errors": [ "pageerror: …", "console.error: …" ], "failedRequests": [ { url, method, failure } ],
//                  "probes": [ { "selector", "found": true, "rect": { left, right, top, bottom },
//                                "values": { "border-right-width": "4px" } } ],
//                  "screenshot": "/path.png" } ] }
// "dir" is document.documentElement.dir, "direction" the computed CSS direction of <body>, "rtl" both being rtl.
// "horizontalOverflow" is true when the page is wider than the viewport (it would scroll sideways).
// "incomplete" is what axe could not decide by itself (for a person to look at); it is not a violation.
// On a timeout or crash: { "ok": false, "error": "…", "pages": [checked so far] } and exit 1; a bad spec is exit 1.
// Exit 2, with one line on stderr, when Chromium (CHROMIUM, default /usr/bin/chromium), playwright-core or
// axe-core is missing: the caller treats that as "skip", never as a pass or a failure.

import fs from 'node:fs';
import path from 'node:path';
import { browserSession, findBrowser, watchPages } from './browser.mjs';
import { createRequire } from 'node:module';

const STEP_TIMEOUT_MS = 30_000;   // a page load, axe's run on one page, a screenshot
const KNOWN_TAGS = new Set(['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice',
  'section508', 'EN-301-549', 'experimental']);
const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

function skip(message) {
  process.stderr.write(`a11y-check: ${message}\n`);
  process.exit(2);
}

// ---- the spec -------------------------------------------------------------------------------------------------
const out = { ok: true, axe: null, tags: [], pages: [] };
let finished = false;

function finish(code, error) {
  if (finished) return;
  finished = true;
  const { ok, ...rest } = out;
  const body = code === 0 ? out : { ok: false, error: String(error), ...rest };
  process.stdout.write(JSON.stringify(body, null, 2) + '\n');
  process.exitCode = code;
}

function failEarly(message) {
  finish(1, message);
  process.exit(1);
}

const isViewport = (v) => v && Number.isInteger(v.width) && Number.isInteger(v.height) && v.width > 0 && v.height > 0;
const isScheme = (s) => s === undefined || s === 'light' || s === 'dark';

const specPath = process.argv[2];
if (!specPath || process.argv.length > 3) failEarly('usage: node a11y-check.mjs spec.json');
let spec;
try {
  spec = JSON.parse(fs.readFileSync(specPath, 'utf8'));
} catch (e) {
  failEarly(`cannot read the spec ${specPath}: ${e.message}`);
}
if (!spec || !Array.isArray(spec.pages) || spec.pages.length === 0 || !Array.isArray(spec.tags) || spec.tags.length === 0) {
  failEarly('the spec needs "pages" (a non-empty array of {url}) and "tags" (a non-empty array of axe tags)');
}
const unknownTags = spec.tags.filter((t) => !KNOWN_TAGS.has(t));
if (unknownTags.length > 0) {
  failEarly(`unknown axe tag(s) ${JSON.stringify(unknownTags)}: use some of ${JSON.stringify([...KNOWN_TAGS])}`);
}
if (spec.viewport !== undefined && !isViewport(spec.viewport)) {
  failEarly('"viewport" needs "width" and "height", whole numbers of pixels');
}
if (!isScheme(spec.colorScheme)) failEarly('"colorScheme" is "light" or "dark"');
spec.pages.forEach((p, i) => {
  if (!p || typeof p.url !== 'string' || !/^(file:\/\/\/|https?:\/\/(127\.0\.0\.1|localhost)[:/])/.test(p.url)) {
    failEarly(`pages[${i}] needs "url": a file:/// URL or http://127.0.0.1:PORT/… (got ${JSON.stringify(p && p.url)})`);
  }
  if (p.viewport !== undefined && !isViewport(p.viewport)) failEarly(`pages[${i}].viewport needs "width" and "height"`);
  if (!isScheme(p.colorScheme)) failEarly(`pages[${i}].colorScheme is "light" or "dark"`);
  if (p.screenshot !== undefined && typeof p.screenshot !== 'string') failEarly(`pages[${i}].screenshot is a path`);
  if (p.waitFor !== undefined && typeof p.waitFor !== 'string') failEarly(`pages[${i}].waitFor is a CSS selector`);
  if (p.probes !== undefined && !(Array.isArray(p.probes) && p.probes.every((q) => q && typeof q.selector === 'string'
      && Array.isArray(q.properties) && q.properties.every((n) => typeof n === 'string')))) {
    failEarly(`pages[${i}].probes is a list of { "selector": "…", "properties": ["…"] }`);
  }
});
out.tags = spec.tags;

// ---- what the run needs: Chromium, playwright-core and axe-core (exit 2 = skip) -----------------------------------
const browser = await findBrowser(skip);
let axeSource;
try {
  const require = createRequire(import.meta.url);
  axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  out.axe = JSON.parse(fs.readFileSync(require.resolve('axe-core/package.json'), 'utf8')).version;
} catch (e) {
  skip(`axe-core is not installed (run src/test/browser/install.sh): ${e.code || e.message}`);
}

// ---- the run ----------------------------------------------------------------------------------------------------
const session = browserSession(browser);
let context;
const cleanUp = () => session.close();

// A last guard so a hung browser never hangs the JUnit test: the steps' own timeouts should always fire first.
const overallMs = 60_000 + spec.pages.length * 4 * STEP_TIMEOUT_MS;
const watchdog = setTimeout(async () => {
  finish(1, `the whole run took more than ${overallMs} ms`);
  await cleanUp();
  process.exit(1);
}, overallMs);

const firstLine = (e) => String(e && e.message ? e.message : e).split('\n')[0];
const short = (s, n) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

// One page: load it at its viewport and colour scheme, run axe, read its direction, take the screenshot.
async function checkPage(page, p, sink) {
  const viewport = p.viewport ?? spec.viewport ?? DEFAULT_VIEWPORT;
  const colorScheme = p.colorScheme ?? spec.colorScheme ?? 'light';
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme });
  sink.errors = [];
  sink.failedRequests = [];
  await page.goto(p.url, { waitUntil: 'load' });
  if (p.waitFor) {
    try {
      await page.locator(p.waitFor).first().waitFor({ state: 'visible' });
    } catch {
      throw new Error(`nothing matched ${JSON.stringify(p.waitFor)} within ${STEP_TIMEOUT_MS} ms`);
    }
  }
  // Fonts decide line breaks and so what overlaps what; axe and the screenshot should see the final layout.
  await page.evaluate(() => document.fonts.ready.then(() => true));

  // The page's own scripts and styles are untouched: axe is added as one more classic script, which also works
  // from file:// (no fetch), and is given the page's document as a reader's browser has it.
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    // From file:// axe's own request for the style sheets (its CSSOM preload, for css-orientation-lock) is refused
    // by Chromium and would read as the page's failed request: there it goes without.
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations', 'incomplete'],
      preload: location.protocol !== 'file:',
    });
    return { violations: r.violations, incomplete: r.incomplete };
  }, spec.tags);

  const seen = await page.evaluate(() => {
    const root = document.documentElement;
    const direction = document.body ? getComputedStyle(document.body).direction : null;
    return {
      lang: root.getAttribute('lang'),
      dir: root.dir,
      direction,
      rtl: root.dir === 'rtl' && direction === 'rtl',
      horizontalOverflow: root.scrollWidth > root.clientWidth,
    };
  });

  // What a layout in one direction or the other comes down to: which side a border, a padding or a menu is on.
  const probes = await page.evaluate((list) => list.map(({ selector, properties }) => {
    const el = document.querySelector(selector);
    if (!el) return { selector, found: false };
    const style = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return {
      selector,
      found: true,
      rect: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
      values: Object.fromEntries(properties.map((name) => [name, style.getPropertyValue(name)])),
    };
  }), p.probes ?? []);

  const result = {
    url: p.url,
    viewport,
    colorScheme,
    ...seen,
    violations: results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target,
        html: short(n.html, 300),
        summary: short((n.failureSummary || '').replace(/\s+/g, ' ').trim(), 400),
      })),
    })),
    incomplete: results.incomplete.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    })),
    errors: sink.errors,
    failedRequests: sink.failedRequests,
    probes,
  };
  if (p.screenshot) {
    fs.mkdirSync(path.dirname(path.resolve(p.screenshot)), { recursive: true });
    await page.screenshot({ path: p.screenshot, fullPage: true });
    result.screenshot = path.resolve(p.screenshot);
  }
  return result;
}

try {
  context = await session.open({ viewport: spec.viewport ?? DEFAULT_VIEWPORT, stepTimeout: STEP_TIMEOUT_MS, navigationTimeout: STEP_TIMEOUT_MS });

  const sink = { errors: [], failedRequests: [] };
  watchPages(context, sink);

  const page = context.pages()[0] ?? (await context.newPage());
  for (const p of spec.pages) {
    try {
      out.pages.push(await checkPage(page, p, sink));
    } catch (e) {
      throw new Error(`${p.url}: ${firstLine(e)}`);
    }
  }

  clearTimeout(watchdog);
  finish(0);
} catch (e) {
  clearTimeout(watchdog);
  finish(1, firstLine(e));
} finally {
  await cleanUp();
}
