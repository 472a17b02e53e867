// custom-elements.json for @openmaturity/widgets, from the elements' JSDoc tags
// (@summary @slot @csspart @cssproperty @event): editors and IDEs read it.
export default {
  globs: ['packages/widgets/src/*/*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts', '**/define.ts', 'packages/widgets/src/internal/**'],
  outdir: 'packages/widgets',
  litelement: true,
};
