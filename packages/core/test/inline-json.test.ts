/**
 * Inline JSON for pages (format/inline-json.ts) and `openmaturity snippet`. Chromium's HTML
 * parser is the judge in packages/widgets/src/internal/inline-script.test.ts; here, that the text
 * reads back as the same value and holds nothing an HTML parser reacts to.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { runCli } from './support/cli.js';
import { inlineScript, scriptJson } from '../src/format/inline-json.js';
import { smallFramework } from './helpers.js';
import { tempDir } from './support/temp.js';

const cli = (...args: string[]) => runCli(args);

/** Strings made mostly of what HTML and JavaScript parsers react to. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<',
        '>',
        '&',
        '/',
        '!',
        '-',
        '"',
        '\\',
        'script',
        'SCRIPT',
        '</script',
        '<!--',
        '-->',
        '\u2028',
        '\u2029',
      ),
      fc.string({ unit: 'grapheme' }),
    ),
  )
  .map((parts) => parts.join(''));

describe('scriptJson', () => {
  test('property: JSON.parse reads the same value, and no <, >, &, U+2028 or U+2029 is left', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        hostileText,
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('node')),
        fc.dictionary(hostileText, tie('node')),
      ),
    })).node;
    fc.assert(
      fc.property(value, fc.constantFrom(undefined, 2), (v, space) => {
        const text = scriptJson(v, space);
        assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(v)));
        assert.doesNotMatch(text, /[<>&\u2028\u2029]/);
      }),
      { numRuns: 500 },
    );
  });

  test('the escapes are JSON escapes of the characters themselves', () => {
    assert.equal(scriptJson({ a: '</script>&\u2028' }), '{"a":"\\u003c/script\\u003e\\u0026\\u2028"}');
    assert.equal(inlineScript('<!--'), '<script type="application/json">"\\u003c!--"</script>');
    assert.throws(() => scriptJson(undefined), TypeError);
  });
});

describe('openmaturity snippet', () => {
  const dir = tempDir('openmaturity-snippet-');
  const framework = smallFramework({ name: 'Test </script><script>alert(1)</script> framework' });
  writeFileSync(join(dir, 'framework.json'), JSON.stringify(framework, null, 2));
  writeFileSync(join(dir, 'broken.json'), JSON.stringify({ ...framework, indicators: [] }));

  test('prints each valid document as a data block, wrapped in --element when given', async () => {
    const { code, stdout } = await cli('snippet', join(dir, 'framework.json'), '--element', 'om-scorecard');
    assert.equal(code, 0);
    assert.match(stdout, /^<om-scorecard>\n {2}<script type="application\/json">\{.*\}<\/script>\n<\/om-scorecard>\n$/);
    assert.equal(stdout.match(/<\/script/gi)?.length, 1, 'only the block’s own end tag');
    const json = stdout.slice(stdout.indexOf('>', stdout.indexOf('<script')) + 1, stdout.lastIndexOf('</script>'));
    assert.deepEqual(JSON.parse(json), framework);
  });

  test('refuses an invalid document and prints nothing; --element must be an element name', async () => {
    const broken = await cli('snippet', join(dir, 'framework.json'), join(dir, 'broken.json'));
    assert.equal(broken.code, 1);
    assert.equal(broken.stdout, '');
    assert.match(broken.stderr, /broken\.json: invalid document.*indicators/s);
    const element = await cli('snippet', join(dir, 'framework.json'), '--element', 'div><script');
    assert.equal(element.code, 2);
    assert.match(element.stderr, /--element must be a custom element's name/);
  });
});
