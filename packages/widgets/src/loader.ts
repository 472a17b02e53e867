/**
 * The one script a page needs (`dist/cdn/openmaturity-widgets.js`), as Shoelace's and Web
 * Awesome's autoloaders are: it imports only the elements on the page, and those added later,
 * from the files beside it (`om-scorecard.js` for `<om-scorecard>`), which share their chunks. So
 * a page with one badge loads the badge, not the scorecard, and adding an element to the widgets
 * needs no change here.
 *
 * Small on purpose: no Lit, no core. It runs before any element is defined.
 *
 * @packageDocumentation
 */

const PREFIX = 'om-';
const requested = new Map<string, Promise<void>>();

/** Imports `<tag>`'s file, once; a tag with no file is reported, not thrown. */
function load(tag: string): Promise<void> {
  let loading = requested.get(tag);
  if (!loading) {
    const url = new URL(`./${tag}.js`, import.meta.url).href;
    loading = import(/* @vite-ignore */ url).then(
      () => undefined,
      (error: unknown) => console.warn(`<${tag}> could not be loaded from ${url}.`, error),
    );
    requested.set(tag, loading);
  }
  return loading;
}

/**
 * Loads every OpenMaturity element not yet defined in `root` (and `root` itself). Runs at once
 * for the page, and for whatever is added later; call it for a shadow root of your own.
 */
export function discover(root: Element | Document | ShadowRoot): Promise<void> {
  const found = [...root.querySelectorAll(':not(:defined)')];
  if (root instanceof Element && !customElements.get(root.localName)) found.push(root);
  const tags = new Set(found.map((el) => el.localName).filter((tag) => tag.startsWith(PREFIX)));
  return Promise.all([...tags].map(load)).then(() => undefined);
}

void discover(document);
new MutationObserver((mutations) => {
  for (const { addedNodes } of mutations)
    for (const node of addedNodes) if (node instanceof Element) void discover(node);
}).observe(document.documentElement, { childList: true, subtree: true });
