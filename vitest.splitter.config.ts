import { defineConfig } from 'vitest/config'

// The tests `npm run mutate:splitter` (StrykerJS, stryker.splitter.config.mjs) runs against each mutant of
// src/read/json-splitter.ts: those of test/read. Chosen here rather than with Stryker's `testFiles`, for the
// reason vitest.mutation.config.ts gives (stryker-js#6144).
export default defineConfig({
  test: {
    include: ['test/read/**/*.test.ts'],
    testTimeout: 60_000,
  },
})
