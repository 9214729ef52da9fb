// `npm run fuzz [-- <runs>]`: the property and robustness tests with many more inputs than `npm test`
// gives them (200,000 per property by default, instead of 10,000), and the adversarial inputs at full size
// (1,000,000 empty records instead of 200,000). The tests read the count from FUZZ_RUNS. Not part of CI:
// it takes a long time.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs')

const runs = process.argv[2] ?? process.env['FUZZ_RUNS'] ?? '200000'
if (!/^[1-9]\d*$/.test(runs)) {
  console.error(`fuzz: the number of runs must be a positive integer, not ${JSON.stringify(runs)}`)
  process.exit(2)
}

console.log(`fuzz: ${runs} inputs per property`)
const started = Date.now()
const result = spawnSync(
  process.execPath,
  [vitest, 'run', 'test/properties', 'test/robustness', '--typecheck.enabled=false', '--coverage.enabled=false'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs } },
)
console.log(`fuzz: ${result.status === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s`)
process.exit(result.status ?? 1)
