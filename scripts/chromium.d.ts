import type { Browser } from 'puppeteer-core';

/** Starts headless Chromium (`CHROME_PATH`, else /usr/bin/chromium). */
export function launchChromium(): Promise<Browser>;
