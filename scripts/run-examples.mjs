// Type-checks every program in examples/ against the built package, then runs each one.
// The examples import 'cloudtrail-codecs' (the package's own name), so `npm run build` comes first.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const examples = join(root, 'examples')
const require = createRequire(import.meta.url)
// Both `typescript` (6.0) and the `typescript5` alias install a `tsc` binary; use the pinned one.
const tsc = require.resolve('typescript/bin/tsc')

if (!existsSync(join(root, 'dist', 'index.d.ts'))) {
  console.error('run-examples: dist/ is missing; run `npm run build` first')
  process.exit(1)
}

/**
 * Runs a command, streaming its output; exits the script when it fails.
 *
 * @param {string} label - what the command does, for the log
 * @param {string[]} args - arguments after `node`
 */
function run(label, args) {
  console.log(`run-examples: ${label}`)
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', timeout: 120_000 })
  if (result.status !== 0) {
    console.error(`run-examples: ${label} failed (${result.error?.message ?? `exit ${String(result.status)}`})`)
    process.exit(1)
  }
}

run('type-check examples/', [tsc, '-p', join(examples, 'tsconfig.json')])

const programs = readdirSync(examples)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
  .sort()
if (programs.length === 0) {
  console.error('run-examples: no examples found')
  process.exit(1)
}
for (const name of programs) run(`examples/${name}`, ['--import', 'tsx', join(examples, name)])
console.log(`run-examples: ${programs.length} example(s) type-checked and run`)
