// The embed page: each snippet is a <template>. Its content becomes the live result, and its
// markup, with the addresses made absolute and the CDN script tag before it, becomes the code
// shown. Code is shown with textContent: nothing is ever parsed as HTML from a string.

for (const lang of ['en', 'cy']) {
  const template = document.querySelector(`#snippet-${lang}`);
  document.querySelector(`#result-${lang}`).append(template.content.cloneNode(true));
}

// Pinned to the version on this page (each element class carries it), as docs/csp.md advises. The
// one tag loads the scorecard once the results above are in the page.
const { version } = await customElements.whenDefined('om-scorecard');
const CDN = `https://cdn.jsdelivr.net/npm/@openmaturity/widgets@${version}/dist/cdn/openmaturity-widgets.js`;

for (const lang of ['en', 'cy']) {
  const template = document.querySelector(`#snippet-${lang}`);

  // What the editor pastes: absolute addresses, since their page is somewhere else.
  const copy = template.content.cloneNode(true);
  for (const node of copy.querySelectorAll('[src]'))
    node.setAttribute('src', new URL(node.getAttribute('src'), location.href).href);
  const holder = document.createElement('div');
  holder.append(copy);
  const markup = holder.innerHTML.trim().replaceAll('=""', '');
  document.querySelector(`#code-${lang}`).textContent = `<script type="module" src="${CDN}"></script>\n${markup}`;
}

for (const button of document.querySelectorAll('button[data-copy]')) {
  const code = document.querySelector(`#${button.dataset.copy}`);
  const status = document.querySelector(`#status-${button.dataset.copy.slice(-2)}`);
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent);
      button.textContent = 'Copied';
      status.textContent = 'Copied. Paste it into your page.';
    } catch {
      status.textContent = 'Your browser did not allow copying: select the code and copy it yourself.';
    }
  });
}
