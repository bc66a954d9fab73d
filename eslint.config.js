// The architecture, written as lint rules so a newcomer learns it from the
// first error:
//   src/app       router, layout, error pages; may import everything below
//   src/features  one folder per feature; never another feature, never app
//   src/shared, src/i18n, src/content   shared code; never features or app
//   src/build     Node-only build tooling (content loader, Vite plugin);
//                 nothing that runs in the browser may import it
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const browserCode = ['./src/app', './src/features', './src/shared', './src/i18n', './src/content/content.ts', './src/main.tsx'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'reports/', '.stryker-tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Loaders throw react-router's data() to reach the route's error boundary.
      '@typescript-eslint/only-throw-error': [
        'error',
        { allow: [{ from: 'package', package: 'react-router', name: ['DataWithResponseInit', 'Response'] }] },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'Cross-feature imports are not allowed: move shared code to src/shared.',
            })),
            { target: './src/features', from: './src/app', message: 'Features must not import from the app layer.' },
            {
              target: ['./src/shared', './src/i18n', './src/content'],
              from: ['./src/features', './src/app'],
              message: 'Shared code must not import from features or the app.',
            },
            ...browserCode.map((target) => ({
              target,
              from: ['./src/build', './src/content/schema.ts'],
              message: 'Browser code must not import build tooling or the content schema (zod stays out of the bundle).',
            })),
          ],
        },
      ],
    },
  },
  {
    // The machine-state records come from xstate's generic setup(); the
    // assertions there only give the types to setup() and never touch data.
    // The deep copy without prototypes keeps the shape it copies; a generic
    // function cannot tell TypeScript so without an assertion.
    // The worker's global scope: with the DOM library loaded for the app,
    // TypeScript types `self` as a window; one assertion names it truly.
    files: ['src/features/wizard/wizard-machine.ts', 'src/content/null-prototype.ts', 'src/features/logs/analyzer.worker.ts'],
    rules: { '@typescript-eslint/consistent-type-assertions': 'off' },
  },
  {
    files: ['src/build/**', 'e2e/**', '*.config.ts', '*.config.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tests are relaxed on purpose: they poke at internals and build fixtures.
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**'],
    rules: {
      '@typescript-eslint/consistent-type-assertions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Unit tests of browser code load the real content with the Node loader.
      'import-x/no-restricted-paths': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
