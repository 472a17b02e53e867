// The supplier page: one verifying badge (a card, which has the standard's name as its heading)
// and one static SVG badge per statement, listed from the data the example generator writes.
// Built with DOM APIs only: no markup is made from data.

const element = (tag, properties = {}, children = []) => {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
};

const data = '../data/';
const { issuer, statements } = await (await fetch(`${data}supplier.json`)).json();

const badge = (statement) => {
  const node = document.createElement('om-conformance-badge');
  node.setAttribute('src', `${data}${statement}`);
  node.setAttribute('trusted-issuers', issuer.id);
  node.setAttribute('jwks-src', `${data}${issuer.jwks}`);
  node.setAttribute('variant', 'card');
  return node;
};

const list = document.querySelector('#statements');
list.replaceChildren(
  ...statements.map((s) =>
    element('li', { className: 'statement' }, [
      badge(s.statement),
      ...(s.note ? [element('p', { className: 'note', textContent: `Demo: ${s.note}` })] : []),
      element('p', { className: 'static', textContent: 'As a static SVG badge:' }),
      element('img', { src: `${data}${s.badge}`, alt: s.alt }),
    ]),
  ),
);
list.removeAttribute('aria-busy');

// The markup of the first badge, as a page author writes it.
const first = statements[0];
document.querySelector('#markup').textContent = [
  `<om-conformance-badge variant="card"`,
  `  src="${new URL(`${data}${first.statement}`, location.href).href}"`,
  `  trusted-issuers="${issuer.id}"`,
  `  jwks-src="${new URL(`${data}${issuer.jwks}`, location.href).href}">`,
  `</om-conformance-badge>`,
].join('\n');
