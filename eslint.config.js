import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

import { layersPlugin } from './scripts/eslint/import-layers.mjs'
import { kioskPlugin } from './scripts/eslint/no-untranslated-jsx-text.mjs'

/** Import boundaries (STYLE.md 5): shared/ is pure; renderer/ and electron/ never meet. */
const forbid = (groups, message, extra = []) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }, ...extra] }],
})
const rendererOnlyTalksThroughTheBridge = [
  ['**/electron/**', 'electron', 'node:*'],
  'The renderer talks to main only through window.kiosk.',
]

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'dist-preview', 'coverage', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-expect-error': 'allow-with-description' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.strict,
    languageOptions: { ...jsxA11y.flatConfigs.strict.languageOptions, globals: globals.browser },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: forbid(...rendererOnlyTalksThroughTheBridge),
  },
  {
    // Every word on screen comes from the translations (scripts/eslint/no-untranslated-jsx-text.mjs).
    files: ['renderer/**/*.tsx'],
    plugins: { kiosk: kioskPlugin },
    rules: { 'kiosk/no-untranslated-jsx-text': 'error' },
  },
  {
    // Imports point down. A feature never imports another feature or the app shell
    // (renderer/app/ composes them); shared layers import neither (scripts/eslint/import-layers.mjs).
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/imports-point-down': 'error' },
  },
  {
    // No import cycles, type imports included, across everything that ships.
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts', 'electron/**/*.ts'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/no-import-cycles': 'error' },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: forbid(
      ['**/renderer/**', 'react', 'react-dom'],
      'Main and preload never import renderer code.',
    ),
  },
  {
    files: ['electron/main/index.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: forbid(
      ['**/renderer/**', '**/electron/**', 'electron', 'react', 'react-dom', 'node:*'],
      'shared/ is pure TypeScript: no Electron, no DOM, no Node built-ins.',
    ),
  },
  {
    files: [
      'scripts/**/*.{js,mjs}',
      'tests/**/*.{ts,tsx,mjs}',
      '*.config.{js,ts}',
      'electron.vite.config.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    // The bench's in-page functions run inside Chromium (serialised by Playwright).
    files: ['scripts/bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  prettier,
)
