// The words a person reads on a badge, written out here by hand for every status in both
// languages (not taken from statusDisplays, which the element uses), and the badge's own filter
// of evidence links, which the schema makes unreachable today.
import { expect, fixture, html } from '@open-wc/testing';
import type { ConformanceStatement } from '@openmaturity/core';
import './define.js';
import { webEvidence, type OmConformanceBadge } from './conformance-badge.js';
import { expectNone } from '../../test/fixtures.js';
import { dsptStatement } from '../../../core/test/helpers.js';

const statement = (status: ConformanceStatement['status']): ConformanceStatement =>
  dsptStatement({
    id: `s-${status}`,
    subject: { type: 'organisation', name: 'Example Trust', odsCode: 'RX0' },
    status,
    issuer: { id: 'https://issuer.example/', name: 'Example Issuer' },
  });

const WORDS = {
  conformant: { en: 'Conformant', cy: 'Yn cydymffurfio' },
  'partially-conformant': { en: 'Partially conformant', cy: 'Yn cydymffurfio’n rhannol' },
  'not-conformant': { en: 'Not conformant', cy: 'Ddim yn cydymffurfio' },
  'in-progress': { en: 'In progress', cy: 'Ar y gweill' },
  withdrawn: { en: 'Withdrawn', cy: 'Wedi’i dynnu’n ôl' },
} as const;

describe('om-conformance-badge words', () => {
  for (const [status, words] of Object.entries(WORDS) as [ConformanceStatement['status'], { en: string; cy: string }][])
    for (const lang of ['en', 'cy'] as const)
      it(`says "${words[lang]}" for ${status} in ${lang === 'en' ? 'English' : 'Welsh'}, as pill and card`, async () => {
        for (const variant of ['pill', 'card']) {
          const el = await fixture(
            html`<div lang=${lang}>
              <om-conformance-badge variant=${variant} .statement=${statement(status)}></om-conformance-badge>
            </div>`,
          );
          const badge = el.querySelector<OmConformanceBadge>('om-conformance-badge')!;
          await badge.updateComplete;
          const shown = badge.shadowRoot!.querySelector('[part="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
          expect(shown, `the ${variant}'s status`).to.equal(words[lang]);
        }
      });
});

describe('a statement of “Standards Exceeded”', () => {
  for (const [lang, words] of [
    ['en', 'Conformant: standards exceeded'],
    ['cy', 'Yn cydymffurfio: rhagori ar y safonau'],
  ] as const)
    it(`says "${words}", not only "Conformant", in ${lang === 'en' ? 'English' : 'Welsh'}`, async () => {
      const exceeded = {
        ...statement('conformant'),
        schemaVersion: '1.1',
        exceeds: true,
        statusDetail: 'Standards Exceeded',
      };
      for (const variant of ['pill', 'card']) {
        const el = await fixture(
          html`<div lang=${lang}>
            <om-conformance-badge variant=${variant} .statement=${exceeded}></om-conformance-badge>
          </div>`,
        );
        const badge = el.querySelector<OmConformanceBadge>('om-conformance-badge')!;
        await badge.updateComplete;
        const shown = badge.shadowRoot!.querySelector('[part="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
        expect(shown, `the ${variant}'s status`).to.equal(words);
      }
    });
});

describe('the badge’s evidence link filter', () => {
  it('links only to http and https addresses, whatever the schema lets through', () => {
    expect(webEvidence(undefined)).to.equal(undefined);
    expect(webEvidence([{ url: 'javascript:alert(1)' }, { url: 'data:text/html,x' }])).to.equal(undefined);
    expect(webEvidence([{ url: 'JAVASCRIPT:alert(1)' }, { url: 'HTTPS://ok.example/' }])?.url).to.equal(
      'HTTPS://ok.example/',
    );
    expect(webEvidence([{ url: 'http://ok.example/' }])?.url).to.equal('http://ok.example/');
    expect(webEvidence([{ url: ' https://leading-space.example/' }])).to.equal(undefined);
  });
});

describe('a badge whose signature does not verify', () => {
  const settled = (badge: OmConformanceBadge) =>
    new Promise<void>((done) => {
      const check = () =>
        badge.shadowRoot!.querySelector('[part="verification"].checking') ? setTimeout(check, 20) : done();
      check();
    });

  for (const variant of ['card', 'pill'] as const)
    it(`does not look conformant as a ${variant}: the failure leads, in a warning tone, the status shown as claimed`, async () => {
      // Unsigned, on a page that trusts an issuer: it cannot verify.
      const el = await fixture(
        html`<div lang="en">
          <om-conformance-badge
            variant=${variant}
            trusted-issuers="https://issuer.example/"
            .statement=${statement('conformant')}
          ></om-conformance-badge>
        </div>`,
      );
      const badge = el.querySelector<OmConformanceBadge>('om-conformance-badge')!;
      await badge.updateComplete;
      await settled(badge);
      const base = badge.shadowRoot!.querySelector('[part="base"]')!;
      expect([...base.classList], 'the tone of a badge that failed verification').to.include('unverified');
      expect([...base.classList]).to.not.include('positive');
      const status = badge.shadowRoot!.querySelector('[part="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(status).to.equal('Claimed: Conformant');
      expectNone(badge.shadowRoot!, '[part="status"] svg', 'no tick beside a claim that did not verify');
      // The failure comes before the claim, in reading order.
      const verification = badge.shadowRoot!.querySelector('[part="verification"]')!;
      expect(verification.textContent).to.contain('Not verified');
      const order = verification.compareDocumentPosition(badge.shadowRoot!.querySelector('[part="status"]')!);
      expect(order & Node.DOCUMENT_POSITION_FOLLOWING, 'the failure precedes the claimed status').to.not.equal(0);
      expect(getComputedStyle(base).backgroundColor).to.not.equal('rgb(204, 230, 213)');
    });
});

describe('an invalid statement', () => {
  it('lists its first three problems and says how many more there are', async () => {
    const el = await fixture<OmConformanceBadge>(
      html`<om-conformance-badge
        .statement=${{ kind: 'ConformanceStatement', schemaVersion: '1.0' }}
      ></om-conformance-badge>`,
    );
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"] p')!.textContent!.replace(/\s+/g, ' ').trim();
    const problems = alert.replace(/^The data is not valid: statement: /, '').split('; ');
    expect(problems, alert).to.have.length(4);
    expect(problems[3]).to.match(/^and \d+ more problems?$/);
    expect(problems.slice(0, 3).every((p) => /expected/.test(p))).to.equal(true, alert);
  });
});
