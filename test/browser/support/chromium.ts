import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Debian's chromium package (`apt-get install -y chromium`; .ci/run installs
 * it when missing): no browser is downloaded at run time. CHROMIUM_PATH
 * points at another build.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Quiet and offline: no sandbox (root in CI), no GPU, no update or sync traffic. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--headless', ...CHROMIUM_FLAGS] });
}

/** Every console error and uncaught exception of a page, as text, for a test to assert none happened. */
export function collectErrors(page: Page, into: string[]): void {
  page.on('console', (m) => {
    if (m.type() === 'error') into.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => into.push(`pageerror: ${e.stack ?? e.message}`));
  page.on('requestfailed', (r) => {
    // Not failures of the page: an EventSource closed by navigation, and a request the page itself
    // aborted because a newer one replaced it (a filter changed while a load was under way).
    const error = r.failure()?.errorText ?? '';
    if (r.url().includes('/events/stream') || error === 'net::ERR_ABORTED') return;
    into.push(`requestfailed: ${r.url()} ${error}`);
  });
}
