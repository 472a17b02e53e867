import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { prioritise, type Framework } from '@openmaturity/core';
import '../priority-checklist/define.js';
import type { OmPriorityChecklist } from './priority-checklist.js';
import { demoAssessment, HOSTILE, text, wgll, expectNone } from '../../test/fixtures.js';

describe('om-priority-checklist', () => {
  let framework: Framework;
  before(async () => {
    framework = await wgll();
  });
  beforeEach(() => localStorage.clear());

  const render = (assessment: unknown, fw: unknown = framework, limit = 10) =>
    fixture<OmPriorityChecklist>(
      html`<om-priority-checklist .assessment=${assessment} .framework=${fw} limit=${limit}></om-priority-checklist>`,
    );
  const names = (el: OmPriorityChecklist) =>
    [...el.shadowRoot!.querySelectorAll('li.item h3')].map((h) =>
      h.textContent!.replace(/^\s*Step \d+\.\s*/, '').trim(),
    );

  it('lists the engine’s next steps in order, with tier, domain, and what blocks them', async () => {
    const assessment = demoAssessment(framework);
    const el = await render(assessment);
    const expected = prioritise(framework, assessment);
    expect(names(el)).to.deep.equal(expected.slice(0, 10).map((i) => i.name));
    const first = el.shadowRoot!.querySelector('li.item')!;
    expect(first.querySelector('[part="tier"]')!.textContent).to.equal('Foundation');
    expect(text(el)).to.contain(`Showing 10 of ${expected.length} next steps`);
    await expect(el).to.be.accessible();
  });

  it('filters by domain and by tier, and says how many it shows', async () => {
    const el = await render(demoAssessment(framework));
    const tier = el.shadowRoot!.querySelector<HTMLSelectElement>('#tier')!;
    tier.value = 'advanced';
    tier.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const tiers = [...el.shadowRoot!.querySelectorAll('[part="tier"]')].map((t) => t.textContent);
    expect(tiers.length).to.be.greaterThan(0);
    expect(tiers.every((t) => t === 'Advanced')).to.be.true;
    const domain = el.shadowRoot!.querySelector<HTMLSelectElement>('#domain')!;
    domain.value = 'improve-care';
    domain.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/Showing \d+ of \d+ next steps/);
    await expect(el).to.be.accessible();
  });

  it('shows N more on request', async () => {
    const el = await render(demoAssessment(framework), framework, 5);
    expect(el.shadowRoot!.querySelectorAll('li.item')).to.have.length(5);
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!;
    expect(more.textContent).to.contain('Show 5 more');
    more.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li.item')).to.have.length(10);
  });

  it('keeps ticks in this browser only, keyed by organisation and framework version, with an event', async () => {
    const assessment = demoAssessment(framework);
    const el = await render(assessment);
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('li.item input[type="checkbox"]')!;
    setTimeout(() => box.click());
    const event = await oneEvent(el, 'om-tick-change');
    expect(event.detail.done).to.be.true;
    const key = `openmaturity:ticks:RX0:${framework.id}@${framework.version}`;
    expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal([event.detail.indicator]);
    const again = await render(assessment);
    expect(again.shadowRoot!.querySelector<HTMLInputElement>('li.item input[type="checkbox"]')!.checked).to.be.true;
    expect(again.shadowRoot!.querySelector('li.item.done')).to.exist;
  });

  it('prunes stored ticks of indicators the framework no longer has, and of anything that is not an id', async () => {
    const assessment = demoAssessment(framework);
    const key = `openmaturity:ticks:RX0:${framework.id}@${framework.version}`;
    const kept = framework.indicators[0]!.id;
    localStorage.setItem(key, JSON.stringify([kept, 'dropped-in-a-correction', 42, kept + '-old']));
    await render(assessment);
    expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal([kept]);
    localStorage.setItem(key, JSON.stringify(['gone']));
    await render(assessment);
    expect(localStorage.getItem(key)).to.equal(null);
  });

  it('follows a "blocked by" link to the step it names, revealing it when filters hide it', async () => {
    const assessment = demoAssessment(framework);
    const items = prioritise(framework, assessment);
    const domainOf = new Map(items.map((i) => [i.indicator, i.domain]));
    // A blocked step whose blocker is in another domain: filtering by its domain hides the blocker.
    const blocked = items.find((i) => i.blockedBy.some((b) => domainOf.get(b.indicator) !== i.domain))!;
    const blocker = blocked.blockedBy.find((b) => domainOf.get(b.indicator) !== blocked.domain)!;
    const el = await render(assessment, framework, 100);
    const domain = el.shadowRoot!.querySelector<HTMLSelectElement>('#domain')!;
    domain.value = blocked.domain;
    domain.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expectNone(el.shadowRoot!, `[id="item-${blocker.indicator}"]`);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>(
      `[id="item-${blocked.indicator}"] .blocked a[href="#item-${blocker.indicator}"]`,
    )!;
    link.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal(`item-${blocker.indicator}`);
    expect(el.shadowRoot!.querySelector<HTMLSelectElement>('#domain')!.value).to.equal('');
  });

  it('keeps the filter true to what is shown after the user has used it (review finding)', async () => {
    const assessment = demoAssessment(framework);
    const items = prioritise(framework, assessment);
    const domainOf = new Map(items.map((i) => [i.indicator, i.domain]));
    const blocked = items.find((i) => i.blockedBy.some((b) => domainOf.get(b.indicator) !== i.domain))!;
    const el = await render(assessment, framework, 100);
    const domain = el.shadowRoot!.querySelector<HTMLSelectElement>('#domain')!;
    for (const value of [blocked.domain, '', blocked.domain]) {
      domain.value = value;
      domain.dispatchEvent(new Event('change'));
      await el.updateComplete;
    }
    el.shadowRoot!.querySelector<HTMLAnchorElement>(`[id="item-${blocked.indicator}"] .blocked a`)!.click();
    await el.updateComplete;
    expect(domain.value).to.equal('');
  });

  it('says there is nothing to do when everything is met', async () => {
    const all = demoAssessment(framework, {
      responses: framework.indicators.map((i) => ({
        indicator: i.id,
        value:
          i.measure.type === 'level'
            ? 5
            : i.measure.type === 'yes-no'
              ? true
              : i.measure.type === 'percentage'
                ? i.measure.better === 'lower'
                  ? 0
                  : 100
                : null,
      })),
    });
    const el = await render(all);
    expect(text(el)).to.contain('there are no next steps');
  });

  it('speaks Welsh when its nearest lang is cy', async () => {
    const wrapper = await fixture(
      html`<div lang="cy">
        <om-priority-checklist .assessment=${demoAssessment(framework)} .framework=${framework}></om-priority-checklist>
      </div>`,
    );
    const el = wrapper.querySelector('om-priority-checklist')!;
    await el.updateComplete;
    expect(text(el)).to.contain('Camau nesaf');
    expect(text(el)).to.contain('Sylfaen');
  });

  it('renders 2,000 steps without trouble, ten at a time', async () => {
    const big: Framework = {
      ...framework,
      indicators: Array.from({ length: 2000 }, (_, i) => ({
        id: `x${i}`,
        domain: framework.domains[i % 7]!.id,
        name: `Step ${i}`,
        measure: { type: 'yes-no' as const },
        tier: 'core' as const,
        prerequisites: i > 0 && i % 10 === 0 ? [`x${i - 1}`] : [],
      })),
    };
    const el = await render(demoAssessment(big, { responses: [] }), big);
    expect(el.shadowRoot!.querySelectorAll('li.item')).to.have.length(10);
    expect(text(el)).to.contain('Showing 10 of 2,000');
  });

  it('renders hostile text as text, and shows an accessible error for invalid data', async () => {
    const hostile = {
      ...framework,
      indicators: framework.indicators.map((i, n) => (n < 3 ? { ...i, name: HOSTILE } : i)),
    };
    const el = await render(demoAssessment(framework), hostile);
    expectNone(el.shadowRoot!, 'img, script');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    const bad = await render({ kind: 'Assessment' });
    expect(bad.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('schemaVersion');
    await expect(bad).to.be.accessible();
  });
});

