import { expect, fixture, html } from '@open-wc/testing';
import '../index.js';
import { OmConformanceBadge, OmPriorityChecklist, OmScorecard, OmStandardsAdoption, VERSION } from '../index.js';

describe('OpenMaturityElement', () => {
  it('carries the version of packages/widgets/package.json, put in place at build', async () => {
    const { version } = (await (await fetch('/packages/widgets/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(version);
    for (const element of [OmConformanceBadge, OmPriorityChecklist, OmScorecard, OmStandardsAdoption])
      expect(element.version, element.name).to.equal(version);
  });

  it('shows the shared empty state, as a part, when an element is given no data', async () => {
    for (const tag of ['om-conformance-badge', 'om-priority-checklist', 'om-scorecard', 'om-standards-adoption']) {
      const el = await fixture(html`<div></div>`);
      el.append(document.createElement(tag));
      const child = el.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
      await child.updateComplete;
      expect(child.shadowRoot!.querySelector('[part="empty"]'), tag).to.exist;
    }
  });
});
