// Mutation testing of the record-boundary scanner (`npm run mutate:splitter`): StrykerJS mutates
// src/read/json-splitter.ts and runs the tests of test/read against each mutant; a mutant that no test kills
// changes code that no test pins down. Not part of CI (`npm test`): a run takes minutes. Surviving mutants
// that change no answer are listed, each with its reason, in test/read/MUTATION.md.
// The codec kit has its own run (`npm run mutate`, stryker.config.js); this one shares its sandbox rules.
import base from './stryker.config.js'

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  ...base,
  vitest: { configFile: 'vitest.splitter.config.ts', related: false },
  mutate: ['src/read/json-splitter.ts'],
  // A sandbox directory of its own, so that this run and `npm run mutate` can run side by side.
  tempDirName: '.stryker-tmp/splitter',
  htmlReporter: { fileName: 'reports/mutation/splitter/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/splitter/mutation.json' },
  thresholds: { high: 95, low: 90, break: null },
}

export default config