describe('om-priority-checklist with the keyboard', () => {
  beforeEach(() => localStorage.clear());

  it('ticks a step with Space, and moves between filters and steps with Tab', async () => {
    const { sendKeys } = await import('@web/test-runner-commands');
    const framework = await wgll();
    const el = await fixture<OmPriorityChecklist>(
      html`<om-priority-checklist
        .assessment=${demoAssessment(framework)}
        .framework=${framework}
      ></om-priority-checklist>`,
    );
    el.shadowRoot!.querySelector<HTMLSelectElement>('#tier')!.focus();
    await sendKeys({ press: 'Tab' });
    const box = el.shadowRoot!.activeElement as HTMLInputElement;
    expect(box.type).to.equal('checkbox');
    const changes: boolean[] = [];
    el.addEventListener('om-tick-change', (e) => changes.push(e.detail.done));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Space' });
    expect(changes).to.deep.equal([true, false]);
  });
});

describe('om-priority-checklist and the local voice', () => {
  it('shows the trust’s own barriers and planned date on the step they concern, in its words', async () => {
    const framework = await wgll();
    const assessment = demoAssessment(framework);
    const first = prioritise(framework, assessment)[0]!;
    const response = assessment.responses.find((r) => r.indicator === first.indicator)!;
    response.barriers = [{ code: 'funding', note: 'Capital bid deferred (demo)' }, { code: 'workforce-and-skills' }];
    response.plannedDate = '2026-03-31';
    const el = await fixture<OmPriorityChecklist>(
      html`<om-priority-checklist .assessment=${assessment} .framework=${framework}></om-priority-checklist>`,
    );
    const voice = el.shadowRoot!.querySelector(`[id="item-${first.indicator}"] .local-voice`)!;
    expect(voice.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Barriers: Funding (Capital bid deferred (demo)); Workforce and skills · Planned: 31 March 2026',
    );
    expect(el.shadowRoot!.querySelectorAll('.local-voice')).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
