/**
 * The one order every element looks for its data in: properties, else the URL, else the
 * documents inline in it; and nothing when it was given none.
 */
import { expect } from '@open-wc/testing';
import { isInvalidDocumentError } from '@openmaturity/core/format';
import { inlineDocuments, loadFromSources, type Sources } from './data-source.js';

/** An element with one inline document, `{ "from": "inline" }`. */
function host(inline = true): HTMLElement {
  const element = document.createElement('div');
  if (inline) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ from: 'inline' });
    element.append(script);
  }
  return element;
}

const sources = (over: Partial<Sources<unknown[], string>>): Sources<unknown[], string> => ({
  properties: undefined,
  fetch: async (src) => ({ value: `fetched ${src}`, stale: false }),
  inline: (documents) => (documents.length === 0 ? undefined : documents),
  read: (given) => JSON.stringify(given),
  ...over,
});

describe('loadFromSources', () => {
  it('reads the properties first, at once, even when a URL and inline documents are there', () => {
    const loaded = loadFromSources(host(), sources({ properties: [{ from: 'property' }], src: 'a.json' }));
    expect(loaded).to.deep.equal({ value: '[{"from":"property"}]', stale: false });
  });

  it('reads the URL when no property is set, and not the inline documents', async () => {
    const loaded = loadFromSources(host(), sources({ src: 'a.json' }));
    expect(loaded).to.be.instanceOf(Promise);
    expect(await loaded).to.deep.equal({ value: 'fetched a.json', stale: false });
  });

  it('reads the inline documents when there is neither a property nor a URL', () => {
    expect(loadFromSources(host(), sources({}))).to.deep.equal({ value: '[{"from":"inline"}]', stale: false });
  });

  it('gives nothing when the element was given nothing, or what it was given holds no data', () => {
    expect(loadFromSources(host(false), sources({}))).to.equal(undefined);
    expect(loadFromSources(host(), sources({ properties: [], read: () => undefined }))).to.equal(undefined);
  });

  it('lets a validation error through, for the element to show', () => {
    const read = () => {
      throw new Error('not valid');
    };
    expect(() => loadFromSources(host(), sources({ read }))).to.throw('not valid');
  });
});

describe('inlineDocuments', () => {
  const holding = (...texts: string[]) => {
    const element = document.createElement('div');
    for (const text of texts) {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = text;
      element.append(script);
    }
    return element;
  };

  it('reads each script as a document or an array of them, and passes text that is not JSON on as text', () => {
    expect(inlineDocuments(holding('{"a":1}', '[{"b":2},{"c":3}]', '{ broken'))).to.deep.equal([
      { a: 1 },
      { b: 2 },
      { c: 3 },
      '{ broken',
    ]);
  });

  it('refuses a member name used twice, naming the script and the path, as every reader of JSON does', () => {
    const text = '{"kind":"ConformanceStatement","status":"not-conformant","status":"conformant"}';
    let thrown: unknown;
    try {
      inlineDocuments(holding('{"a":1}', text));
    } catch (error) {
      thrown = error;
    }
    expect(isInvalidDocumentError(thrown), String(thrown)).to.equal(true);
    const error = thrown as Error & { issues: { code: string; path: (string | number)[] }[] };
    expect(error.issues[0]!.code).to.equal('duplicate_key');
    expect(error.issues[0]!.path).to.deep.equal(['status']);
    expect(error.message).to.contain('inline script 2');
  });
});
