/**
 * The client's cases (test/support/client-cases.ts) in Chromium, against the same real HTTP
 * server as the Node tests, on another origin: so CORS, exposed headers, preflights for
 * conditional requests and the browser's own fetch are all part of the test. The server is
 * started by scripts/wtr/client-test-server.js.
 */
import { clientCases } from '../support/client-cases.js';

describe('client, in the browser, against a loopback server', () => {
  let server = '';
  before(async () => {
    const response = await fetch('/__client-test-server');
    if (!response.ok)
      throw new Error(
        'No client test server: add clientTestServerPlugin() (scripts/wtr/client-test-server.js) to the plugins of web-test-runner.config.js',
      );
    server = ((await response.json()) as { url: string }).url;
  });

  for (const { name, run } of clientCases) it(name, () => run(server));
});
