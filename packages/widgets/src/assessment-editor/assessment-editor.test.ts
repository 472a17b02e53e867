/**
 * <om-assessment-editor> in Chromium, on the small test framework (worked out by hand):
 * domains Infrastructure (wifi: level 1-5, epr: yes/no, ai: choice No/Yes) and People
 * (skills: percentage). Scores: a level 3 of 1-5 is 50; yes is 100; 40% is 40.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Assessment, Framework, Standard } from '@openmaturity/core';
import '../assessment-editor/define.js';
import type { AssessmentChangeDetail, OmAssessmentEditor } from './assessment-editor.js';
import { smallFramework } from '../../../core/test/helpers.js';
import { HOSTILE, text } from '../../test/fixtures.js';

const KEY = 'openmaturity:assessment-draft:RX9|test-fw@1|2024-25';

function framework(): Framework {
  const fw = smallFramework();
  fw.indicators[0]!.description = 'Coverage of wireless networks across sites.';
  fw.indicators[0]!.guidance = [{ url: 'https://example.org/wifi', title: 'Wi-Fi guidance' }];
  fw.indicators[0]!.standards = ['fhir-uk-core', 'nhs-number'];
  fw.indicators[2]!.measure = { type: 'percentage', better: 'lower' };
  return fw;
}
const standards = [
  { id: 'fhir-uk-core', name: 'FHIR UK Core', status: 'draft' },
  { id: 'nhs-number', name: 'NHS number', status: 'active' },
] as unknown as Standard[];

const render = (lang = 'en') =>
  fixture<OmAssessmentEditor>(
    html`<div lang=${lang}>
      <om-assessment-editor
        organisation="RX9"
        period="2024-25"
        .framework=${framework()}
        .standards=${standards}
      ></om-assessment-editor>
    </div>`,
  ).then(async (wrapper) => {
    const el = wrapper.querySelector('om-assessment-editor') as OmAssessmentEditor;
    await el.updateComplete;
    return el;
  });

const $ = <T extends Element = HTMLElement>(el: OmAssessmentEditor, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector)!;
const settle = async (el: OmAssessmentEditor) => {
  await el.updateComplete;
  const scorecard = el.shadowRoot!.querySelector('om-scorecard') as
    (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
  await scorecard?.updateComplete;
};
const openDomain = async (el: OmAssessmentEditor, name: string) => {
  const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.task button')].find(
    (b) => b.textContent!.trim() === name,
  )!;
  button.click();
  await settle(el);
};
const typeInto = async (
  el: OmAssessmentEditor,
  input: HTMLInputElement | HTMLTextAreaElement,
  value: string,
  event = 'input',
) => {
  input.value = value;
  input.dispatchEvent(new Event(event, { bubbles: true }));
  await settle(el);
};

describe('om-assessment-editor', () => {
  beforeEach(() => localStorage.clear());
  after(() => localStorage.clear());

  it('starts a new assessment: every indicator unanswered (null), each domain not started', async () => {
    const el = await render();
    expect(el.assessment!.organisation).to.deep.equal({ odsCode: 'RX9' });
    expect(el.assessment!.period).to.deep.equal({
      id: '2024-25',
      start: '2024-04-01',
      end: '2025-03-31',
      label: '2024 to 2025',
    });
    expect(el.assessment!.responses).to.deep.equal([
      { indicator: 'wifi', value: null },
      { indicator: 'epr', value: null },
      { indicator: 'skills', value: null },
      { indicator: 'ai', value: null },
    ]);
    const tasks = [...el.shadowRoot!.querySelectorAll('.task')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
    expect(tasks).to.deep.equal(['Infrastructure 0 of 3 answered Not started', 'People 0 of 1 answered Not started']);
    expect(el.shadowRoot!.querySelector('.error-summary')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a domain as NHS.UK form patterns: fieldset, legend, hint, radios with level descriptions, guidance and standards', async () => {
    const el = await render();
    await openDomain(el, 'Infrastructure');
    expect(el.shadowRoot!.activeElement?.id).to.equal('domain-title');
    const legends = [...el.shadowRoot!.querySelectorAll('fieldset.indicator legend')].map((l) => l.textContent!.trim());
    expect(legends).to.deep.equal(['Wi-Fi', 'EPR', 'AI']);
    const wifi = el.shadowRoot!.querySelector('fieldset.indicator')!;
    expect(wifi.getAttribute('aria-describedby')).to.equal('hint-0');
    expect($(el, '#hint-0').textContent).to.equal('Coverage of wireless networks across sites.');
    expect([...wifi.querySelectorAll('label')].map((l) => l.textContent)).to.deep.equal([
      '1: Level 1',
      '2: Level 2',
      '3: Level 3',
      '4: Level 4',
      '5: Level 5',
    ]);
    expect(
      [...el.shadowRoot!.querySelectorAll('fieldset.indicator')[1]!.querySelectorAll('label')].map(
        (l) => l.textContent,
      ),
    ).to.deep.equal(['Yes', 'No']);
    const standardsText = [...el.shadowRoot!.querySelectorAll('.links li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(standardsText).to.deep.equal([
      'Wi-Fi guidance',
      'FHIR UK Core (draft: still being written, it may change)',
      'NHS number (active)',
    ]);
    await expect(el).to.be.accessible();
  });

  it('updates the assessment, fires om-assessment-change, counts answers and redraws the scorecard preview', async () => {
    const el = await render();
    await openDomain(el, 'Infrastructure');
    setTimeout(() => $<HTMLInputElement>(el, '#answer-0-2').click()); // level 3
    const event = (await oneEvent(el, 'om-assessment-change')) as CustomEvent<AssessmentChangeDetail>;
    expect(event.detail.assessment.responses[0]).to.deep.equal({ indicator: 'wifi', value: 3 });
    expect(event.detail.issues).to.deep.equal([]);
    expect(el.assessment).to.equal(event.detail.assessment);
    $<HTMLInputElement>(el, '#answer-1-0').click(); // EPR: yes
    await settle(el);
    // Infrastructure: (50 x 1 + 100 x 1) / 2 = 75; overall the same (People unanswered).
    const scorecard = $(el, 'om-scorecard');
    expect(text(scorecard)).to.contain('Infrastructure');
    expect(scorecard.shadowRoot!.querySelector('.figure')!.textContent).to.equal('75');
    $<HTMLButtonElement>(el, 'button.back').click();
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('domain-link-0');
    const tasks = [...el.shadowRoot!.querySelectorAll('.task')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
    expect(tasks).to.deep.equal(['Infrastructure 2 of 3 answered In progress', 'People 0 of 1 answered Not started']);
    await expect(el).to.be.accessible();
  });

  it('validates live with the format: an error summary linking to the field, the message beside it', async () => {
    const el = await render();
    await openDomain(el, 'People');
    expect(text(el)).to.contain('A number from 0 to 100. Lower is better.');
    const input = $<HTMLInputElement>(el, '#answer-2');
    await typeInto(el, input, '140');
    expect(el.validationIssues.map((i) => i.message)).to.deep.equal([
      'responses[2].value: expected a percentage from 0 to 100, found 140',
    ]);
    const summary = $(el, '.error-summary');
    expect(summary.getAttribute('role')).to.equal('alert');
    const link = summary.querySelector('a')!;
    expect(link.textContent!.trim()).to.equal('Skills: expected a percentage from 0 to 100, found 140.');
    expect(link.getAttribute('href')).to.equal('#answer-2');
    expect($(el, '#answer-2-error').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Error: Expected a percentage from 0 to 100, found 140.',
    );
    expect(input.getAttribute('aria-describedby')).to.equal('answer-2-hint answer-2-error');
    await expect(el).to.be.accessible();
    // The preview counts the misfit as unanswered rather than failing.
    expect($(el, 'om-scorecard').shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    // From the overview, the link brings the field back and focuses it.
    $<HTMLButtonElement>(el, 'button.back').click();
    await settle(el);
    $(el, '.error-summary a').click();
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('answer-2');
    await typeInto(el, $<HTMLInputElement>(el, '#answer-2'), '40');
    expect(el.shadowRoot!.querySelector('.error-summary')).to.equal(null);
    expect(el.assessment!.responses[2]).to.deep.equal({ indicator: 'skills', value: 40 });
    // Lower is better: 40% scores 60.
    expect($(el, 'om-scorecard').shadowRoot!.querySelector('.figure')!.textContent).to.equal('60');
  });

  it('keeps evidence, comment, confidence, barriers and planned date; refuses a link that is not http(s)', async () => {
    const el = await render();
    await openDomain(el, 'Infrastructure');
    const details = el.shadowRoot!.querySelector('details')!;
    details.open = true;
    await typeInto(
      el,
      $<HTMLTextAreaElement>(el, '#evidence-0'),
      'https://example.org/a\njavascript:alert(1)',
      'change',
    );
    expect(el.validationIssues.map((i) => i.message)).to.deep.equal([
      'responses[0].evidence[1].url: expected an absolute http(s) URL, found "javascript:alert(1)"',
    ]);
    expect($(el, '.error-summary a').getAttribute('href')).to.equal('#evidence-0');
    await expect(el).to.be.accessible();
    await typeInto(el, $<HTMLTextAreaElement>(el, '#evidence-0'), 'https://example.org/a', 'change');
    await typeInto(el, $<HTMLTextAreaElement>(el, '#comment-0'), 'Two sites patchy', 'change');
    const confidence = $<HTMLSelectElement>(el, '#confidence-0');
    confidence.value = 'peer-reviewed';
    confidence.dispatchEvent(new Event('change'));
    await settle(el);
    $<HTMLInputElement>(el, '#barriers-0-4').click(); // infrastructure
    $<HTMLInputElement>(el, '#barriers-0-0').click(); // funding
    await settle(el);
    await typeInto(el, $<HTMLInputElement>(el, '#planned-0'), '2025-03-31', 'change');
    expect(el.assessment!.responses[0]).to.deep.equal({
      indicator: 'wifi',
      value: null,
      evidence: [{ url: 'https://example.org/a' }],
      comment: 'Two sites patchy',
      confidence: 'peer-reviewed',
      barriers: [{ code: 'funding' }, { code: 'infrastructure' }],
      plannedDate: '2025-03-31',
    });
    expect(el.validationIssues).to.deep.equal([]);
  });

  it('keeps local priorities and sign-off, named by their field when wrong', async () => {
    const el = await render();
    $<HTMLButtonElement>(el, '.priorities > button').click();
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('priority-0-target');
    expect(el.validationIssues.map((i) => i.message)).to.deep.equal([
      'localPriorities[0]: expected exactly one of "indicator" or "domain", found neither',
    ]);
    expect($(el, '.error-summary a').textContent!.trim()).to.equal(
      'Local priority 1: expected exactly one of "indicator" or "domain", found neither.',
    );
    await expect(el).to.be.accessible();
    const target = $<HTMLSelectElement>(el, '#priority-0-target');
    target.value = 'domain:people';
    target.dispatchEvent(new Event('change'));
    await settle(el);
    await typeInto(el, $<HTMLInputElement>(el, '#priority-0-weight'), '2', 'change');
    await typeInto(el, $<HTMLInputElement>(el, '#priority-0-reason'), 'Staff shortages', 'change');
    await typeInto(el, $<HTMLInputElement>(el, '#signoff-name'), 'A. Chief', 'change');
    await typeInto(el, $<HTMLInputElement>(el, '#signoff-date'), '2025-04-10', 'change');
    expect(el.assessment!.localPriorities).to.deep.equal([{ weight: 2, reason: 'Staff shortages', domain: 'people' }]);
    expect(el.assessment!.signedOff).to.deep.equal({ name: 'A. Chief', date: '2025-04-10' });
    expect(el.validationIssues).to.deep.equal([]);
  });

  it('keeps the draft in this browser, restores it with a notice, and discards it on request', async () => {
    const first = await render();
    await openDomain(first, 'Infrastructure');
    $<HTMLInputElement>(first, '#answer-1-1').click(); // EPR: no
    await settle(first);
    expect(JSON.parse(localStorage.getItem(KEY)!).responses[1]).to.deep.equal({ indicator: 'epr', value: false });
    first.remove();

    const el = await render();
    expect(el.assessment!.responses[1]).to.deep.equal({ indicator: 'epr', value: false });
    expect($(el, '#notice').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Your draft from this browser has been restored. Discard draft',
    );
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '#notice button').click();
    await settle(el);
    expect(el.assessment!.responses[1]).to.deep.equal({ indicator: 'epr', value: null });
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect($(el, '#notice').textContent!.trim()).to.equal('The draft has been discarded.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('notice');
  });

  it('downloads <ods>-<period>.json made in the page, and opens a file', async () => {
    const el = await render();
    const saved: { name?: string; blob?: Blob } = {};
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => ((saved.blob = blob), 'blob:test');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.name = this.download;
    };
    try {
      $<HTMLButtonElement>(el, '.actions button.primary').click();
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved.name).to.equal('RX9-2024-25.json');
    expect(JSON.parse(await saved.blob!.text())).to.deep.equal(el.assessment);

    const other: Assessment = structuredClone(el.assessment!);
    other.responses[0]!.value = 5;
    await el.openFile(new File([JSON.stringify(other)], 'RX9-2024-25.json'));
    await settle(el);
    expect(el.assessment!.responses[0]).to.deep.equal({ indicator: 'wifi', value: 5 });
    expect($(el, '#notice').textContent!.trim()).to.equal('Opened RX9-2024-25.json.');

    other.framework = { id: 'dma', version: '2016' };
    await el.openFile(new File([JSON.stringify(other)], 'dma.json'));
    await settle(el);
    expect($(el, '#open-error').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'That file could not be opened: framework.id: expected the framework "test-fw", found "dma"',
    );
    expect(el.assessment!.framework.id).to.equal('test-fw');
    await el.openFile(new File(['not json'], 'notes.txt'));
    await settle(el);
    expect($(el, '#open-error').textContent).to.contain('That file could not be opened:');
    await expect(el).to.be.accessible();
  });

  it('speaks Welsh', async () => {
    const el = await render('cy');
    expect(text(el)).to.contain('Eich asesiad: Test framework');
    const tasks = [...el.shadowRoot!.querySelectorAll('.task')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
    expect(tasks).to.deep.equal([
      'Infrastructure 0 o 3 wedi’u hateb Heb ddechrau',
      'People 0 o 1 wedi’u hateb Heb ddechrau',
    ]);
    await openDomain(el, 'People');
    expect(text(el)).to.contain('Rhif o 0 i 100. Mae is yn well.');
    expect(text(el)).to.contain('Yn ôl i bob maes');
    await expect(el).to.be.accessible();
  });

  it('shows hostile framework text as text', async () => {
    const fw = framework();
    fw.indicators[0]!.name = HOSTILE;
    fw.domains[0]!.name = HOSTILE;
    const wrapper = await fixture(
      html`<div>
        <om-assessment-editor organisation="RX9" period="2024-25" .framework=${fw}></om-assessment-editor>
      </div>`,
    );
    const el = wrapper.querySelector('om-assessment-editor') as OmAssessmentEditor;
    await settle(el);
    await openDomain(el, HOSTILE);
    expect(el.shadowRoot!.querySelector('fieldset.indicator legend')!.textContent!.trim()).to.equal(HOSTILE);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('holds its layout at 320 px', async () => {
    const el = await render();
    el.style.width = '320px';
    await openDomain(el, 'Infrastructure');
    el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
    await settle(el);
    const right = el.getBoundingClientRect().right;
    const over = [...el.shadowRoot!.querySelectorAll('*')].filter((n) => n.getBoundingClientRect().right > right + 1);
    expect(over.map((n) => `${n.tagName.toLowerCase()}#${n.id}.${n.className}`)).to.deep.equal([]);
  });
});
