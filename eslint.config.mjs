// Flat ESLint config. The boundaries of docs/architecture.md ("The document port and its adapters") hold here:
// only src/host and src/word touch the Office and Word globals; the pane reaches Word only from its entry file.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const officeGlobalsBan = [
  'error',
  {
    name: 'Office',
    message: 'Only src/host and src/word may touch Office; go through the DocumentPort or host.',
  },
  { name: 'Word', message: 'Only src/word may touch Word; go through the DocumentPort.' },
  { name: 'OfficeExtension', message: 'Only src/word may touch OfficeExtension.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/out/**', '.certs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'office-addins': officeAddins, 'react-hooks': reactHooks },
    rules: {
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-globals': officeGlobalsBan,
    },
  },
  {
    // CommonJS entry points and the scripts jest loads (it cannot import .mjs).
    files: ['bin/**/*.js', '**/*.cjs', 'jest.config.js', 'webpack.config.js', 'tests/setup/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The two doors to Office. Their tests run the real Office.js client over the simulated Word host.
    files: [
      'src/host/**',
      'src/word/**',
      'tests/word/**',
      'tests/word-host/**',
      'bench/measures/bytes.ts',
      'tests/fakes/**',
      'tests/host/**',
      'tests/commands/**',
      // The in-Word test kit runs the scenarios on real Word: it is a Word test harness, not product code.
      'tests/kit/**',
    ],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['src/**'],
    ignores: ['src/cli/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/cli/**', '**/cli'] }] },
  },
  {
    // The pane talks to Word through the DocumentPort: only its entry file builds the Word port.
    files: ['src/taskpane/**'],
    ignores: ['src/taskpane/index.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/cli/**', '**/cli'], message: 'Nothing imports the CLI.' },
            {
              group: ['**/word/**', '**/word'],
              message:
                'The pane uses the DocumentPort it is given; only src/taskpane/index.tsx imports src/word.',
            },
          ],
        },
      ],
    },
  },
  {
    // Nothing imports the CLI, and core imports no UI, Node or Office code.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-dom',
            '@fluentui/*',
            'node:*',
            'fs',
            'path',
            '**/word/**',
            '**/taskpane/**',
            '**/cli/**',
            '**/docx/**',
          ],
        },
      ],
    },
  },
);
