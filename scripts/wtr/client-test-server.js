// Starts the client's test server (packages/core/test/support/server.ts) beside
// @web/test-runner, with a published fixture tree, and tells the test pages where it is:
// GET /__client-test-server answers { "url": "http://127.0.0.1:PORT" }. The browser tests then
// run the same cases as the Node tests, cross-origin, against a real HTTP server.
import { tsImport } from 'tsx/esm/api';

const ENDPOINT = '/__client-test-server';

export function clientTestServerPlugin() {
  let server;
  let tree;
  let colon;
  return {
    name: 'openmaturity-client-test-server',
    async serverStart() {
      // The server and fixtures are TypeScript; tsx loads them in this Node process.
      const { startTestServer } = await tsImport('../../packages/core/test/support/server.ts', import.meta.url);
      const { publishTree, colonDocuments, formerTreeOf } = await tsImport(
        '../../packages/core/test/support/fixture-tree.ts',
        import.meta.url,
      );
      tree = await publishTree();
      // Ids with a colon as publish wrote them before they were escaped, at /{ns}/former/.
      colon = await publishTree(colonDocuments());
      server = await startTestServer({ tree: tree.out, former: formerTreeOf(colon.out) });
    },
    async serverStop() {
      await server?.close();
      tree?.remove();
      colon?.remove();
    },
    serve(context) {
      if (context.path === ENDPOINT) return { body: JSON.stringify({ url: server.url }), type: 'json' };
      return undefined;
    },
  };
}
