import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ConformanceStatement, ConformanceStatus } from '../src/format/kinds/conformance-statement.js';
import { standardColours, toneColours } from '../src/conformance/badge-palette.js';
import { contrastRatio } from '../src/conformance/contrast.js';
import { MAX_BADGE_BYTES, renderBadgeSvg, statusDisplays, type BadgeSvgOptions } from '../src/conformance/index.js';
import { fitText, textWidth } from '../src/conformance/text-width.js';
import { dsptStatement } from './helpers.js';

const NOW = new Date('2025-01-15T12:00:00Z');

const statement = (changes: Partial<ConformanceStatement> = {}): ConformanceStatement =>
  dsptStatement({ expires: '2026-06-30', ...changes });

const statuses = Object.keys(statusDisplays) as ConformanceStatus[];
const bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * A small, strict check of well-formed XML, enough for the badge: every tag closed in order,
 * every attribute quoted, no `<` in attribute values, and `&` only in the five entities.
 * Returns the elements found, with their attributes and text.
 */
function parseXml(xml: string): { name: string; attributes: Record<string, string>; text: string }[] {
  const elements: { name: string; attributes: Record<string, string>; text: string }[] = [];
  const stack: { name: string; attributes: Record<string, string>; text: string }[] = [];
  const entity = /&(?:amp|lt|gt|quot|#39);/g;
  const checkText = (text: string) => {
    assert.doesNotMatch(text.replace(entity, ''), /[&<>]/, `raw markup character in ${JSON.stringify(text)}`);
    return text.replace(entity, (e) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" })[e]!);
  };
  let rest = xml;
  while (rest.length > 0) {
    const open = rest.indexOf('<');
    if (open === -1) {
      assert.equal(rest.trim(), '', 'text after the root element');
      break;
    }
    const text = rest.slice(0, open);
    if (stack.length > 0) stack.at(-1)!.text += checkText(text);
    else assert.equal(text.trim(), '', 'text outside the root element');
    const tag = /^<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/.exec(rest.slice(open));
    assert.ok(tag, `not a well-formed tag at ${JSON.stringify(rest.slice(open, open + 40))}`);
    const [whole, closing, name, attributeText, selfClosing] = tag;
    if (closing) {
      assert.equal(stack.pop()?.name, name, `</${name}> closes another element`);
    } else {
      const attributes: Record<string, string> = {};
      for (const [, key, value] of attributeText!.matchAll(/([\w:-]+)="([^"]*)"/g)) {
        assert.ok(!(key! in attributes), `attribute ${key} repeated`);
        attributes[key!] = checkText(value!);
      }
      const element = { name: name!, attributes, text: '' };
      elements.push(element);
      if (!selfClosing) stack.push(element);
    }
    rest = rest.slice(open + whole.length);
  }
  assert.equal(stack.length, 0, 'unclosed elements');
  return elements;
}

const render = (changes: Partial<ConformanceStatement> = {}, options: BadgeSvgOptions = {}) =>
  renderBadgeSvg(statement(changes), { now: NOW, ...options });

describe('renderBadgeSvg', () => {
  test('a two-part badge: standard and version; status in words and icon, and the expiry', () => {
    const svg = render();
    const elements = parseXml(svg);
    const root = elements[0]!;
    assert.equal(root.name, 'svg');
    assert.equal(root.attributes.xmlns, 'http://www.w3.org/2000/svg');
    assert.equal(root.attributes.role, 'img');
    assert.equal(root.attributes.lang, 'en');
    assert.equal(
      root.attributes['aria-label'],
      'Manchester University NHS Foundation Trust: DSPT 2022-23, Conformant, valid until 30 June 2026.',
    );
    assert.equal(elements.find((e) => e.name === 'title')?.text, root.attributes['aria-label']);
    const texts = elements.filter((e) => e.name === 'text').map((e) => e.text);
    assert.deepEqual(texts, ['DSPT 2022-23', 'Conformant · until 30 Jun 2026']);
    assert.ok(elements.some((e) => e.name === 'path' && e.attributes.d === statusDisplays.conformant.icon.path));
  });

  test('every status, in English and Welsh: its words and its icon from statusDisplays', () => {
    for (const status of statuses) {
      for (const lang of ['en', 'cy'] as const) {
        const elements = parseXml(render({ status }, { lang }));
        const display = statusDisplays[status];
        assert.ok(
          elements.some((e) => e.name === 'text' && e.text.startsWith(display.label[lang])),
          `${status} ${lang}`,
        );
        assert.ok(
          elements.some((e) => e.name === 'path' && e.attributes.d === display.icon.path),
          `${status} icon`,
        );
        assert.match(elements[0]!.attributes['aria-label']!, new RegExp(display.label[lang]));
        assert.equal(elements[0]!.attributes.lang, lang);
      }
    }
  });

  test('an expired statement says "expired" and turns neutral; the words and icon stay', () => {
    const svg = render({ expires: '2024-12-31' });
    assert.match(svg, />Conformant · expired 31 Dec 2024</);
    assert.match(svg, /aria-label="[^"]*expired on 31 December 2024\./);
    assert.match(svg, new RegExp(`fill="${toneColours.neutral.background}"`));
    assert.match(render({ expires: '2024-12-31' }, { lang: 'cy' }), />Yn cydymffurfio · daeth i ben 31 Rhag 2024</);
    // Still in force on its expiry day.
    assert.match(render({ expires: '2025-01-15' }), /until 15 Jan 2025/);
    assert.match(render({ expires: undefined }), /aria-label="[^"]*no expiry date\."/);
  });

  test('"verified" only when the caller says so, with the issuer in the sentence', () => {
    assert.doesNotMatch(render(), /verified/i);
    assert.match(render({}, { verified: true }), />Conformant · until 30 Jun 2026 · verified</);
    assert.match(render({}, { verified: { issuer: 'NHS England' } }), /Signature verified, issued by NHS England\./);
    // Two assertions, not one pattern with two alternatives: the Welsh badge must say both that it
    // is verified and who issued it (an alternation passed with the issuer dropped).
    const welsh = render({}, { verified: { issuer: 'GIG Cymru' }, lang: 'cy' });
    assert.match(welsh, /wedi’i wirio</, 'the Welsh badge says it is verified');
    assert.match(welsh, /Llofnod wedi’i wirio, cyhoeddwyd gan GIG Cymru\./, 'the Welsh badge names its issuer');
  });

  test('deterministic: the same statement gives the same bytes', () => {
    const long = {
      subject: { type: 'product' as const, name: 'Ysbyty Gwynedd ŵ ŷ', product: { name: 'Acme EPR', version: '4.2' } },
    };
    for (const lang of ['en', 'cy'] as const)
      assert.equal(render(long, { lang }), render(structuredClone(long), { lang }));
    assert.doesNotMatch(render(), /\bid="/, 'no ids that could collide on a page');
  });

  test('at most 2048 bytes, whatever the statement; realistic badges well under', () => {
    const long = 'Data Security and Protection Toolkit for Health and Social Care Organisations in England and Wales '
      .repeat(5)
      .slice(0, 500);
    const hostile = [
      '&'.repeat(500),
      '"'.repeat(500),
      '😀'.repeat(250),
      `a${'\u0301'.repeat(499)}`,
      '<'.repeat(500),
      "'".repeat(500),
      '👨‍👩‍👧‍👦'.repeat(45),
    ];
    const sizes: number[] = [];
    for (const text of [long, ...hostile]) {
      for (const lang of ['en', 'cy'] as const) {
        for (const verified of [undefined, { issuer: text }]) {
          for (const status of statuses) {
            const svg = render(
              {
                status,
                subject: { type: 'product', name: text, product: { name: text, version: text } },
                standard: { id: 'dspt', version: 'v'.repeat(128), name: text },
              },
              { lang, verified },
            );
            sizes.push(bytes(svg));
            assert.ok(bytes(svg) <= MAX_BADGE_BYTES, `${bytes(svg)} bytes for ${text.slice(0, 10)}`);
            parseXml(svg);
          }
        }
      }
    }
    assert.ok(bytes(render()) < 1000, `${bytes(render())}`);
  });

  test('a long standard name is cut with an ellipsis by width; its version is kept', () => {
    const svg = render({
      standard: {
        id: 'dtac',
        version: '2024',
        name: 'Digital Technology Assessment Criteria for Health and Social Care',
      },
    });
    const [left] = parseXml(svg).filter((e) => e.name === 'text');
    assert.match(left!.text, /^Digital Technology Assessment.*… 2024$/);
    assert.ok(Number(left!.attributes.textLength) <= 200);
    // And the full name is in the accessible sentence.
    assert.match(svg, /aria-label="[^"]*Digital Technology Assessment Criteria for Health and Social Care 2024/);
  });

  test('the boxes are as wide as the texts they hold: nothing overflows', () => {
    for (const name of ['W'.repeat(60), 'i'.repeat(60), 'Mm', 'Yn cydymffurfio’n rhannol', '漢字テキスト', '😀😀']) {
      for (const status of statuses) {
        const elements = parseXml(render({ status, standard: { id: 'x', name } }, { lang: 'cy', verified: true }));
        const width = Number(elements[0]!.attributes.width);
        const [left, right] = elements.filter((e) => e.name === 'text');
        const split = Number(/^M(\d+) /.exec(elements.find((e) => e.name === 'path')!.attributes.d!)![1]);
        assert.ok(
          Number(left!.attributes.x) + Number(left!.attributes.textLength) <= split - 5,
          `left overflows for ${name}`,
        );
        assert.ok(
          Number(right!.attributes.x) + Number(right!.attributes.textLength) <= width - 6,
          `right overflows for ${name}`,
        );
        assert.equal(Number(left!.attributes.textLength), Math.ceil(textWidth(left!.text, 11) * 10) / 10);
        assert.equal(left!.attributes.lengthAdjust, 'spacingAndGlyphs');
      }
    }
  });

  test('text and background contrast at least 4.5:1 for every colour pair', () => {
    for (const colours of [standardColours, ...Object.values(toneColours)]) {
      assert.ok(
        contrastRatio(colours.text, colours.background) >= 4.5,
        `${colours.text} on ${colours.background}: ${contrastRatio(colours.text, colours.background)}`,
      );
    }
    assert.equal(contrastRatio('#000000', '#ffffff'), 21);
    assert.equal(contrastRatio('#777777', '#777777'), 1);
  });

  test('refuses a statement that is not valid', () => {
    assert.throws(() => renderBadgeSvg({ ...statement(), status: 'compliant' } as never), {
      code: 'ERR_INVALID_DOCUMENT',
    });
  });
});

