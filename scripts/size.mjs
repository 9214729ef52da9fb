// The size report: what a user's bundle pays for each import, and how long a consumer takes to type-check.
//
//   node scripts/size.mjs               bundles each case with esbuild (minified ESM, io-ts and fp-ts left
//                                       external) and checks the limits: a core import holds no service code
//   node scripts/size.mjs --typecheck   also times `tsc` on small consumers against one of io-ts alone, with
//                                       `skipLibCheck` false and true (a ratio of medians; timings vary, so
//                                       CI runs only the sizes)
//   node scripts/size.mjs --imports     also times importing the core, a service and every service in Node
//
// Run after `npm run build`: the cases import the package by its name, resolved through package.json
// `exports` to dist/, as a user's bundler resolves it.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const work = join(root, '.tmp', 'size')
const require = createRequire(import.meta.url)
const tsc = require.resolve('typescript/bin/tsc')
const KB = 1000

/**
 * One bundle to measure.
 * @typedef {object} SizeCase
 * @property {string} label - what the user imports
 * @property {string} source - the user's module
 * @property {number} [maxBytes] - the limit on the minified size
 * @property {string[]} [absent] - strings the bundle must not contain (code of services not imported)
 */

/** A Trusted Advisor API operation, a Support API operation and both services' event sources. */
const serviceMarkers = ['CreateCase', 'support.amazonaws.com', 'ListRecommendationResources', 'trustedadvisor.amazonaws.com']

/** @type {SizeCase[]} */
const cases = [
  {
    label: "import { parseRecords } from 'cloudtrail-codecs'",
    source: "import { parseRecords } from 'cloudtrail-codecs'\nconsole.log(parseRecords)",
    maxBytes: 45 * KB,
    absent: serviceMarkers,
  },
  {
    label: "import { describeCaller } from 'cloudtrail-codecs'",
    source: "import { describeCaller } from 'cloudtrail-codecs'\nconsole.log(describeCaller)",
    maxBytes: 30 * KB,
    absent: serviceMarkers,
  },
  {
    label: "import * from 'cloudtrail-codecs' (every export of the root)",
    source: "import * as all from 'cloudtrail-codecs'\nconsole.log(all)",
    absent: serviceMarkers,
  },
  {
    label: "parseRecords + 'cloudtrail-codecs/aws/support'",
    source:
      "import { parseRecords } from 'cloudtrail-codecs'\nimport { support } from 'cloudtrail-codecs/aws/support'\nconsole.log(parseRecords, support)",
    absent: ['ListRecommendationResources', 'trustedadvisor.amazonaws.com', 'supportapp.amazonaws.com'],
  },
  {
    label: "parseRecords + 'cloudtrail-codecs/aws/trustedadvisor'",
    source:
      "import { parseRecords } from 'cloudtrail-codecs'\nimport { trustedAdvisor } from 'cloudtrail-codecs/aws/trustedadvisor'\nconsole.log(parseRecords, trustedAdvisor)",
    absent: ['CreateCase', 'support.amazonaws.com'],
  },
  {
    label: "'cloudtrail-codecs/aws' (the hand-written services and every service's loader)",
    source: "import { awsServices, loadServices } from 'cloudtrail-codecs/aws'\nconsole.log(awsServices, loadServices)",
    absent: ['RunInstances', 'CreateAccessKey'],
  },
  {
    label: "parseRecords + 'cloudtrail-codecs/aws/iam' (generated)",
    source: "import { parseRecords } from 'cloudtrail-codecs'\nimport { iam } from 'cloudtrail-codecs/aws/iam'\nconsole.log(parseRecords, iam)",
    absent: ['RunInstances', 'CreateCase', 'support.amazonaws.com'],
  },
  {
    label: "parseRecords + 'cloudtrail-codecs/aws/ec2' (generated, the largest)",
    source: "import { parseRecords } from 'cloudtrail-codecs'\nimport { ec2 } from 'cloudtrail-codecs/aws/ec2'\nconsole.log(parseRecords, ec2)",
    absent: ['CreateAccessKey', 'CreateCase'],
  },
  {
    label: "'cloudtrail-codecs/audit'",
    source: "import { supportCaseTimelines } from 'cloudtrail-codecs/audit'\nconsole.log(supportCaseTimelines)",
    absent: ['ListRecommendationResources'],
  },
]

/** Makes `.tmp/size/node_modules/cloudtrail-codecs` the repository, so the package resolves by its own name. */
function linkPackage() {
  rmSync(work, { recursive: true, force: true })
  mkdirSync(join(work, 'node_modules'), { recursive: true })
  symlinkSync(root, join(work, 'node_modules', 'cloudtrail-codecs'), 'dir')
  for (const peer of ['io-ts', 'fp-ts']) symlinkSync(join(root, 'node_modules', peer), join(work, 'node_modules', peer), 'dir')
}

