// Debian's Chromium, headless, as every browser check and benchmark here starts it: as root it
// needs --no-sandbox, and this machine's closed network wants no background connections.
import puppeteer from 'puppeteer-core';

/** Starts headless Chromium (`CHROME_PATH`, else /usr/bin/chromium). */
export function launchChromium() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--headless=new',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
