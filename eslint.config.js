import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * SQL lives only in electron/library/: elsewhere, no statement is prepared or run and no
 * transaction or pragma is opened (a RegExp's exec takes a variable, db.exec takes SQL text).
 */
const sqlCalls = [
  {
    selector: 'CallExpression[callee.property.name=/^(prepare|transaction|pragma)$/]',
    message: 'SQL belongs in electron/library/: add a named function to electron/library/queries/.',
  },
  {
    selector: "CallExpression[callee.property.name='exec'][arguments.0.type=/^(Literal|TemplateLiteral)$/]",
    message: 'SQL belongs in electron/library/: add a named function to electron/library/queries/.',
  },
];

/** In the library, statements are prepared in one place (statements.ts), once per SQL text. */
const uncachedPrepare = [
  {
    selector: "CallExpression[callee.property.name='prepare']",
    message: 'Use sql`...` with all/one/run from electron/library/statements.ts, or prepared(db, text): it caches.',
  },
];

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'http'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Only the Electron shell may touch Electron; everything else must run under plain Node.
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only electron/shell/ may import Electron.' }],
        },
      ],
    },
  },
  {
    files: ['electron/**', 'shared/**', 'renderer/**'],
    ignores: [
      'electron/library/**',
      // Temporary: the tracker's report query moves into electron/library/queries/tracker.ts
      // with the tracker work going on in parallel (issue 17); remove this line then.
      'electron/tracker/reports/outstanding-data.ts',
    ],
    rules: {
      'no-restricted-syntax': ['error', ...sqlCalls],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Only electron/shell/ may import Electron.' },
            { name: 'better-sqlite3', message: 'Only electron/library/ opens and queries the library.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/library/**'],
    ignores: [
      'electron/library/statements.ts',
      'electron/library/open-library.ts',
      'electron/library/migrations/**',
      'electron/library/integrity-check.ts',
      'electron/library/backup.ts',
      // Temporary, as above: the tracker's queries are being reworked in parallel (issue 17).
      'electron/library/queries/tracker.ts',
      'electron/library/sync/queue-tracker-change.ts',
    ],
    rules: { 'no-restricted-syntax': ['error', ...uncachedPrepare] },
  },
  {
    files: ['electron/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'better-sqlite3', message: 'Only electron/library/ opens and queries the library.' }] },
      ],
    },
  },
  {
    files: ['electron/library/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only electron/shell/ may import Electron.' }] },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'electron',
                'react',
                'react-dom',
                'better-sqlite3',
                ...nodeBuiltins,
                '../electron/*',
                '../renderer/*',
              ],
              message: 'shared/ holds only types and the contract: no Node, DOM, Electron or React.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'better-sqlite3', ...nodeBuiltins, '**/electron/**'],
              message: 'The renderer reaches the main process only through renderer/api/client.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