/**
 * Bundles one case.
 * @param {SizeCase} sizeCase
 * @param {number} at - its index, for the file name
 * @returns {Promise<{ minified: number, gzipped: number, found: string[] }>}
 */
async function measure(sizeCase, at) {
  const entry = join(work, `case-${at}.mjs`)
  writeFileSync(entry, sizeCase.source)
  // Code splitting, as a user's bundler does: what `import()` reaches (a service found by eventSource) goes
  // to chunks of its own, loaded when asked for; the entry's own chunk is what the import costs.
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    splitting: true,
    outdir: join(work, `out-${at}`),
    external: ['io-ts', 'fp-ts', 'io-ts/*', 'fp-ts/*'],
    write: false,
    logLevel: 'silent',
    absWorkingDir: work,
  })
  const own = result.outputFiles.find((file) => file.path.endsWith(`case-${at}.js`))
  // The entry and the chunks it imports statically (shared code lands in chunks even without import()).
  const statically = (/** @type {string} */ text, /** @type {Set<string>} */ seen) => {
    for (const match of text.matchAll(/from\s*"\.\/([^"]+)"|import\s*"\.\/([^"]+)"/g)) {
      const name = match[1] ?? match[2] ?? ''
      const chunk = result.outputFiles.find((file) => file.path.endsWith(`/${name}`))
      if (chunk === undefined || seen.has(chunk.path)) continue
      seen.add(chunk.path)
      statically(chunk.text, seen)
    }
    return seen
  }
  const reached = own === undefined ? new Set() : statically(own.text, new Set([own.path]))
  const text = result.outputFiles
    .filter((file) => reached.has(file.path))
    .map((file) => file.text)
    .join('\n')
  return {
    minified: Buffer.byteLength(text),
    gzipped: gzipSync(text).length,
    found: (sizeCase.absent ?? []).filter((marker) => text.includes(marker)),
  }
}

/**
 * A scratch project with one consumer file, for `tsc -p`.
 * @param {string} name - the consumer's folder name
 * @param {string} source - its text
 * @param {boolean} skipLibCheck - whether `tsc` skips checking the declaration files it reads
 * @returns {string} the project's folder
 */
