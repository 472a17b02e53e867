// Builds @openmaturity/core and @openmaturity/widgets as ESM libraries (dependencies left
// external), and the widgets' all-in-one bundle for a <script type="module"> from a CDN.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' });

// Unresolved imports and missing exports are warnings by default and the build exits 0: fail.
const onwarn = (warning, warn) => {
  if (warning.code === 'UNRESOLVED_IMPORT' || warning.code === 'MISSING_EXPORT') throw new Error(warning.message);
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
  warn(warning);
};

const external = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

export default [
  {
    input: { index: 'packages/core/src/index.ts', cli: 'packages/core/src/cli/main.ts' },
    output: { dir: 'packages/core/dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js' },
    external,
    plugins: [typescript()],
    onwarn,
  },
  {
    input: {
      index: 'packages/widgets/src/index.ts',
      'conformance-badge': 'packages/widgets/src/conformance-badge/define.ts',
      scorecard: 'packages/widgets/src/scorecard/define.ts',
      'priority-checklist': 'packages/widgets/src/priority-checklist/define.ts',
    },
    output: { dir: 'packages/widgets/dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js' },
    external,
    plugins: [typescript()],
    onwarn,
  },
  // One self-contained file per CDN entry: a page loads exactly one script, with no chunks.
  ...Object.entries({
    'openmaturity-widgets': 'packages/widgets/src/index.ts',
    'om-conformance-badge': 'packages/widgets/src/conformance-badge/define.ts',
    'om-scorecard': 'packages/widgets/src/scorecard/define.ts',
    'om-priority-checklist': 'packages/widgets/src/priority-checklist/define.ts',
  }).map(([name, input]) => ({
    input,
    output: { file: `packages/widgets/dist/cdn/${name}.js`, format: 'es' },
    plugins: [nodeResolve({ browser: true, exportConditions: ['openmaturity-source', 'production'] }), typescript(), terser({ format: { comments: false } })],
    onwarn,
  })),
];
