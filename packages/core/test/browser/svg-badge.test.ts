import { expect } from '@open-wc/testing';
import type { ConformanceStatement, ConformanceStatus } from '../../src/format/kinds/conformance-statement.js';
import {
  generateIssuerKeys,
  MAX_BADGE_BYTES,
  renderBadgeSvg,
  signStatement,
  statusDisplays,
  verifyStatement,
  type BadgeSvgOptions,
} from '../../src/conformance/index.js';

declare global {
  interface Window {
    __badgeScriptRan?: boolean;
  }
}

const NOW = new Date('2025-01-15T12:00:00Z');

const statement = (changes: Partial<ConformanceStatement> = {}): ConformanceStatement => ({
  kind: 'ConformanceStatement',
  schemaVersion: '1.0',
  id: 'acme-epr-4-2-dtac-2024',
  subject: { type: 'product', name: 'Acme Health Ltd', product: { name: 'Acme EPR', version: '4.2' } },
  standard: { id: 'dtac', version: '2024', name: 'DTAC' },
  status: 'conformant',
  issuer: {
    id: 'https://acme-health.example/',
    name: 'Acme Health Ltd',
    jwks: 'https://acme-health.example/jwks.json',
  },
  issued: '2024-04-01',
  expires: '2026-03-31',
  ...changes,
});

// Each sets a flag if it ever runs.
const payloads = [
  '<script>window.__badgeScriptRan = true</script>',
  '"><svg onload="window.__badgeScriptRan = true">',
  "'><img src=x onerror='window.__badgeScriptRan = true'>",
  ']]><script>window.__badgeScriptRan = true</script>',
  '<a href="javascript:window.__badgeScriptRan = true">x</a> & &amp;',
];

const badges: [string, ConformanceStatement, BadgeSvgOptions][] = [
  ...(Object.keys(statusDisplays) as ConformanceStatus[]).flatMap((status) =>
    (['en', 'cy'] as const).map((lang): [string, ConformanceStatement, BadgeSvgOptions] => [
      `${status} ${lang}`,
      statement({ status }),
      { lang, now: NOW, verified: true },
    ]),
  ),
  ['expired', statement({ expires: '2024-12-31' }), { now: NOW }],
  [
    'long names',
    statement({
      standard: {
        id: 'dtac',
        version: '2024-25',
        name: 'Digital Technology Assessment Criteria for Health and Social Care',
      },
    }),
    { now: NOW },
  ],
  [
    'wide letters',
    statement({ standard: { id: 'x', name: 'WWWWWWWWWWWWWWWWWWWWMMMMMMMMMMMMMMMMMMMM' } }),
    { now: NOW, verified: { issuer: 'NHS England' } },
  ],
  [
    'narrow letters',
    statement({
      standard: { id: 'x', name: 'iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii' },
    }),
    { now: NOW },
  ],
  ['Welsh letters', statement({ standard: { id: 'x', name: 'Safon Ŵyŷâêîôû’r GIG' } }), { lang: 'cy', now: NOW }],
  ['other scripts', statement({ standard: { id: 'x', name: '漢字 テキスト 😀 👨‍👩‍👧‍👦' } }), { now: NOW }],
  ...payloads.map((payload, i): [string, ConformanceStatement, BadgeSvgOptions] => [
    `injection ${i}`,
    statement({
      subject: { type: 'product', name: payload, product: { name: payload, version: payload } },
      standard: { id: 'x', version: '1', name: payload },
      issuer: { id: 'https://x.example/', name: payload },
    }),
    { now: NOW, verified: { issuer: payload } },
  ]),
];

function parse(svg: string): SVGSVGElement {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  // The parser's own words, not the element: chai's inspection of a DOM node can hang the tab.
  const error = document.querySelector('parsererror');
  if (error) expect.fail(`the SVG is not well-formed XML: ${error.textContent}`);
  return document.documentElement as unknown as SVGSVGElement;
}

/** Shows the SVG in the page (the way that would run a script, if there were one). */
function mount(svg: string): SVGSVGElement {
  const host = document.createElement('div');
  host.innerHTML = svg;
  document.body.append(host);
  return host.querySelector('svg')!;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error(`the badge did not load as an image: ${src.slice(0, 60)}`));
    image.src = src;
    document.body.append(image);
  });
}

