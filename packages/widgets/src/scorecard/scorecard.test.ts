import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { score, type Framework } from '@openmaturity/core';
import '../scorecard/define.js';
import type { OmScorecard } from './scorecard.js';
import {
  demoAssessment,
  demoBenchmark,
  HOSTILE,
  lastYear,
  text,
  wgll,
  expectNone,
  expectSameNode,
} from '../../test/fixtures.js';

describe('om-scorecard', () => {
  let framework: Framework;
  before(async () => {
    framework = await wgll();
  });

  const render = (props: Partial<OmScorecard>) =>
    fixture<OmScorecard>(
      html`<om-scorecard
        .assessment=${props.assessment}
        .framework=${props.framework}
        .benchmark=${props.benchmark}
        .previous=${props.previous}
        ?compact=${props.compact ?? false}
      ></om-scorecard>`,
    );

  it('shows the overall score, level and coverage computed by the engine', async () => {
    const assessment = demoAssessment(framework);
    const el = await render({ assessment, framework });
    const result = score(framework, assessment);
    const headline = el.shadowRoot!.querySelector('[part="headline"]')!.textContent!.replace(/\s+/g, ' ');
    expect(headline).to.contain(String(Math.round(result.overall.score!)));
    expect(headline).to.contain(`Level ${result.overall.level!.value}: ${result.overall.level!.label}`);
    expect(headline).to.contain(`(${result.overall.coverage.answered} of ${framework.indicators.length})`);
    expect(el.shadowRoot!.querySelectorAll('button.domain')).to.have.length(7);
    await expect(el).to.be.accessible();
  });

  it('emits om-domain-select on click and on Enter, from a focusable button', async () => {
    const el = await render({ assessment: demoAssessment(framework), framework });
    const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.domain');
    setTimeout(() => buttons[1]!.click());
    const clicked = await oneEvent(el, 'om-domain-select');
    expect(clicked.detail).to.deep.equal({ domain: 'smart-foundations', name: 'Ensure smart foundations' });
    buttons[2]!.focus();
    expectSameNode(el.shadowRoot!.activeElement, buttons[2], 'the focus after ArrowRight twice');
    // A native button turns Enter into a click: the keyboard path is the browser's own.
    setTimeout(() => buttons[2]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    setTimeout(() => buttons[2]!.click());
    const entered = await oneEvent(el, 'om-domain-select');
    expect(entered.detail.domain).to.equal('safe-practice');
  });

  it('marks the cohort median and middle half, and says so in words', async () => {
    const el = await render({ assessment: demoAssessment(framework), framework, benchmark: demoBenchmark(framework) });
    expect(el.shadowRoot!.querySelectorAll('.median')).to.have.length(7);
    expect(el.shadowRoot!.querySelectorAll('.band')).to.have.length(7);
    expect(text(el)).to.contain('Cohort median 51');
    const headers = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.include('Cohort median');
    await expect(el).to.be.accessible();
  });

  it('shows no cohort figure for a suppressed cohort', async () => {
    const el = await render({
      assessment: demoAssessment(framework),
      framework,
      benchmark: demoBenchmark(framework, true),
    });
    expect(el.shadowRoot!.querySelectorAll('.median')).to.have.length(0);
    expect(text(el)).to.contain('Cohort too small to compare');
  });

  it('shows the change since last period, in words and not by arrow alone', async () => {
    const el = await render({ assessment: demoAssessment(framework), framework, previous: lastYear(framework) });
    expect(el.shadowRoot!.querySelector('.trend')!.textContent).to.match(/up \d+(\.\d)? points since 2023-24/);
    expect(el.shadowRoot!.querySelector('.trend [aria-hidden="true"]')!.textContent).to.contain('▲');
  });

  it('has a table of the same figures for screen readers, and a toggle that shows it', async () => {
    const el = await render({ assessment: demoAssessment(framework), framework });
    const wrapper = el.shadowRoot!.querySelector('#figures')!;
    expect(wrapper.classList.contains('visually-hidden')).to.be.true;
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(7);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(wrapper.classList.contains('visually-hidden')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('has a compact variant for sidebars', async () => {
    const el = await render({ assessment: demoAssessment(framework), framework, compact: true });
    expectNone(el.shadowRoot!, 'button.toggle');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('speaks Welsh when its nearest lang is cy', async () => {
    const wrapper = await fixture(
      html`<div lang="cy">
        <om-scorecard
          .assessment=${demoAssessment(framework)}
          .framework=${framework}
          .previous=${lastYear(framework)}
        ></om-scorecard>
      </div>`,
    );
    const el = wrapper.querySelector('om-scorecard')!;
    await el.updateComplete;
    expect(text(el)).to.contain('allan o 100');
    expect(text(el)).to.contain('ers 2023-24');
    expect(el.shadowRoot!.querySelector('button.toggle')!.textContent).to.contain('Dangos y ffigurau fel tabl');
  });

  it('reads its documents from inline JSON, sorting them by kind and period', async () => {
    const el = await fixture<OmScorecard>(
      html`<om-scorecard>
        <script type="application/json">
          ${JSON.stringify(lastYear(framework))}
        </script>
        <script type="application/json">
          ${JSON.stringify([demoAssessment(framework), framework])}
        </script>
      </om-scorecard>`,
    );
    expect(text(el)).to.contain('since 2023-24');
    expect(text(el)).to.contain('Demo Valley NHS Foundation Trust');
  });

  it('shows an accessible error naming the JSON path for an invalid assessment, and never throws', async () => {
    const bad = demoAssessment(framework);
    bad.responses[3]!.value = 99;
    const el = await render({ assessment: bad, framework });
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('responses[3].value');
    await expect(el).to.be.accessible();
    const other = await render({ assessment: demoAssessment(framework), framework: { ...framework, version: '1999' } });
    expect(other.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('framework.version');
    const junk = await fixture<OmScorecard>(
      html`<om-scorecard
        ><script type="application/json">
          { not json
        </script></om-scorecard
      >`,
    );
    expect(junk.shadowRoot!.querySelector('[role="alert"]')).to.exist;
  });

  it('shows the empty state when given nothing', async () => {
    const el = await fixture<OmScorecard>(html`<om-scorecard></om-scorecard>`);
    expect(el.shadowRoot!.querySelector('.empty')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('renders hostile, very long and right-to-left text as text', async () => {
    const hostile = {
      ...framework,
      domains: framework.domains.map((d, i) => ({
        ...d,
        name: i === 0 ? HOSTILE : i === 1 ? 'مرحبا بالعالم '.repeat(10) : `${d.name} ${'very long '.repeat(40)}`,
      })),
    };
    const assessment = demoAssessment(framework, { organisation: { odsCode: 'RX0', name: HOSTILE } });
    const el = await render({ assessment, framework: hostile });
    expectNone(el.shadowRoot!, 'img, script');
    expect(text(el)).to.contain(HOSTILE);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    await expect(el).to.be.accessible();
  });

  it('fits 320 px without horizontal scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <om-scorecard
          .assessment=${demoAssessment(framework)}
          .framework=${framework}
          .benchmark=${demoBenchmark(framework)}
        ></om-scorecard>
      </div>`,
    );
    const el = wrapper.querySelector('om-scorecard')!;
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
  });
});

describe('om-scorecard with the keyboard and in print', () => {
  it('is reached with Tab, and Enter on a domain chooses it', async () => {
    const { sendKeys } = await import('@web/test-runner-commands');
    const framework = await wgll();
    const el = await fixture<OmScorecard>(
      html`<om-scorecard .assessment=${demoAssessment(framework)} .framework=${framework}></om-scorecard>`,
    );
    const events: string[] = [];
    el.addEventListener('om-domain-select', (e) => events.push(e.detail.domain));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.domain')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent).to.contain('Ensure smart foundations');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(events).to.deep.equal(['smart-foundations', 'smart-foundations']);
  });

  it('prints the table of figures, and not the toggle', async () => {
    const { emulateMedia } = await import('@web/test-runner-commands');
    const framework = await wgll();
    const el = await fixture<OmScorecard>(
      html`<om-scorecard .assessment=${demoAssessment(framework)} .framework=${framework}></om-scorecard>`,
    );
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(el.shadowRoot!.querySelector('button.toggle')!).display).to.equal('none');
      expect(el.shadowRoot!.querySelector('table')!.getBoundingClientRect().width).to.be.greaterThan(100);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('om-scorecard and the local voice', () => {
  it('says on each domain how many indicators carry the trust’s barriers', async () => {
    const framework = await wgll();
    const assessment = demoAssessment(framework);
    const wellLed = framework.indicators.filter((i) => i.domain === 'well-led').map((i) => i.id);
    for (const r of assessment.responses)
      if (wellLed.slice(0, 2).includes(r.indicator)) r.barriers = [{ code: 'funding' }];
    assessment.responses.find((r) => r.indicator === wellLed[0])!.plannedDate = '2026-03-31';
    assessment.responses.find((r) => r.indicator === wellLed[1])!.plannedDate = '2025-09-30';
    const el = await fixture<OmScorecard>(
      html`<om-scorecard .assessment=${assessment} .framework=${framework}></om-scorecard>`,
    );
    const [first, second] = el.shadowRoot!.querySelectorAll('button.domain');
    expect(first!.textContent).to.contain('barriers reported on 2 indicators · planned by 31 March 2026');
    expect(second!.textContent).not.to.contain('barriers');
  });
});
