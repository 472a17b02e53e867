// What a person reads on the checklist, checked against a small framework worked out by hand
// (never from prioritise(), the function under test):
//
//   Wi-Fi   foundation, level 4 of 5: gap 25, weight 3, a local priority of 1.5 -> gain 112.5
//   EPR     core, answered no: gap 100; needs Wi-Fi, which is not met -> blocked by Wi-Fi
//   Skills  core, 62.5%: gap 37.5, weight 1 -> gain 37.5; nothing to wait for -> can start now
//   AI      advanced, not answered: gap 100; needs EPR -> blocked by EPR
import { expect, fixture, html } from '@open-wc/testing';
import type { Assessment, Framework } from '@openmaturity/core';
import './define.js';
import type { OmPriorityChecklist } from './priority-checklist.js';
import { smallAssessment, smallFramework } from '../../../core/test/helpers.js';

const base = smallFramework();
const framework: Framework = {
  ...base,
  indicators: base.indicators.map((i) => (i.id === 'wifi' ? { ...i, weight: 3 } : i)),
};
const assessment: Assessment = smallAssessment({
  responses: [
    { indicator: 'wifi', value: 4 },
    { indicator: 'epr', value: false },
    { indicator: 'skills', value: 62.5 },
    { indicator: 'ai', value: null },
  ],
  localPriorities: [{ indicator: 'wifi', weight: 1.5, reason: 'Wards report dropped connections' }],
});

const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('om-priority-checklist, steps worked out by hand', () => {
  beforeEach(() => localStorage.clear());
  const render = () =>
    fixture<OmPriorityChecklist>(
      html`<om-priority-checklist .assessment=${assessment} .framework=${framework}></om-priority-checklist>`,
    );
  const items = (el: OmPriorityChecklist) =>
    [...el.shadowRoot!.querySelectorAll('li.item')].map((li) => ({
      name: words(li.querySelector('h3')).replace(/^Step \d+\.\s*/, ''),
      ready: words(li.querySelector('.ready')),
      blocked: words(li.querySelector('.blocked')),
      reason: words(li.querySelector('.reason')),
    }));

  it('lists the four unmet steps, foundation first and never a step before what it needs', async () => {
    const list = items(await render());
    const order = list.map((i) => i.name);
    expect(order).to.have.members(['Wi-Fi', 'EPR', 'Skills', 'AI']);
    expect(order[0], 'the one foundation step comes first').to.equal('Wi-Fi');
    expect(order.indexOf('EPR'), 'EPR after Wi-Fi, which it needs').to.be.greaterThan(order.indexOf('Wi-Fi'));
    expect(order.indexOf('AI'), 'AI after EPR, which it needs').to.be.greaterThan(order.indexOf('EPR'));
  });

  it('says what blocks a step and which can start now (prerequisites, not ignored)', async () => {
    const list = items(await render());
    const by = Object.fromEntries(list.map((i) => [i.name, i]));
    expect(by['EPR']!.blocked).to.equal('Blocked by: Wi-Fi');
    expect(by['AI']!.blocked).to.equal('Blocked by: EPR');
    expect(by['Wi-Fi']!.ready).to.equal('Can start now');
    expect(by['Skills']!.ready).to.equal('Can start now');
  });

  it('explains the gain with every factor the engine used: 25 x 3 x 1.5 = 112.5', async () => {
    const list = items(await render());
    const wifi = list.find((i) => i.name === 'Wi-Fi')!;
    expect(wifi.reason).to.contain('Expected gain 112.5 (gap of 25 points × weight 3 × local priority 1.5)');
    expect(wifi.reason).to.contain('Wards report dropped connections');
    const skills = list.find((i) => i.name === 'Skills')!;
    expect(skills.reason).to.contain('Expected gain 37.5 (gap of 37.5 points × weight 1)');
    // The product of the factors shown is the gain shown, for every step.
    for (const item of list) {
      const [gain, ...factors] = [...item.reason.matchAll(/(\d+(?:\.\d+)?)/g)].map((m) => Number(m[1])).slice(0, 4);
      const shown = item.reason.includes('local priority') ? factors.slice(0, 3) : factors.slice(0, 2);
      expect(
        shown.reduce((a, b) => a * b, 1),
        `${item.name}: "${item.reason}" — the factors shown multiply to the gain shown`,
      ).to.be.closeTo(gain!, 0.05);
    }
  });

  it('filters the list to the chosen domain: People shows only Skills', async () => {
    const el = await render();
    const domain = el.shadowRoot!.querySelector<HTMLSelectElement>('#domain')!;
    domain.value = 'people';
    domain.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(items(el).map((i) => i.name)).to.deep.equal(['Skills']);
    expect(words(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Showing 1 of 1 next steps');
    domain.value = 'infra';
    domain.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(items(el).map((i) => i.name)).to.have.members(['Wi-Fi', 'EPR', 'AI']);
  });

  it('filters the list to the chosen tier: Core shows EPR and Skills', async () => {
    const el = await render();
    const tier = el.shadowRoot!.querySelector<HTMLSelectElement>('#tier')!;
    tier.value = 'core';
    tier.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(items(el).map((i) => i.name)).to.have.members(['EPR', 'Skills']);
    expect(words(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Showing 2 of 2 next steps');
  });
});
