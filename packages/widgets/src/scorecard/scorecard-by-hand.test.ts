// What a person reads on the scorecard, checked against figures worked out by hand from a small
// framework (never from score(), the function under test):
//
//   Wi-Fi  level 4 on 1-5      -> (4 - 1) / 4 x 100 = 75     (last year level 2 -> 25)
//   EPR    yes                 -> 100                        (last year no -> 0)
//   Skills 62.5%               -> 62.5                       (last year the same)
//   AI     not answered        -> left out, not counted as 0
//
//   Infrastructure = mean(75, 100)         = 87.5   (58.3 if AI counted as 0)
//   People         = 62.5
//   Overall        = mean(75, 100, 62.5)   = 79.2   (59.4 if AI counted as 0)
//   Last year      = mean(25, 0, 62.5)     = 29.2, so the change is up 50 points.
import { expect, fixture, html } from '@open-wc/testing';
import type { Assessment } from '@openmaturity/core';
import './define.js';
import type { OmScorecard } from './scorecard.js';
import { smallAssessment, smallFramework } from '../../../core/test/helpers.js';
import { text } from '../../test/fixtures.js';

const lastYear: Assessment = smallAssessment({
  id: 'rgt-2023-24',
  period: { id: '2023-24', start: '2023-04-01', end: '2024-03-31' },
  responses: [
    { indicator: 'wifi', value: 2 },
    { indicator: 'epr', value: false },
    { indicator: 'skills', value: 62.5 },
    { indicator: 'ai', value: null },
  ],
});

const render = (previous?: Assessment) =>
  fixture<OmScorecard>(
    html`<om-scorecard
      .assessment=${smallAssessment()}
      .framework=${smallFramework()}
      .previous=${previous}
    ></om-scorecard>`,
  );

describe('om-scorecard, figures worked out by hand', () => {
  it('shows the overall score of the answered indicators only (79.2, not 59.4 with the unanswered as 0)', async () => {
    const el = await render();
    expect(el.shadowRoot!.querySelector('.figure')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(
      /^79(\.2)?\b/,
      'the overall score: mean of 75, 100 and 62.5',
    );
  });

  it('shows each domain’s score in its row (Infrastructure 87.5, People 62.5)', async () => {
    const el = await render();
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
    );
    expect(rows.map((r) => r.slice(0, 2))).to.deep.equal([
      ['Infrastructure', '87.5'],
      ['People', '62.5'],
    ]);
  });

  it('says how many indicators were answered (3 of 4)', async () => {
    const el = await render();
    expect(text(el)).to.contain('75% answered (3 of 4)');
  });

  it('shows the change since last year as up 50 points (not 100, not 25)', async () => {
    const el = await render(lastYear);
    const trend = el.shadowRoot!.querySelector('.trend')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(trend).to.contain('up 50 points since 2023-24');
  });
});
