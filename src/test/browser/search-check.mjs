#!/usr/bin/env node
// Drives Dateline's search page in headless Debian Chromium and prints what a reader would see.
//
//   node src/test/browser/search-check.mjs spec.json
//
// spec.json:
//   { "url": "http://127.0.0.1:PORT/search/"  or  "file:///…/search/index.html",
//     "queries": [ { "type": "election", "section": "", "year": "" }, … ],
//     "keyboard": true,                       (optional: ArrowDown / Enter check after the queries)
//     "screenshot": "/optional/path.png" }    (optional: full page, after the last query)
//
// Prints ONE JSON object on stdout:
//   { "ok": true, "results": [ { query, status, ms, results: [ { title, href, meta, snippet, marks } ] } ],
//     "errors": [ "pageerror: …", "console.error: … (at url:line)" ], "failedRequests": [ { url, method, failure } ],
//     "keyboardFirstResult": true, "keyboardFocused": "a href=…", "keyboardNavigatedTo": "…" }  (only with "keyboard")
// or, on a timeout or crash, { "ok": false, "error": "…", "results": [collected so far], "errors": […], … } and exit 1.
// Exit 2, with one line on stderr, when Chromium (CHROMIUM, default /usr/bin/chromium) or playwright-core is missing:
// the caller treats that as "skip", never as a pass or a failure.
//
// The page's DOM contract (see README.md): #search-input, #search-section, #search-year, #search-status
// (data-query, data-state loading|done, data-ms), #search-results > li with a, .meta, .snippet[data-ready] and mark.

import fs from 'node:fs';
import path from 'node:path';
import { browserSession, findBrowser, watchPages } from './browser.mjs';

const STEP_TIMEOUT_MS = 15_000;   // each wait: status done, snippets ready, a select, a navigation
const KEY_DELAY_MS = 20;          // between keystrokes, as a quick typist

function skip(message) {
  process.stderr.write(`search-check: ${message}\n`);
  process.exit(2);
}

// ---- the spec -------------------------------------------------------------------------------------------------
const out = { ok: true, results: [], errors: [], failedRequests: [] };
let finished = false;

function finish(code, error) {
  if (finished) return;
  finished = true;
  const body = code === 0 ? out : { ok: false, error: String(error), ...withoutOk(out) };
  process.stdout.write(JSON.stringify(body, null, 2) + '\n');
  process.exitCode = code;
}

function withoutOk(o) {
  const { ok, ...rest } = o;
  return rest;
}

function failEarly(message) {
  finish(1, message);
  process.exit(1);
}

const specPath = process.argv[2];
if (!specPath || process.argv.length > 3) failEarly('usage: node search-check.mjs spec.json');
let spec;
try {
  spec = JSON.parse(fs.readFileSync(specPath, 'utf8'));
} catch (e) {
  failEarly(`cannot read the spec ${specPath}: ${e.message}`);
}
if (!spec || typeof spec.url !== 'string' || !Array.isArray(spec.queries)) {
  failEarly('the spec needs "url" (a string) and "queries" (an array)');
}
if (!spec.queries.every((q) => q && typeof q === 'object' && typeof q.type === 'string')) {
  failEarly('each query needs "type" (the text to type); "section" and "year" are optional');
}

// ---- what the run needs: Chromium and playwright-core (exit 2 = skip) ----------------------------------------
const browser = await findBrowser(skip);

// ---- the run ----------------------------------------------------------------------------------------------------
const session = browserSession(browser);
let context;
const cleanUp = () => session.close();

// A last guard so a hung browser never hangs the JUnit test: the steps' own timeouts should always fire first.
const overallMs = 60_000 + (spec.queries.length + 2) * 3 * STEP_TIMEOUT_MS;
const watchdog = setTimeout(async () => {
  finish(1, `the whole run took more than ${overallMs} ms`);
  await cleanUp();
  process.exit(1);
}, overallMs);

const firstLine = (e) => String(e && e.message ? e.message : e).split('\n')[0];

