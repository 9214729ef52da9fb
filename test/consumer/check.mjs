// Installs the packed tarball into a scratch ESM project and a scratch CommonJS project,
// runs both under plain Node, and type-checks both under moduleResolution node16 and bundler
// with the pinned TypeScript (6.0) and with TypeScript 5.9 (the `typescript5` alias).
//
// No network: the tarball is extracted into node_modules/cloudtrail-codecs, and the repository's
// own io-ts, fp-ts and TypeScript installs are symlinked beside it (one io-ts instance, as the
// peer dependencies promise). Run after `npm run build`.
import { execFile, execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const execFileAsync = promisify(execFile)
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const linked = ['io-ts', 'fp-ts', 'typescript', 'typescript5']
const compilers = [
  { label: 'TypeScript 6.0', tsc: join(root, 'node_modules', 'typescript', 'bin', 'tsc') },
  { label: 'TypeScript 5.9', tsc: join(root, 'node_modules', 'typescript5', 'bin', 'tsc') },
]
const resolutions = [
  { label: 'node16', module: 'node16', moduleResolution: 'node16' },
  { label: 'bundler', module: 'esnext', moduleResolution: 'bundler' },
]

/** A log file with one good record and one without `eventTime`. */
const sampleLog = JSON.stringify({
  Records: [
    {
      eventVersion: '1.08',
      userIdentity: {
        type: 'IAMUser',
        principalId: 'AIDACKCEVSQ6C2EXAMPLE',
        arn: 'arn:aws:iam::111122223333:user/Mary_Major',
        accountId: '111122223333',
        userName: 'Mary_Major',
      },
      eventTime: '2026-01-15T09:12:40Z',
      eventSource: 'support.amazonaws.com',
      eventName: 'DescribeCases',
      awsRegion: 'us-east-1',
      sourceIPAddress: '198.51.100.7',
      requestParameters: { includeResolvedCases: false },
      responseElements: null,
      eventType: 'AwsApiCall',
      recipientAccountId: '111122223333',
    },
    { eventVersion: '1.08', eventSource: 'support.amazonaws.com', eventName: 'DescribeCases' },
  ],
})

/** The checks both runtime programs make, as JavaScript source taking `parseRecords`, `t` and the resolved path. */
const runtimeChecks = (/** @type {string} */ expectedFile) => `
const log = ${JSON.stringify(sampleLog)}
const { records, issues, skipped } = parseRecords(log)
const fail = (message) => { throw new Error(message) }
if (records.length !== 1 || issues.length !== 1 || skipped.length !== 0) fail('counts: ' + records.length + ' ' + issues.length)
if (records[0].eventName !== 'DescribeCases') fail('eventName: ' + records[0].eventName)
if (issues[0].index !== 1 || issues[0].path !== '$.eventTime') fail('issue: ' + issues[0].message)
if (!(CloudTrailRecord instanceof t.Type)) fail('CloudTrailRecord is not an io-ts Type of the app\\'s io-ts instance')
if (!resolved.endsWith(${JSON.stringify(expectedFile)})) fail('resolved to ' + resolved)
console.log('ok: ' + records.length + ' record, ' + issues.length + ' issue via ' + resolved.split('node_modules').pop())
`

/** A TypeScript consumer: compiles only if the published types are real (not `any`) and resolvable. */
const typedConsumer = `import { CloudTrailRecord, isKnownIdentity, parseRecords } from 'cloudtrail-codecs'
import type { ParseIssue, ParseResult } from 'cloudtrail-codecs'
import * as t from 'io-ts'

const result: ParseResult = parseRecords('{"Records": []}')
const issues: ReadonlyArray<ParseIssue> = result.issues
const codec: t.Type<CloudTrailRecord, CloudTrailRecord, unknown> = CloudTrailRecord
const callers: string[] = result.records.map((record) =>
  isKnownIdentity(record.userIdentity) ? record.userIdentity.type : 'other',
)
// @ts-expect-error records are typed, so they are not numbers
const wrong: number = result.records
export { issues, codec, callers, wrong }
`

/**
 * Runs a program, failing the check with its output when it exits non-zero.
 *
 * @param {string} label - what runs, for the log
 * @param {string[]} args - arguments after `node`
 * @param {string} cwd - where it runs
 * @returns {Promise<string>} the log line
 */
async function run(label, args, cwd) {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 180_000 })
    const output = `${stdout}${stderr}`.trim()
    return `consumer: ${label}${output === '' ? '' : `: ${output}`}`
  } catch (error) {
    const { stdout = '', stderr = '', message } = /** @type {{ stdout?: string, stderr?: string, message: string }} */ (error)
    throw new Error(`consumer: ${label} failed: ${message}\n${`${stdout}${stderr}`.trim()}`)
  }
}

