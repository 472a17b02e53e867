// Debian's Chromium, headless, as every browser check and benchmark here starts it: as root it
// needs --no-sandbox, and this machine's closed network wants no background connections.
import puppeteer from 'puppeteer-core';

/** Debian's Chromium, or `CHROME_PATH`. */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The flags every headless Chromium here starts with (the browser tests add their own). */
export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Starts headless Chromium (`CHROME_PATH`, else /usr/bin/chromium). */
export function launchChromium() {
  return puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}