// One query: clear the box, set the filters, type, wait for "done" for exactly this text, wait for the snippets.
async function runQuery(page, q, typed) {
  // Start from an empty box; then the filters. An empty or missing section/year means the first option, "All":
  // a select is touched only when its value must change, so one query's filter never leaks into the next.
  await page.locator('#search-input').fill('');
  for (const [sel, want] of [['#search-section', q.section], ['#search-year', q.year]]) {
    const value = want == null ? '' : String(want);
    const select = page.locator(sel);
    if (value === '' && (await select.count()) === 0) continue;
    if ((await select.inputValue()) === value) continue;
    const values = await select.evaluate((el) => [...el.options].map((o) => o.value)).catch(() => null);
    if (values && !values.includes(value)) {
      throw new Error(`${sel} has no option with value ${JSON.stringify(value)} (it has ${JSON.stringify(values)})`);
    }
    await select.selectOption(value);
  }

  // If the status already claims "done" for this very text (a repeat), ask for a fresh change after the typing
  // starts, so the results read are the ones for this query and not left over from an earlier one.
  await page.evaluate((t) => {
    const status = document.querySelector('#search-status');
    const w = (window.__datelineCheck ??= {});
    w.stale = !!status && status.getAttribute('data-state') === 'done' && status.getAttribute('data-query') === t;
    w.changes = 0;
    w.observer?.disconnect();
    if (status) {
      w.observer = new MutationObserver(() => { w.changes++; });
      w.observer.observe(status, { attributes: true, childList: true, characterData: true, subtree: true });
    }
  }, typed);

  await page.locator('#search-input').focus();
  await page.keyboard.type(typed, { delay: KEY_DELAY_MS });

  try {
    await page.waitForFunction((t) => {
      const s = document.querySelector('#search-status');
      const w = window.__datelineCheck;
      return !!s && s.getAttribute('data-state') === 'done' && s.getAttribute('data-query') === t
        && (!w.stale || w.changes > 0);
    }, typed, { timeout: STEP_TIMEOUT_MS, polling: 'raf' });
  } catch (e) {
    const seen = await page.evaluate(() => {
      const s = document.querySelector('#search-status');
      return s ? { state: s.getAttribute('data-state'), query: s.getAttribute('data-query'), text: s.textContent.trim() }
               : null;
    }).catch(() => null);
    throw new Error(`query ${JSON.stringify(typed)}: #search-status never became data-state="done" with `
      + `data-query=${JSON.stringify(typed)} within ${STEP_TIMEOUT_MS} ms; last seen: ${JSON.stringify(seen)}`);
  }

  try {
    await page.waitForFunction(() => [...document.querySelectorAll('#search-results > li')]
      .every((li) => { const s = li.querySelector('.snippet'); return !s || s.hasAttribute('data-ready'); }),
      null, { timeout: STEP_TIMEOUT_MS, polling: 100 });
  } catch {
    throw new Error(`query ${JSON.stringify(typed)}: not every result's .snippet got data-ready within ${STEP_TIMEOUT_MS} ms`);
  }

  const seen = await page.evaluate(() => {
    const norm = (s) => (s == null ? null : s.replace(/\s+/g, ' ').trim());
    const s = document.querySelector('#search-status');
    const ms = s.getAttribute('data-ms');
    return {
      status: s.textContent.trim(),
      ms: ms === null || ms.trim() === '' || !Number.isFinite(Number(ms)) ? null : Number(ms),
      results: [...document.querySelectorAll('#search-results > li')].map((li) => {
        const a = li.querySelector('a');
        const snippet = li.querySelector('.snippet');
        return {
          title: a ? norm(a.textContent) : null,
          href: a ? a.href : null,
          meta: norm(li.querySelector('.meta')?.textContent),
          snippet: snippet ? norm(snippet.textContent) : null,
          marks: snippet ? [...snippet.querySelectorAll('mark')].map((m) => m.textContent) : [],
        };
      }),
    };
  });
  return { query: q, ...seen };
}

try {
  context = await session.open({ viewport: { width: 1280, height: 800 }, stepTimeout: STEP_TIMEOUT_MS, navigationTimeout: 30_000 });

  watchPages(context, out);

  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(spec.url, { waitUntil: 'load' });
  await page.locator('#search-input').waitFor({ state: 'visible' });

  for (const q of spec.queries) {
    const typed = q.type;
    try {
      out.results.push(await runQuery(page, q, typed));
    } catch (e) {
      const msg = firstLine(e);
      throw new Error(msg.startsWith('query ') ? msg : `query ${JSON.stringify(typed)}: ${msg}`);
    }
  }

  if (spec.screenshot) {
    fs.mkdirSync(path.dirname(path.resolve(spec.screenshot)), { recursive: true });
    await page.screenshot({ path: spec.screenshot, fullPage: true });
  }

  if (spec.keyboard) {
    await page.locator('#search-input').focus();
    await page.keyboard.press('ArrowDown');
    out.keyboardFirstResult = await page.evaluate(() => {
      const first = document.querySelector('#search-results > li a');
      return !!first && document.activeElement === first;
    });
    out.keyboardFocused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'body';
      return el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (el.getAttribute('href') ? ` href=${el.getAttribute('href')}` : '');
    });
    // Enter on the focused link: follow it (or a new tab, for target=_blank) and report where the reader lands.
    const before = page.url();
    const popup = context.waitForEvent('page', { timeout: 5_000 }).catch(() => null);
    const moved = page.waitForURL((u) => u.href !== before, { timeout: 5_000, waitUntil: 'load' })
      .then(() => page, () => null);
    await page.keyboard.press('Enter');
    const landed = await Promise.race([moved.then((p) => p ?? popup), popup.then((p) => p ?? moved)]);
    if (landed && landed !== page) await landed.waitForLoadState('load').catch(() => {});
    out.keyboardNavigatedTo = (landed ?? page).url();
  }

  clearTimeout(watchdog);
  finish(0);
} catch (e) {
  clearTimeout(watchdog);
  finish(1, firstLine(e));
} finally {
  await cleanUp();
}
