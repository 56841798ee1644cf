// Debian's Chromium driven by playwright-core. No browser is ever downloaded: under CI=true a
// missing /usr/bin/chromium fails the suite; elsewhere the suite is skipped with a note.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.MILEPOST_CHROMIUM ?? '/usr/bin/chromium';

export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`No browser at ${CHROMIUM}: install it with "apt-get install -y chromium" (CI must not skip browser tests)`);
  console.warn(`[e2e] skipped: no browser at ${CHROMIUM} (apt-get install -y chromium)`);
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
