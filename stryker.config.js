// Mutation testing of the codec kit (`npm run mutate`): StrykerJS mutates src/codec and runs the tests of
// test/codec against each mutant; a mutant that no test kills changes code that no test pins down. Not part
// of CI (`npm test`): a run takes minutes. Surviving mutants that change no answer are listed, each with
// its reason, in test/codec/MUTATION.md.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: ['src/codec/**/*.ts', '!src/codec/index.ts'],
  coverageAnalysis: 'perTest',
  // Not copied to Stryker's sandbox: builds, reports, and the scratch files other test runs come and go in.
  ignorePatterns: ['/.tmp', '/dist', '/coverage', '/docs', '/build-tsc', '/bench', '/examples', '/test-results'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  // A sandbox directory of its own (Stryker deletes it after a run), beside those of other mutation runs.
  tempDirName: '.stryker-tmp/codec',
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  concurrency: 2,
  // A mutant of module-level code runs every test of test/codec in a fresh runner: tens of seconds on a busy machine.
  timeoutMS: 60_000,
  thresholds: { high: 100, low: 95, break: null },
}

export default config
