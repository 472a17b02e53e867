// The layout checks axe cannot make, run inside a rendered page by scripts/screenshots.ts (read
// as text and evaluated there, like axe, so that no build step rewrites it). It walks every
// element, shadow roots included, and returns one line per problem:
//
// - overflow: a box that sticks out of its container (the composed parent) or the viewport, or
//   text that runs out of its own box;
// - scroll: a scrolling wrapper whose content is wider than it (a table that does not fit);
// - clipped: text cut off by `overflow: hidden | clip` (content wider or taller than its box);
// - squeezed: text laid out a character or two per line (a column forced narrow);
// - word: a table heading or cell narrower than its longest word (a word broken inside);
// - state: an element showing an error, loading or empty state the page did not ask for
//   (an element, or an ancestor, with `data-gate-state="error"` means it).
//
// Plain JavaScript on purpose: it is evaluated as a string, as axe is.
window.__omLayoutProblems = function layoutProblems() {
  const problems = [];
  const viewport = document.documentElement.clientWidth;
  const TOLERANCE = 1;

  const all = [];
  const roots = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const element of roots[i].querySelectorAll('*')) {
      all.push(element);
      if (element.shadowRoot) roots.push(element.shadowRoot);
    }
  }

  // The element's container in the composed tree: its slot's parent, its parent or its host.
  function containerOf(element) {
    if (element.assignedSlot) return element.assignedSlot.parentElement ?? element.assignedSlot.getRootNode().host;
    if (element.parentElement) return element.parentElement;
    const root = element.getRootNode();
    return root instanceof ShadowRoot ? root.host : null;
  }

  function name(element) {
    const host = element.getRootNode() instanceof ShadowRoot ? element.getRootNode().host : null;
    const part = element.getAttribute('part');
    const cls =
      typeof element.className === 'string' && element.className
        ? `.${element.className.trim().split(/\s+/).join('.')}`
        : '';
    const id = element.id ? `#${element.id}` : '';
    const own = `${element.localName}${id}${cls}${part ? `[part="${part}"]` : ''}`;
    const words = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return `${host ? `${name(host).split(' "')[0]} >>> ` : ''}${own}${words ? ` "${words}"` : ''}`;
  }

  // Visually hidden text (the 1 px clip pattern) and what is not rendered are not laid out for eyes.
  function invisible(element) {
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden') return true;
    if (style.clipPath === 'inset(50%)' || style.clip === 'rect(0px, 0px, 0px, 0px)') return true;
    const rect = element.getBoundingClientRect();
    return rect.width <= 1 || rect.height <= 1;
  }

  // Inside <pre> a sideways scroll is the code's own layout, not a failure.
  const codeCache = new Map();
  function inCode(element) {
    if (!element) return false;
    if (!codeCache.has(element)) codeCache.set(element, element.localName === 'pre' || inCode(containerOf(element)));
    return codeCache.get(element);
  }

  const hiddenCache = new Map();
  function hidden(element) {
    if (!element) return false;
    if (!hiddenCache.has(element)) hiddenCache.set(element, invisible(element) || hidden(containerOf(element)));
    return hiddenCache.get(element);
  }

  const reported = new Set();
  for (const element of all) {
    if (
      ['script', 'style', 'head', 'meta', 'link', 'title', 'template', 'slot', 'svg', 'path'].includes(
        element.localName,
      )
    )
      continue;
    if (element.closest('svg') && element.localName !== 'svg') continue;
    if (hidden(element) || inCode(element)) continue;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();

    // Sideways out of the viewport, for any box in the normal flow.
    if (style.position !== 'fixed' && (rect.right > viewport + TOLERANCE || rect.left < -TOLERANCE)) {
      const outer = containerOf(element);
      const parentRect = outer?.getBoundingClientRect();
      // Report the outermost box that leaves the viewport, not each of its descendants.
      if (!outer || !(parentRect.right > viewport + TOLERANCE || parentRect.left < -TOLERANCE))
        problems.push(
          `overflow: ${name(element)} spans ${Math.round(rect.left)} to ${Math.round(rect.right)} px in a ${viewport} px viewport`,
        );
      continue;
    }

    // Wider than its container: the container's overflow decides which failure it is.
    const container = containerOf(element);
    if (container && style.position !== 'absolute' && style.position !== 'fixed' && !hidden(container)) {
      const box = container.getBoundingClientRect();
      const out = Math.max(rect.right - box.right, box.left - rect.left);
      const overflowX = getComputedStyle(container).overflowX;
      if (out > TOLERANCE && overflowX === 'visible' && !reported.has(container)) {
        reported.add(container);
        problems.push(
          `overflow: ${name(element)} is ${Math.round(out)} px wider than its container ${name(container)}`,
        );
      }
    }

    // Text that runs out of its own box (a long word that may not break) overflows as surely as
    // a box does, without moving any box: the content's width against the box's.
    if (
      style.overflowX === 'visible' &&
      style.display !== 'inline' &&
      element.scrollWidth - element.clientWidth > TOLERANCE &&
      element.clientWidth > 0
    ) {
      const hasText = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.data.trim());
      if (hasText && !reported.has(element)) {
        reported.add(element);
        problems.push(
          `overflow: the text of ${name(element)} runs ${element.scrollWidth - element.clientWidth} px beyond its box`,
        );
      }
    }

    // Scrolling wrappers must not need to scroll sideways; clipping boxes must not cut text off.
    const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
    const clips = style.overflowX === 'hidden' || style.overflowX === 'clip';
    const extraX = element.scrollWidth - element.clientWidth;
    if (scrolls && extraX > TOLERANCE && element !== document.documentElement && element !== document.body)
      problems.push(`scroll: ${name(element)} holds content ${extraX} px wider than itself and scrolls sideways`);
    if (clips && extraX > TOLERANCE && (element.textContent ?? '').trim())
      problems.push(`clipped: ${name(element)} cuts off ${extraX} px of its content (overflow-x: ${style.overflowX})`);
    const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
    const extraY = element.scrollHeight - element.clientHeight;
    if (clipsY && extraY > TOLERANCE && (element.textContent ?? '').trim())
      problems.push(`clipped: ${name(element)} cuts off ${extraY} px of its content (overflow-y: ${style.overflowY})`);
    if (style.textOverflow === 'ellipsis' && extraX > TOLERANCE)
      problems.push(`clipped: ${name(element)} ends in an ellipsis, ${extraX} px of its text hidden`);

    // A table heading or cell narrower than its longest word breaks the word inside.
    if (element.localName === 'th' || element.localName === 'td') {
      const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const canvas = (layoutProblems.canvas ??= document.createElement('canvas').getContext('2d'));
      canvas.font = font;
      const inner = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      // Words of language; a 40-character token (a URL, a hostile name) may break anywhere.
      const words = (element.innerText ?? '')
        .split(/[\s\u2010-\u2014/-]+/)
        .filter((w) => w.length > 1 && w.length <= 25);
      for (const word of words) {
        const width = canvas.measureText(word).width;
        if (width > inner + TOLERANCE) {
          problems.push(
            `word: ${name(element)} is ${Math.round(inner)} px wide, narrower than its word "${word}" (${Math.round(width)} px): the word breaks inside`,
          );
          break;
        }
      }
    }
  }

  // Text a character or two per line: each text node's line boxes, from a Range.
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.data.replace(/\s+/g, '');
      if (text.length < 12 || !node.parentElement || hidden(node.parentElement)) continue;
      if (['script', 'style', 'title'].includes(node.parentElement.localName)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (tops.size >= 4 && text.length / tops.size < 4)
        problems.push(
          `squeezed: ${name(node.parentElement)} lays out ${text.length} characters over ${tops.size} lines (${(text.length / tops.size).toFixed(1)} a line)`,
        );
    }
  }

  // States: each element shows its content, not an error, loading or empty state, unless meant.
  for (const element of all) {
    if (!element.localName.startsWith('om-') || !element.shadowRoot) continue;
    const meant = element.closest('[data-gate-state]')?.getAttribute('data-gate-state');
    for (const [part, state] of [
      ['error', 'error'],
      ['skeleton', 'loading'],
      ['empty', 'empty'],
    ]) {
      const shown = element.shadowRoot.querySelector(`[part~="${part}"]`);
      if (shown && meant !== state)
        problems.push(
          `state: ${name(element).split(' "')[0]} shows its ${state} state: "${(shown.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 160)}"`,
        );
    }
  }

  return {
    problems,
    height: document.documentElement.scrollHeight,
    width: document.documentElement.scrollWidth,
    elements: all.filter((e) => e.localName.startsWith('om-')).length,
  };
};
