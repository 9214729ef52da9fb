import { createRequire } from 'node:module'
import { defineConfig } from 'vitest/config'

// Two TypeScript versions are installed (`typescript` 6.0 and the `typescript5` alias), and both
// ship a `tsc` binary, so `node_modules/.bin/tsc` may be either one. Type tests use the pinned 6.0.
const pinnedTsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')

export default defineConfig({
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
