import { expect, fixture, html } from '@open-wc/testing';
import type { ConformanceStatement } from '@openmaturity/core';
import { defineElement } from '../internal/define.js';
import '../conformance-badge/define.js';
import { OmConformanceBadge } from './conformance-badge.js';

const statement = (changes: Partial<ConformanceStatement> = {}): ConformanceStatement => ({
  kind: 'ConformanceStatement',
  schemaVersion: '1.0',
  id: 'dspt-2022-23-R0A',
  subject: { type: 'organisation', name: 'Manchester University NHS Foundation Trust', odsCode: 'R0A' },
  standard: { id: 'dspt', version: '2022-23', name: 'DSPT' },
  status: 'conformant',
  statusDetail: '22/23 Standards Met',
  issuer: { id: 'https://www.dsptoolkit.nhs.uk/', name: 'Data Security and Protection Toolkit' },
  issued: '2023-06-30',
  expires: '2099-06-30',
  evidence: [{ url: 'https://www.dsptoolkit.nhs.uk/OrganisationSearch/R0A', title: 'DSPT status' }],
  ...changes,
});

const text = (el: HTMLElement) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('om-conformance-badge', () => {
  it('shows the standard, the status in words and an icon, and the expiry', async () => {
    const el = await fixture<OmConformanceBadge>(html`<om-conformance-badge .statement=${statement()}></om-conformance-badge>`);
    expect(text(el)).to.contain('DSPT 2022-23');
    expect(text(el)).to.contain('Conformant');
    expect(text(el)).to.contain('valid until 30 June 2099');
    expect(el.shadowRoot!.querySelector('[part="status"] svg')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('tells every status in words, not colour alone, and stays accessible', async () => {
    for (const status of ['conformant', 'partially-conformant', 'not-conformant', 'in-progress', 'withdrawn'] as const) {
      const el = await fixture<OmConformanceBadge>(html`<om-conformance-badge .statement=${statement({ status })}></om-conformance-badge>`);
      expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim()).to.have.length.greaterThan(3);
      await expect(el).to.be.accessible();
    }
  });

  it('says "expired" once the expiry date has passed', async () => {
    const el = await fixture<OmConformanceBadge>(html`<om-conformance-badge .statement=${statement({ expires: '2024-06-30' })}></om-conformance-badge>`);
    expect(text(el)).to.contain('expired on 30 June 2024');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.classList.contains('expired')).to.be.true;
  });

  it('speaks Welsh when its nearest lang is cy', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><om-conformance-badge .statement=${statement()}></om-conformance-badge></div>`);
    const el = wrapper.querySelector('om-conformance-badge')!;
    await el.updateComplete;
    expect(text(el)).to.contain('Yn cydymffurfio');
    expect(text(el)).to.contain('yn ddilys tan 30 Mehefin 2099');
  });

  it('reads a statement from inline JSON, for CMSs that cannot set properties', async () => {
    const el = await fixture<OmConformanceBadge>(
      html`<om-conformance-badge><script type="application/json">${JSON.stringify(statement({ status: 'in-progress' }))}</script></om-conformance-badge>`,
    );
    expect(text(el)).to.contain('In progress');
  });

  it('renders hostile text as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const el = await fixture<OmConformanceBadge>(
      html`<om-conformance-badge .statement=${statement({ standard: { id: 'dspt', name: hostile }, subject: { type: 'product', name: 'שלום '.repeat(50) } })}></om-conformance-badge>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el)).to.contain(hostile);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('never renders a javascript: or data: evidence URL as a link: the statement is refused', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      const el = await fixture<OmConformanceBadge>(html`<om-conformance-badge .statement=${statement({ evidence: [{ url }] })}></om-conformance-badge>`);
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('evidence[0].url');
      await expect(el).to.be.accessible();
    }
  });

  it('shows an accessible error, not an exception, for data that is not a statement', async () => {
    for (const bad of [{ kind: 'Framework' }, 'not json at all', 42, { ...statement(), status: 'excellent' }]) {
      const el = await fixture<OmConformanceBadge>(html`<om-conformance-badge .statement=${bad}></om-conformance-badge>`);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    }
    const el = await fixture<OmConformanceBadge>(html`<om-conformance-badge><script type="application/json">{ broken</script></om-conformance-badge>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
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
