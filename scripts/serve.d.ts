// Types of serve.js, for the TypeScript scripts that start its server.
import type { Server } from 'node:http';

/** Serves the examples and the built bundles under the examples' Content-Security-Policy. Port 0 picks a free port. */
export function startServer(port?: number, host?: string): Promise<Server>;
