import { defineConfig } from 'vitest/config'

// The tests `npm run mutate` (StrykerJS, stryker.config.js) runs against each mutant of src/codec: those of
// test/codec. Chosen here rather than with Stryker's `testFiles`, which makes Stryker 9 activate a mutant of
// module-level code after the module has loaded (stryker-js#6144), so such mutants survive every test.
export default defineConfig({
  test: {
    include: ['test/codec/**/*.test.ts'],
    testTimeout: 60_000,
  },
})