describe('the static SVG badge in a browser', () => {
  beforeEach(() => {
    window.__badgeScriptRan = false;
  });

  afterEach(() => {
    document.body.replaceChildren();
  });

  for (const [name, input, options] of badges) {
    it(`${name}: well-formed, accessible, within 2 kB, and no text overflows its box`, async () => {
      const svg = renderBadgeSvg(input, options);
      expect(new TextEncoder().encode(svg).length).to.be.at.most(MAX_BADGE_BYTES);
      const parsed = parse(svg);
      expect(parsed.getAttribute('role')).to.equal('img');
      expect(parsed.getAttribute('aria-label')).to.have.length.greaterThan(20);
      expect(parsed.querySelector('title')?.textContent).to.equal(parsed.getAttribute('aria-label'));
      expect(parsed.querySelectorAll('script, foreignObject, a, image, use, style').length).to.equal(0);
      for (const element of parsed.querySelectorAll('*')) {
        for (const attribute of element.getAttributeNames()) expect(attribute).not.to.match(/^on|href/i);
      }

      const mounted = mount(svg);
      await document.fonts.ready;
      const width = Number(mounted.getAttribute('width'));
      const split = Number(/^M(\d+) /.exec(mounted.querySelector('path')!.getAttribute('d')!)![1]);
      const [left, right] = [...mounted.querySelectorAll('text')] as [SVGTextElement, SVGTextElement];
      for (const [text, start, end] of [
        [left, 0, split],
        [right, split, width],
      ] as const) {
        const box = text.getBBox();
        const length = Number(text.getAttribute('textLength'));
        expect(text.getComputedTextLength(), `${name}: drawn length`).to.be.at.most(length + 0.5);
        expect(box.x, `${name}: starts inside its part`).to.be.at.least(start + 4);
        expect(box.x + box.width, `${name}: ends inside its part`).to.be.at.most(end - 4);

        // Without textLength, in the font the browser picked: the width table's estimate
        // should be close, so the squeeze or stretch that textLength applies stays small.
        const natural = text.cloneNode(true) as SVGTextElement;
        natural.removeAttribute('textLength');
        natural.removeAttribute('lengthAdjust');
        text.after(natural);
        const drawn = natural.getComputedTextLength();
        if (/^[\x20-\x7e’·…ŴŵŷâêîôûŶ]*$/.test(text.textContent ?? '')) {
          expect(drawn / length, `${name}: "${text.textContent}" natural ${drawn} vs table ${length}`).to.be.within(
            0.85,
            1.02,
          );
        }
        natural.remove();
      }
      expect(window.__badgeScriptRan).to.equal(false);
    });
  }

  it('loads as an <img> from a data: URL and a Blob URL at its own size, and runs no script', async () => {
    for (const [, input, options] of badges.filter(
      ([name]) => name.startsWith('injection') || name === 'conformant en',
    )) {
      const svg = renderBadgeSvg(input, options);
      const width = Number(parse(svg).getAttribute('width'));
      const fromData = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      expect(fromData.naturalWidth).to.equal(width);
      expect(fromData.naturalHeight).to.equal(20);
      const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      try {
        expect((await loadImage(url)).naturalWidth).to.equal(width);
      } finally {
        URL.revokeObjectURL(url);
      }
      mount(svg);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.__badgeScriptRan).to.equal(false);
  });
});

describe('signing and verifying in a browser (WebCrypto)', () => {
  for (const alg of ['ES256', 'EdDSA'] as const) {
    it(`${alg}: a statement signed here verifies here; a changed one does not`, async () => {
      const { privateJwk, publicJwk } = await generateIssuerKeys({ alg });
      const signed = await signStatement(statement(), privateJwk);
      const options = { trustedIssuers: ['https://acme-health.example/'], jwks: { keys: [publicJwk] }, now: NOW };
      const result = await verifyStatement(JSON.parse(JSON.stringify(signed)), options);
      expect(result.status, result.reason).to.equal('verified');
      expect((await verifyStatement({ ...signed, status: 'not-conformant' }, options)).status).to.equal(
        'bad-signature',
      );
      expect((await verifyStatement(signed, { ...options, now: new Date('2026-04-02') })).status).to.equal('expired');
      const fetched: string[] = [];
      const viaFetch = await verifyStatement(signed, {
        trustedIssuers: options.trustedIssuers,
        now: NOW,
        fetchJwks: async (url) => (fetched.push(url), { keys: [publicJwk] }),
      });
      expect(viaFetch.status).to.equal('verified');
      expect(fetched).to.deep.equal(['https://acme-health.example/jwks.json']);
    });
  }

  it('a statement signed in Node (the stored test vectors) verifies in the browser', async () => {
    const load = (name: string) =>
      fetch(new URL(`../fixtures/conformance/${name}`, import.meta.url)).then((response) => response.json());
    const jwks = await load('jwks.json');
    for (const name of ['signed-es256.json', 'signed-eddsa.json']) {
      const result = await verifyStatement(await load(name), {
        trustedIssuers: ['https://acme-health.example/'],
        jwks,
        now: NOW,
      });
      expect(result.status, `${name}: ${result.reason}`).to.equal('verified');
    }
  });
});
