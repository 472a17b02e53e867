/**
 * The error contract in Chromium: errors made by the package loaded in an iframe (another
 * realm, with its own Error) are recognised by the guards of the package in the page.
 */
import * as core from '../support/public-api.js';
import { checkAcrossRealms, errorCases } from '../support/error-cases.js';

describe('error guards across realms, in Chromium', () => {
  it('recognise errors made in an iframe, each by its own guard', async () => {
    const frame = document.createElement('iframe');
    const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
    frame.src = 'about:blank';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & { om?: typeof core; failed?: string };
    const script = win.document.createElement('script');
    script.type = 'module';
    // The iframe imports the same source URL, but a module map is per realm: a second copy.
    script.textContent = `import * as om from '${new URL('../support/public-api.ts', import.meta.url).href}'; window.om = om;`;
    win.document.head.append(script);
    for (let i = 0; i < 200 && !win.om; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    if (!win.om) throw new Error('the package did not load in the iframe');
    if (win.om.OpenMaturityError === core.OpenMaturityError) throw new Error('the iframe shares the page realm');
    if (checkAcrossRealms(core, win.om) !== errorCases(core).length) throw new Error('not every case was checked');
    frame.remove();
  });
});
