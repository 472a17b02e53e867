import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import type { ConformanceStatement } from '@openmaturity/core';
import { defineElement } from '../internal/define.js';
import '../conformance-badge/define.js';
import { OmConformanceBadge } from './conformance-badge.js';
import { expectNone } from '../../test/fixtures.js';
import { dsptStatement } from '../../../core/test/helpers.js';

const statement = (changes: Partial<ConformanceStatement> = {}): ConformanceStatement =>
  dsptStatement({
    statusDetail: '22/23 Standards Met',
    evidence: [{ url: 'https://www.dsptoolkit.nhs.uk/OrganisationSearch/R0A', title: 'DSPT status' }],
    ...changes,
  });

const text = (el: HTMLElement) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('om-conformance-badge', () => {
  it('shows the standard, the status in words and an icon, and the expiry', async () => {
    const el = await fixture<OmConformanceBadge>(
      html`<om-conformance-badge .statement=${statement()}></om-conformance-badge>`,
    );
    expect(text(el)).to.contain('DSPT 2022-23');
    expect(text(el)).to.contain('Conformant');
    expect(text(el)).to.contain('valid until 30 June 2099');
    expect(el.shadowRoot!.querySelector('[part="status"] svg')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('tells every status in words, not colour alone, and stays accessible', async () => {
    for (const status of [
      'conformant',
      'partially-conformant',
      'not-conformant',
      'in-progress',
      'withdrawn',
    ] as const) {
      const el = await fixture<OmConformanceBadge>(
        html`<om-conformance-badge .statement=${statement({ status })}></om-conformance-badge>`,
      );
      expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim()).to.have.length.greaterThan(3);
      await expect(el).to.be.accessible();
    }
  });

  it('says "expired" once the expiry date has passed', async () => {
    const el = await fixture<OmConformanceBadge>(
      html`<om-conformance-badge .statement=${statement({ expires: '2024-06-30' })}></om-conformance-badge>`,
    );
    expect(text(el)).to.contain('expired on 30 June 2024');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.classList.contains('expired')).to.be.true;
  });

  it('speaks Welsh when its nearest lang is cy', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="cy"><om-conformance-badge .statement=${statement()}></om-conformance-badge></div>`,
    );
    const el = wrapper.querySelector('om-conformance-badge')!;
    await el.updateComplete;
    expect(text(el)).to.contain('Yn cydymffurfio');
    expect(text(el)).to.contain('yn ddilys tan 30 Mehefin 2099');
  });

  it('reads a statement from inline JSON, for CMSs that cannot set properties', async () => {
    const el = await fixture<OmConformanceBadge>(
      html`<om-conformance-badge
        ><script type="application/json">
          ${JSON.stringify(statement({ status: 'in-progress' }))}
        </script></om-conformance-badge
      >`,
    );
    expect(text(el)).to.contain('In progress');
  });

  it('renders hostile text as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const el = await fixture<OmConformanceBadge>(
      html`<om-conformance-badge
        .statement=${statement({ standard: { id: 'dspt', name: hostile }, subject: { type: 'product', name: 'שלום '.repeat(50) } })}
      ></om-conformance-badge>`,
    );
    expectNone(el.shadowRoot!, 'img');
    expect(text(el)).to.contain(hostile);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('never renders a javascript: or data: evidence URL as a link: the statement is refused', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      const el = await fixture<OmConformanceBadge>(
        html`<om-conformance-badge .statement=${statement({ evidence: [{ url }] })}></om-conformance-badge>`,
      );
      expectNone(el.shadowRoot!, 'a');
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('evidence[0].url');
      await expect(el).to.be.accessible();
    }
  });

  it('shows an accessible error, not an exception, for data that is not a statement', async () => {
    for (const bad of [{ kind: 'Framework' }, 'not json at all', 42, { ...statement(), status: 'excellent' }]) {
      const el = await fixture<OmConformanceBadge>(
        html`<om-conformance-badge .statement=${bad}></om-conformance-badge>`,
      );
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    }
    const el = await fixture<OmConformanceBadge>(
      html`<om-conformance-badge
        ><script type="application/json">
          { broken
        </script></om-conformance-badge
      >`,
    );
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
  });

  it('refuses an inline statement that names its status twice, and does not show either status as conformant', async () => {
    // JSON.parse keeps the last "status", other parsers the first: two readers would disagree.
    const json = JSON.stringify(statement()).replace(
      '"status":"conformant"',
      '"status":"not-conformant","status":"conformant"',
    );
    expect(json).to.contain('"status":"not-conformant","status":"conformant"');
    const el = await fixture<OmConformanceBadge>(
      `<om-conformance-badge><script type="application/json">${json}</script></om-conformance-badge>`,
    );
    const alert = el.shadowRoot!.querySelector('[role="alert"]');
    expect(alert, text(el)).to.exist;
    expect(text(el)).to.contain('status');
    expect(text(el)).not.to.contain('Conformant');
    await expect(el).to.be.accessible();
  });

  it('is defined once; a second definition neither throws nor replaces it, and a different version warns', () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      class Copy extends OmConformanceBadge {
        static override readonly version = '9.9.9';
      }
      defineElement('om-conformance-badge', OmConformanceBadge);
      defineElement('om-conformance-badge', Copy, '9.9.9');
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('om-conformance-badge')).to.equal(OmConformanceBadge);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('9.9.9');
  });
});

describe('om-conformance-badge verification', () => {
  const ISSUER = 'https://issuer.test.openmaturity.org/';
  const signed = async (alg: 'ES256' | 'EdDSA' = 'ES256') => {
    const { generateIssuerKeys, signStatement } = await import('@openmaturity/core/conformance');
    const keys = await generateIssuerKeys({ alg });
    const doc = await signStatement(
      statement({ issuer: { id: ISSUER, name: 'Test Assurance Body' } }),
      keys.privateJwk,
    );
    return { doc, jwks: { keys: [keys.publicJwk] } };
  };
  const settled = (el: OmConformanceBadge) =>
    new Promise<void>((done) => {
      // By the class, not the English word "Checking": a Welsh badge checks too.
      const check = () =>
        el.shadowRoot!.querySelector('[part="verification"].checking') ? setTimeout(check, 20) : done();
      check();
    });

  it('says "verified by" the issuer only when the signature checks out against an issuer the page trusts', async () => {
    const { doc, jwks } = await signed();
    const el = await fixture<OmConformanceBadge>(
      html`<om-conformance-badge
        variant="card"
        trusted-issuers=${ISSUER}
        .jwks=${jwks}
        .revoked=${[]}
        .statement=${doc}
      ></om-conformance-badge>`,
    );
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="verification"]')!.textContent).to.contain(
      'Verified: signed by Test Assurance Body',
    );
    await expect(el).to.be.accessible();
  });

  it('changing one character of a signed statement makes it "not verified", with the reason in the card', async () => {
    const { doc, jwks } = await signed('EdDSA');
    const tampered = { ...doc, scope: `${doc.scope ?? ''}x` };
    const el = await fixture<OmConformanceBadge>(
      html`<om-conformance-badge
        variant="card"
        trusted-issuers=${ISSUER}
        .jwks=${jwks}
        .statement=${tampered}
      ></om-conformance-badge>`,
    );
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="verification"]')!.textContent).to.contain(
      'Not verified: the signature does not match',
    );
  });

  it('does not trust an issuer because the statement names it: the page decides', async () => {
    const { doc, jwks } = await signed();
    const el = await fixture<OmConformanceBadge>(
      html`<om-conformance-badge
        trusted-issuers="https://someone-else.example/"
        .jwks=${jwks}
        .statement=${doc}
      ></om-conformance-badge>`,
    );
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="verification"]')!.textContent).to.contain('Not verified');
    const card = await fixture<OmConformanceBadge>(
      html`<om-conformance-badge
        variant="card"
        trusted-issuers="https://someone-else.example/"
        .jwks=${jwks}
        .statement=${doc}
      ></om-conformance-badge>`,
    );
    await settled(card);
    expect(card.shadowRoot!.querySelector('[part="verification"]')!.textContent).to.contain(
      'its issuer is not one this page trusts',
    );
  });

  it('makes no claim about verification when the page names no trusted issuers', async () => {
    const { doc } = await signed();
    const el = await fixture<OmConformanceBadge>(html`<om-conformance-badge .statement=${doc}></om-conformance-badge>`);
    expectNone(el.shadowRoot!, '[part="verification"]');
  });

  it('gives the reason in Welsh', async () => {
    const wrapper = await fixture(
      html`<div lang="cy">
        <om-conformance-badge variant="card" trusted-issuers=${ISSUER} .statement=${statement()}></om-conformance-badge>
      </div>`,
    );
    const el = wrapper.querySelector('om-conformance-badge')!;
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="verification"]')!.textContent).to.contain(
      'Heb ei ddilysu: nid yw’r datganiad wedi’i lofnodi',
    );
  });

  it('reads the statement from src and the keys from jwks-src on a real server', async () => {
    const server = ((await (await fetch('/__client-test-server')).json()) as { url: string }).url;
    const el = await fixture<OmConformanceBadge>(
      html`<om-conformance-badge
        variant="card"
        src=${`${server}/badge-${Date.now()}/tree/conformance/RGT/dspt.json`}
      ></om-conformance-badge>`,
    );
    await new Promise<void>((done) => {
      const check = () => (el.hasAttribute('aria-busy') ? setTimeout(check, 20) : done());
      check();
    });
    expect(el.shadowRoot!.querySelector('[part="status"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('om-conformance-badge: keys bound to issuers, and the revocation list', () => {
  // Served by the test runner from this repository, on the page's own origin.
  const FIXTURES = '/packages/core/test/fixtures/conformance/';
  const ISSUER_A = 'https://assessor-a.test.openmaturity.org/';
  const ISSUER_B = 'https://assessor-b.test.openmaturity.org/';
  /** Signed with the fixture key, whose public half is FIXTURES/jwks.json. */
  const signedByA = async (changes: Partial<ConformanceStatement>) => {
    const { signStatement } = await import('@openmaturity/core/conformance');
    const privateJwk = await (await fetch(`${FIXTURES}private-es256.jwk.json`)).json();
    return signStatement(statement({ issuer: { id: ISSUER_A, name: 'Assessor A' }, ...changes }), privateJwk);
  };
  const verification = async (el: OmConformanceBadge) => {
    await new Promise<void>((done) => {
      const check = () =>
        el.shadowRoot!.querySelector('[part="verification"]')?.textContent?.includes('Checking')
          ? setTimeout(check, 20)
          : done();
      check();
    });
    return el.shadowRoot!.querySelector('[part="verification"]')!.textContent!.replace(/\s+/g, ' ').trim();
  };
  const badge = (doc: unknown, trusted: string, jwksSrc: string, revokedSrc?: string) =>
    fixture<OmConformanceBadge>(
      html`<om-conformance-badge
        variant="card"
        trusted-issuers=${trusted}
        jwks-src=${jwksSrc}
        revoked-src=${revokedSrc ?? nothing}
        .statement=${doc}
      ></om-conformance-badge>`,
    );

  it('reads the revocation list beside the key set: a listed statement is "revoked", another verifies', async () => {
    const fine = await badge(await signedByA({}), ISSUER_A, `${FIXTURES}jwks.json`);
    expect(await verification(fine)).to.equal('Verified: signed by Assessor A');
    const revoked = await badge(
      await signedByA({ id: 'revoked-by-the-fixture-issuer' }),
      ISSUER_A,
      `${FIXTURES}jwks.json`,
    );
    expect(await verification(revoked)).to.equal('Not verified: the issuer has revoked it');
    await expect(revoked).to.be.accessible();
  });

  it('fails closed when the revocation list cannot be read (revoked-src that is missing)', async () => {
    const el = await badge(await signedByA({}), ISSUER_A, `${FIXTURES}jwks.json`, `${FIXTURES}missing-revoked.json`);
    expect(await verification(el)).to.equal('Not verified: the issuer’s list of revoked statements could not be read');
    const listed = await badge(
      await signedByA({}),
      ISSUER_A,
      `${FIXTURES}jwks.json`,
      `${ISSUER_A}=${FIXTURES}jwks.json`, // a JWKS is not a revocation list
    );
    expect(await verification(listed)).to.contain('could not be read');
  });

  it("one jwks-src for several trusted issuers is refused; bound to A, A's key does not verify a statement naming B", async () => {
    const namingB = await signedByA({ issuer: { id: ISSUER_B, name: 'Assessor B' } });
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => void warnings.push(message);
    try {
      const ambiguous = await badge(namingB, `${ISSUER_A} ${ISSUER_B}`, `${FIXTURES}jwks.json`);
      expect(await verification(ambiguous)).to.equal(
        'Not verified: this page’s trust settings cannot be used (see the developer console)',
      );
      expect(warnings.join('\n')).to.contain('jwks-src <issuer-id>=<source>');
    } finally {
      console.warn = warn;
    }
    const bound = await badge(namingB, `${ISSUER_A} ${ISSUER_B}`, `${ISSUER_A}=${FIXTURES}jwks.json`);
    expect(await verification(bound)).to.equal('Not verified: the issuer’s keys could not be loaded');
    const asB = await badge(namingB, `${ISSUER_A} ${ISSUER_B}`, `${ISSUER_B}=${FIXTURES}jwks.json`);
    expect(await verification(asB)).to.equal('Verified: signed by Assessor B');
  });
});
