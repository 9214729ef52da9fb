import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Two TypeScript versions are installed (`typescript` 6.0 and the `typescript5` alias), and both
// ship a `tsc` binary, so `node_modules/.bin/tsc` may be either one. Type tests use the pinned 6.0.
const pinnedTsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')

const source = (path: string): string => fileURLToPath(new URL(path, import.meta.url))

export default defineConfig({
  // Generated services import the core by the package's own name (tsconfig.json maps it the same way).
  resolve: {
    alias: [
      { find: /^cloudtrail-codecs$/, replacement: source('./src/index.ts') },
      { find: /^cloudtrail-codecs\/aws\/([a-z0-9-]+)$/, replacement: source('./src/aws/$1/index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/consumer/**', '**/node_modules/**'],
    typecheck: {
      enabled: true,
      checker: pinnedTsc,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli/**', 'src/**/index.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 90 },
    },
  },
})
