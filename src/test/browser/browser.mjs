// What the browser checks (search-check.mjs, a11y-check.mjs) share: finding Debian's Chromium and
// playwright-core, opening a throw-away profile with the same flags, closing it, and collecting
// what a page reports of itself (script errors, console errors, failed requests).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CHROMIUM_ARGS = [
  '--no-sandbox',                 // needed as root (CI runs as root); Playwright passes it too
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium's path and playwright-core's chromium, or skip(message) when either is missing. */
export async function findBrowser(skip) {
  const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
  try {
    fs.accessSync(chromiumPath, fs.constants.X_OK);
    if (!fs.statSync(chromiumPath).isFile()) throw new Error('not a file');
  } catch {
    skip(`Chromium not found at ${chromiumPath} (set CHROMIUM, or run src/test/browser/install.sh)`);
  }
  try {
    const { chromium } = await import('playwright-core');
    return { chromium, chromiumPath };
  } catch (e) {
    skip(`playwright-core is not installed (run src/test/browser/install.sh): ${e.code || e.message}`);
  }
  return null;
}

/** A headless browser on a fresh profile: open(options) launches it, close() ends it and removes the profile. */
export function browserSession({ chromium, chromiumPath }) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-chromium-'));
  let context;
  return {
    async open({ viewport, stepTimeout, navigationTimeout }) {
      context = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport,
        timeout: 60_000,
      });
      context.setDefaultTimeout(stepTimeout);
      context.setDefaultNavigationTimeout(navigationTimeout);
      return context;
    },
    async close() {
      if (context) {
        const closing = context.close().catch(() => {});
        await Promise.race([closing, new Promise((r) => setTimeout(r, 5_000).unref())]);
      }
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Collects into sink.errors and sink.failedRequests what every page of the context reports of itself. */
export function watchPages(context, sink) {
  const watch = (page) => {
    page.on('pageerror', (err) => sink.errors.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const loc = msg.location();
      // Chromium asks every http origin for /favicon.ico on its own; a 404 there is not the page's doing.
      if (loc && /^https?:\/\/[^/]+\/favicon\.ico$/.test(loc.url)) return;
      const where = loc && loc.url ? ` (at ${loc.url}:${loc.lineNumber + 1})` : '';
      sink.errors.push(`console.error: ${msg.text()}${where}`);
    });
    page.on('requestfailed', (req) => {
      sink.failedRequests.push({ url: req.url(), method: req.method(), failure: req.failure()?.errorText ?? 'failed' });
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
}