function consumerProject(name, source, skipLibCheck) {
  const dir = join(work, `tsc-${name}-${skipLibCheck ? 'skip' : 'full'}`)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'consumer.ts'), source)
  const compilerOptions = { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', skipLibCheck, types: [] }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }))
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['consumer.ts'] }))
  symlinkSync(join(work, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return dir
}

/**
 * The median wall time of `tsc --noEmit` on each consumer, over several rounds. Each round runs every
 * consumer once, in turn, so that a load on the machine weighs on all of them alike and the ratios hold.
 * @param {Readonly<Record<string, string>>} consumers - name to source
 * @param {number} runs - how many rounds
 * @param {boolean} skipLibCheck - whether `tsc` skips checking the declaration files it reads
 * @returns {Record<string, number>} name to milliseconds
 */
function typecheckTimes(consumers, runs, skipLibCheck) {
  /** @type {Array<{ name: string, dir: string, times: number[] }>} */
  const projects = Object.entries(consumers).map(([name, source]) => ({ name, dir: consumerProject(name.replace(/\W+/g, '-'), source, skipLibCheck), times: [] }))
  for (let run = 0; run < runs; run++) {
    for (const { name, dir, times } of projects) {
      const started = process.hrtime.bigint()
      const result = spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' })
      times.push(Number(process.hrtime.bigint() - started) / 1e6)
      if (result.status !== 0) throw new Error(`tsc failed on ${name}:\n${result.stdout}${result.stderr}`)
    }
  }
  const median = (/** @type {number[]} */ values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN
  return Object.fromEntries(projects.map(({ name, times }) => [name, median(times)]))
}

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('size: dist/ is missing; run `npm run build` first')
  process.exit(1)
}
linkPackage()
let failed = 0
console.log('| import | minified | gzip | limit |')
console.log('| --- | ---: | ---: | --- |')
for (const [at, sizeCase] of cases.entries()) {
  const { minified, gzipped, found } = await measure(sizeCase, at)
  const over = sizeCase.maxBytes !== undefined && minified > sizeCase.maxBytes
  const limit = sizeCase.maxBytes === undefined ? '' : `≤ ${sizeCase.maxBytes / KB} KB`
  console.log(`| ${sizeCase.label} | ${(minified / KB).toFixed(1)} KB | ${(gzipped / KB).toFixed(1)} KB | ${limit}${over ? ' OVER' : ''} |`)
  if (over) failed++
  if (found.length > 0) {
    console.log(`size: the bundle of ${sizeCase.label} holds code it should not: ${found.join(', ')}`)
    failed++
  }
}

if (process.argv.includes('--typecheck')) {
  const runs = Number(process.env['SIZE_TSC_RUNS'] ?? 7)
  const loop = (/** @type {string} */ body) =>
    "import { parseRecords } from 'cloudtrail-codecs'\nimport { ec2 } from 'cloudtrail-codecs/aws/ec2'\nimport { iam } from 'cloudtrail-codecs/aws/iam'\n" +
    `for (const r of parseRecords('[]', { services: [ec2, iam] }).records) {\n${body}}\n`
  // The ways docs/services.md shows to narrow events of two large services, and the one it warns about.
  const consumers = {
    'io-ts alone': "import * as t from 'io-ts'\nexport const codec = t.string\n",
    parseRecords: "import { parseRecords } from 'cloudtrail-codecs'\nexport const { records } = parseRecords('[]')\n",
    'parseRecords + aws/support, narrowed':
      "import { parseRecords } from 'cloudtrail-codecs'\nimport { support } from 'cloudtrail-codecs/aws/support'\n" +
      "for (const r of parseRecords('[]', { services: [support] }).records) if (support.is(r) && r.eventName === 'CreateCase') console.log(r.requestParameters?.severityCode)\n",
    'aws/ec2 + aws/iam, one operation guard each':
      loop(
        '  if (ec2.operations.RunInstances.is(r)) console.log(r.requestParameters?.instanceType)\n' +
          '  if (iam.operations.CreateAccessKey.is(r)) console.log(r.requestParameters?.userName)\n',
      ),
    'aws/ec2 + aws/iam, switch on eventSource, then the service guard':
      loop(
        '  switch (r.eventSource) {\n' +
          "    case ec2.eventSource: if (ec2.is(r) && r.eventName === 'RunInstances') console.log(r.requestParameters?.instanceType); break\n" +
          "    case iam.eventSource: if (iam.is(r) && r.eventName === 'CreateAccessKey') console.log(r.requestParameters?.userName); break\n" +
          '  }\n',
      ),
    'aws/ec2 + aws/iam, two service guards in a row (slow, see docs/services.md)':
      loop(
        "  if (ec2.is(r) && r.eventName === 'RunInstances') console.log(r.requestParameters?.instanceType)\n" +
          "  if (iam.is(r) && r.eventName === 'CreateAccessKey') console.log(r.requestParameters?.userName)\n",
      ),
  }
  for (const skipLibCheck of [false, true]) {
    const times = typecheckTimes(consumers, runs, skipLibCheck)
    const base = times['io-ts alone'] ?? Number.NaN
    console.log(`\n| consumer, \`skipLibCheck: ${skipLibCheck}\` | tsc median (${runs} runs) | / io-ts alone |`)
    console.log('| --- | ---: | ---: |')
    for (const [name, ms] of Object.entries(times)) console.log(`| ${name} | ${(ms / 1000).toFixed(2)} s | ${(ms / base).toFixed(2)} |`)
  }
}
if (process.argv.includes('--imports')) {
  // Each in a fresh Node process, from the built package as a user imports it; medians of 5.
  const programs = {
    "import 'cloudtrail-codecs' (the core)": "await import('cloudtrail-codecs')",
    "import 'cloudtrail-codecs/aws/iam'": "await import('cloudtrail-codecs/aws/iam')",
    "import 'cloudtrail-codecs/aws/ec2' (the largest service)": "await import('cloudtrail-codecs/aws/ec2')",
    'loadAllServices() (every service)': "const { loadAllServices } = await import('cloudtrail-codecs/aws'); await loadAllServices()",
  }
  console.log('\n| import, in a fresh process | median of 5 |')
  console.log('| --- | ---: |')
  for (const [label, body] of Object.entries(programs)) {
    const program = `const started = performance.now(); ${body}; console.log(performance.now() - started)`
    /** @type {number[]} */
    const times = []
    for (let run = 0; run < 5; run++) {
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', program], { cwd: work, encoding: 'utf8' })
      if (result.status !== 0) throw new Error(`${label} failed:\n${result.stderr}`)
      times.push(Number(result.stdout.trim()))
    }
    times.sort((a, b) => a - b)
    console.log(`| ${label} | ${(times[2] ?? Number.NaN).toFixed(0)} ms |`)
  }
}
if (failed > 0) {
  console.error(`size: ${failed} check(s) failed`)
  process.exit(1)
}