describe('renderBadgeSvg against injection', () => {
  const payloads = [
    '<script>alert(1)</script>',
    '"><svg onload=alert(1)>',
    "'><img src=x onerror=alert(1)>",
    '&amp; & &lt; &#60; &#x3C;',
    ']]><script>alert(1)</script><![CDATA[',
    '<!-- comment --><?xml-stylesheet href="evil.css"?>',
    '<foreignObject><iframe src="javascript:alert(1)"/></foreignObject>',
    '\u0000\u0001\u001b[31m\u202Etnamrofnoc\u202C \uFFFF \ud800',
    'xlink:href="javascript:alert(1)" style="fill:red"',
  ];
  const fields: [string, (payload: string) => Partial<ConformanceStatement>, BadgeSvgOptions?][] = [
    ['subject.name', (p) => ({ subject: { type: 'organisation', name: p } })],
    ['subject.product', (p) => ({ subject: { type: 'product', name: 'Acme', product: { name: p, version: p } } })],
    ['standard.name', (p) => ({ standard: { id: 'dspt', version: '1', name: p } })],
    [
      'issuer.name and verified.issuer',
      (p) => ({ issuer: { id: 'https://x.example/', name: p } }),
      { verified: { issuer: '' } },
    ],
    ['statusDetail and scope', (p) => ({ statusDetail: p, scope: p })],
  ];

  for (const [field, change, extra] of fields) {
    test(`every payload in ${field} appears only escaped`, () => {
      for (const payload of payloads) {
        for (const lang of ['en', 'cy'] as const) {
          const options = extra?.verified ? { verified: { issuer: payload }, lang } : { lang };
          const svg = render(change(payload), options);
          const elements = parseXml(svg);
          assert.deepEqual(
            [...new Set(elements.map((e) => e.name))].sort(),
            ['g', 'path', 'rect', 'svg', 'text', 'title'],
            payload,
          );
          for (const element of elements) {
            for (const attribute of Object.keys(element.attributes))
              assert.doesNotMatch(attribute, /^on|href|style/i, `${attribute} in ${payload}`);
          }
          assert.doesNotMatch(svg, /<script|<img|<iframe|<foreignObject|<!\[CDATA|<!--|<\?/i);
          assert.doesNotMatch(svg, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\uffff]/);
          assert.doesNotMatch(svg, /[\ud800-\udbff](?![\udc00-\udfff])/);
          assert.ok(bytes(svg) <= MAX_BADGE_BYTES);
        }
      }
    });
  }
});

describe('text widths', () => {
  test('follow Arial: narrow letters narrow, wide letters wide, accents free, other scripts generous', () => {
    assert.ok(textWidth('iiii', 11) < textWidth('WWWW', 11));
    assert.equal(textWidth('ŵŷâ', 11), textWidth('wya', 11));
    assert.equal(textWidth('', 11), 0);
    assert.ok(textWidth('漢', 11) >= 11);
    assert.equal(Math.round(textWidth('Conformant', 11) * 100) / 100, 57.47);
  });

  test('fitText cuts whole characters and adds an ellipsis; short texts are kept as they are', () => {
    assert.equal(fitText('DSPT', { maxWidth: 100, fontSize: 11 }), 'DSPT');
    assert.equal(
      fitText('Data Security and Protection Toolkit', { maxWidth: 100, fontSize: 11 }),
      'Data Security and…',
    );
    const family = '👨‍👩‍👧‍👦';
    assert.equal(fitText(family.repeat(10), { maxWidth: 30, fontSize: 11 }), `${family}…`);
    assert.ok(fitText('x'.repeat(500), { maxWidth: Infinity, fontSize: 11, maxLength: 20 }).length <= 20);
  });
});
