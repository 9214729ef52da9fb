// ESLint flat config: typescript-eslint with type information, zero warnings allowed.
import { defineConfig, globalIgnores } from 'eslint/config'
import tseslint from 'typescript-eslint'
import { serviceFolders } from './scripts/generated-services.mjs'

// Generated services are checked where they come from: the generator is linted, and a test fails when a
// generated file differs from what the generator writes (test/codegen/). Linting 400 tables adds nothing.
const generated = serviceFolders(import.meta.dirname).generated.map((name) => `src/aws/${name}/`)

export default defineConfig(
  globalIgnores(['dist/', 'coverage/', 'docs/api/', 'build-tsc/', 'bench/out/', '.tmp/', 'node_modules/', '.stryker-tmp/', ...generated]),
  {
    files: ['**/*.{ts,mts,cts,js,mjs,cjs}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      // Type-only imports stay type-only (matches `verbatimModuleSyntax`).
      '@typescript-eslint/consistent-type-imports': 'error',
      // Unused bindings are dead code; a leading underscore marks a deliberate one.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // A forgotten `await` on a promise silently drops its errors.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // Tests assert what they just checked (`records[0]!`), pass codec methods to `expect`, and
    // compare decoded values with the raw JSON they came from (`JSON.parse(text).userIdentity`),
    // and build async iterables from fixed chunks (`async function* () { yield bytes }`).
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
)
