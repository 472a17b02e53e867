// The widgets' version, from their package.json, as the `define` that rollup and the test runner
// give esbuild: packages/widgets/src/internal/version.ts reads it.
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../packages/widgets/package.json', import.meta.url), 'utf8'));

export const widgetsVersion = version;
export const versionDefine = { __OPENMATURITY_WIDGETS_VERSION__: JSON.stringify(version) };