/**
 * Writes a scratch project: the extracted package plus symlinked peers and compilers.
 *
 * @param {string} dir - the project folder
 * @param {string} tarball - the packed package
 * @param {'module' | 'commonjs'} type - the project's module type
 */
function scaffold(dir, tarball, type) {
  const installed = join(dir, 'node_modules', 'cloudtrail-codecs')
  mkdirSync(installed, { recursive: true })
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1'])
  for (const name of linked) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name), 'dir')
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${type}`, private: true, type }))
  writeFileSync(join(dir, 'consumer.ts'), typedConsumer)
}

/**
 * Writes one tsconfig per resolution mode and lists the type-checks of the project's consumer.ts.
 *
 * @param {string} dir - the project folder
 * @param {string} kind - `ESM` or `CJS`, for the log
 * @returns {Array<() => Promise<string>>} one job per resolution mode and compiler
 */
function typeChecks(dir, kind) {
  return resolutions.flatMap((resolution) => {
    const tsconfig = `tsconfig.${resolution.label}.json`
    const compilerOptions = {
      target: 'ES2022',
      lib: ['ES2022', 'DOM'],
      module: resolution.module,
      moduleResolution: resolution.moduleResolution,
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      skipDefaultLibCheck: true,
      types: [],
    }
    writeFileSync(join(dir, tsconfig), JSON.stringify({ compilerOptions, files: ['consumer.ts'] }, null, 2))
    return compilers.map(
      (compiler) => () => run(`${kind} type-check, ${resolution.label}, ${compiler.label}`, [compiler.tsc, '-p', tsconfig], dir),
    )
  })
}

/**
 * Runs jobs a few at a time (one per CPU), prints their log lines in order, and fails with
 * every failure once all jobs have finished.
 *
 * @param {Array<() => Promise<string>>} jobs - the jobs
 */
async function runAll(jobs) {
  /** @type {string[]} */
  const lines = []
  /** @type {string[]} */
  const failures = []
  let next = 0
  const worker = async () => {
    for (let at = next++; at < jobs.length; at = next++) {
      const job = /** @type {() => Promise<string>} */ (jobs[at])
      try {
        lines[at] = await job()
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error))
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), jobs.length) }, worker))
  for (const line of lines) if (line !== undefined) console.log(line)
  if (failures.length > 0) throw new Error(failures.join('\n'))
}

const scratch = mkdtempSync(join(tmpdir(), 'cloudtrail-codecs-consumer-'))
try {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing; run `npm run build` first')
  execFileSync('npm', ['pack', '--silent', '--pack-destination', scratch], { cwd: root, stdio: 'ignore' })
  const packed = readdirSync(scratch).find((name) => name.endsWith('.tgz'))
  if (packed === undefined) throw new Error('npm pack produced no tarball')
  const tarball = join(scratch, packed)

  const esm = join(scratch, 'esm')
  scaffold(esm, tarball, 'module')
  writeFileSync(
    join(esm, 'main.mjs'),
    `import { CloudTrailRecord, parseRecords } from 'cloudtrail-codecs'
import * as t from 'io-ts'
import { fileURLToPath } from 'node:url'
const resolved = fileURLToPath(import.meta.resolve('cloudtrail-codecs'))
${runtimeChecks('/dist/index.js')}`,
  )

  const cjs = join(scratch, 'cjs')
  scaffold(cjs, tarball, 'commonjs')
  writeFileSync(
    join(cjs, 'main.cjs'),
    `const { CloudTrailRecord, parseRecords } = require('cloudtrail-codecs')
const t = require('io-ts')
const resolved = require.resolve('cloudtrail-codecs')
${runtimeChecks('/dist/index.cjs')}`,
  )

  const cli = join(esm, 'node_modules', 'cloudtrail-codecs', 'dist', 'cli.js')
  /** @type {unknown} */
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const version = typeof manifest === 'object' && manifest !== null && 'version' in manifest ? manifest.version : undefined
  if (typeof version !== 'string') throw new Error('package.json has no version')
  const cliVersion = async () => {
    const line = await run('the cloudtrail-codecs command (bin), --version', [cli, '--version'], esm)
    if (!line.endsWith(`: ${version}`)) throw new Error(`${line}: expected version ${version}`)
    return line
  }

  await runAll([
    () => run('ESM import under Node', ['main.mjs'], esm),
    cliVersion,
    () => run('CJS require under Node', ['main.cjs'], cjs),
    ...typeChecks(esm, 'ESM'),
    ...typeChecks(cjs, 'CJS'),
  ])
  console.log('consumer: all checks passed')
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
