// Lint: correctness rules only; layout is Prettier's (eslint-config-prettier turns off the rules
// that would argue with it). `npm run lint` runs both, inside `npm test`, with no warnings allowed.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'docs/api/**',
      'packages/core/schema/**',
      '**/*.d.ts',
      '**/*.generated.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Control characters in patterns are deliberate: the format and the SVG badge refuse them.
      'no-control-regex': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'No innerHTML: render data through Lit templates.',
        },
        {
          selector: "CallExpression[callee.name='eval']",
          message: 'No eval: it breaks a strict Content-Security-Policy.',
        },
      ],
    },
  },
  {
    files: ['packages/widgets/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/widgets/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['**/*.test.ts', '**/test/**/*.ts', 'bench/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // chai's `expect(x).to.be.true` is an expression; tests mount hostile markup and numbers on purpose.
      '@typescript-eslint/no-unused-expressions': 'off',
      'no-loss-of-precision': 'off',
      'no-restricted-syntax': 'off',
    },
  },
  prettier,
);
