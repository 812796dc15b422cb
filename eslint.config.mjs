// Lint: typescript-eslint everywhere, plus the layer rules of docs/ARCHITECTURE.md:
// the renderer imports no Node, no Electron, no SQL and no core (bar pure core/vn/format);
// core, api, web and cli import no Electron.
import js from '@eslint/js';
import globals from 'globals';
import { builtinModules } from 'node:module';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins.map((name) => ({ name, message: 'The renderer must not use Node: go through the API client.' })),
            { name: 'electron', message: 'The renderer must not import Electron: use the API client.' },
            { name: 'better-sqlite3', message: 'No SQL in the renderer.' },
            { name: 'kysely', message: 'No SQL in the renderer.' },
          ],
          patterns: [
            {
              group: ['**/src-main/core/**'],
              message: 'The renderer talks to the core only through the API client (shared formats: api/contract/vn-format).',
            },
            {
              group: ['**/src-main/api/handlers/**', '**/src-main/api/dispatch', '**/src-main/electron/**', '**/src-main/web/**', '**/src-main/cli/**'],
              message: 'The renderer may import only the API contract (src-main/api/contract).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/core/**/*.ts', 'src-main/api/**/*.ts', 'src-main/web/**/*.ts', 'src-main/cli/**/*.ts', 'seeds/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Electron belongs in src-main/electron only: the core runs without it.' }],
          patterns: [{ group: ['**/electron/**', '**/src-main/electron'], message: 'Only the Electron door may import Electron code.' }],
        },
      ],
    },
  },
  {
    files: ['src-main/core/vn/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: nodeBuiltins.map((name) => ({ name, message: 'core/vn is pure: the renderer shares it.' })) },
      ],
    },
  },
);
