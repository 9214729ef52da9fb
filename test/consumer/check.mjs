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
import { serviceFolders } from '../../scripts/generated-services.mjs'

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

/** The checks both runtime programs make, as JavaScript source taking `parseRecords`, `t`, `support`, `awsServices` and the resolved path. */
const runtimeChecks = (/** @type {string} */ expectedFile) => `
const log = ${JSON.stringify(sampleLog)}
const { records, issues, skipped } = parseRecords(log)
const fail = (message) => { throw new Error(message) }
if (records.length !== 1 || issues.length !== 1 || skipped.length !== 0) fail('counts: ' + records.length + ' ' + issues.length)
if (records[0].eventName !== 'DescribeCases') fail('eventName: ' + records[0].eventName)
if (issues[0].index !== 1 || issues[0].path !== '$.eventTime') fail('issue: ' + issues[0].message)
if (!(CloudTrailRecord instanceof t.Type)) fail('CloudTrailRecord is not an io-ts Type of the app\\'s io-ts instance')
if (!resolved.endsWith(${JSON.stringify(expectedFile)})) fail('resolved to ' + resolved)
if (!support.is(records[0])) fail('support.is rejects a DescribeCases record')
const bad = JSON.stringify({ Records: [{ ...JSON.parse(log).Records[0], requestParameters: { includeResolvedCases: 'yes' } }] })
if (parseRecords(bad).issues.length !== 0) fail('a service that was not passed was checked')
if (parseRecords(bad, { services: [support] }).issues[0]?.kind !== 'operation') fail('the service passed was not checked')
if (awsServices.length < 5 || !awsServices.includes(support)) fail('awsServices does not hold the support entry\\'s own value')
if (typeof supportCaseTimelines !== 'function') fail('the audit entry has no supportCaseTimelines')
console.log('ok: ' + records.length + ' record, ' + issues.length + ' issue via ' + resolved.split('node_modules').pop() + '; every entry loads')
`

/** A TypeScript consumer: compiles only if the published types are real (not `any`) and resolvable. */
const typedConsumer = `import { CloudTrailRecord, isKnownIdentity, parseRecords } from 'cloudtrail-codecs'
import type { ParseIssue, ParseResult } from 'cloudtrail-codecs'
import { supportCaseTimelines } from 'cloudtrail-codecs/audit'
import { awsServices, findService } from 'cloudtrail-codecs/aws'
import { support } from 'cloudtrail-codecs/aws/support'
import type { SupportEvent } from 'cloudtrail-codecs/aws/support'
import { supportApp } from 'cloudtrail-codecs/aws/support-app'
import { supportSubscription } from 'cloudtrail-codecs/aws/support-subscription'
import { supportPlans } from 'cloudtrail-codecs/aws/supportplans'
import { trustedAdvisor } from 'cloudtrail-codecs/aws/trustedadvisor'
import { ec2 } from 'cloudtrail-codecs/aws/ec2'
import type { Ec2Event } from 'cloudtrail-codecs/aws/ec2'
import { iam } from 'cloudtrail-codecs/aws/iam'
import { handleS3Notifications } from 'cloudtrail-codecs/lambda'
import type { S3NotificationHandler, SqsBatchResponse } from 'cloudtrail-codecs/lambda'
import { mapFiles, readFiles } from 'cloudtrail-codecs/node'
import type { FileEntry, FileValue } from 'cloudtrail-codecs/node'
import * as t from 'io-ts'

const result: ParseResult = parseRecords('{"Records": []}')
const issues: ReadonlyArray<ParseIssue> = result.issues
const codec: t.Type<CloudTrailRecord, CloudTrailRecord, unknown> = CloudTrailRecord
const callers: string[] = result.records.map((record) =>
  isKnownIdentity(record.userIdentity) ? record.userIdentity.type : 'other',
)
// @ts-expect-error records are typed, so they are not numbers
const wrong: number = result.records
const severities: Array<string | null | undefined> = []
for (const record of parseRecords('[]', { services: [support, trustedAdvisor, supportApp, supportPlans, supportSubscription] }).records) {
  if (support.is(record) && record.eventName === 'CreateCase') severities.push(record.requestParameters?.severityCode)
}
const created: SupportEvent<'CreateCase'>[] = result.records.filter(support.operations.CreateCase.is)
// Generated services: their declarations come from one file each (.d.cts re-exports the .d.ts types).
const users: Array<string | null | undefined> = []
const launched: Ec2Event<'RunInstances'>[] = []
for (const record of parseRecords('[]', { services: [ec2, iam] }).records) {
  if (iam.is(record) && record.eventName === 'CreateAccessKey') users.push(record.requestParameters?.userName)
  if (ec2.operations.RunInstances.is(record)) launched.push(record)
}
const timelines = supportCaseTimelines(result.records).cases.length
const known: boolean = findService('support.amazonaws.com') === awsServices[0]
const entries: AsyncGenerator<FileEntry> = readFiles(['log.json.gz'], { jobs: 2, services: [support] })
const names: AsyncGenerator<FileValue<string>> = mapFiles<string>(['log.json.gz'], { module: new URL('file:///names.js') })
const handler: S3NotificationHandler = handleS3Notifications(async () => new Uint8Array(), (records) => records.length)
const answer: Promise<SqsBatchResponse | undefined> = handler({ Records: [] })
export { issues, codec, callers, wrong, severities, created, users, launched, timelines, known, entries, names, answer }
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

/** The services' subpaths (`aws/support`, `aws/ec2`, ...): package.json exports them all with `./aws/*`. */
const serviceSubpaths = (() => {
  const { generated, handWritten } = serviceFolders(root)
  return [...handWritten, ...generated].map((name) => `aws/${name}`)
})()

/**
 * A check that every service entry loads and exports one service named as its subpath.
 * @param {'import' | 'require'} how - how the program loads a module
 */
const everyServiceEntry = (how) => `
for (const subpath of ${JSON.stringify(serviceSubpaths)}) {
  const exported = Object.values(${how === 'import' ? 'await import' : 'require'}('cloudtrail-codecs/' + subpath))
  const services = exported.filter((value) => typeof value === 'object' && value !== null && typeof value.is === 'function' && 'operations' in value)
  if (services.length !== 1 || 'aws/' + services[0].name !== subpath) fail(subpath + ' does not export one service of its name')
}
console.log('ok: ' + ${JSON.stringify(serviceSubpaths.length)} + ' service entries load by ${how}')
`

/**
 * A check that cloudtrail-codecs/node finds its worker thread in the installed package (reading the sample
 * log twice on 2 jobs) and that cloudtrail-codecs/lambda reads an S3 event notification.
 * @param {'import' | 'require'} how - how the program loads a module
 */
const nodeAndLambdaEntries = (how) => `
;(async () => {
  const load = (name) => ${how === 'import' ? 'import(name)' : 'Promise.resolve(require(name))'}
  const { readFiles } = await load('cloudtrail-codecs/node')
  const { handleS3Notifications } = await load('cloudtrail-codecs/lambda')
  const { gzipSync } = await load('node:zlib')
  const { writeFileSync } = await load('node:fs')
  const { join } = await load('node:path')
  const path = join(process.cwd(), 'log.json.gz')
  writeFileSync(path, gzipSync(log))
  const kinds = []
  for await (const entry of readFiles([path, path], { jobs: 2, services: ['support'] })) kinds.push(entry.kind)
  if (kinds.join() !== 'start,record,issue,end,start,record,issue,end') fail('cloudtrail-codecs/node read ' + kinds.join())
  let delivered = 0
  const handler = handleS3Notifications(() => gzipSync(log), (records) => { delivered += records.length }, { onIssue: () => undefined })
  const key = 'AWSLogs/111122223333/CloudTrail/us-east-1/2026/01/15/111122223333_CloudTrail_us-east-1_20260115T0915Z_x.json.gz'
  const answer = await handler({ Records: [{ eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'amzn-s3-demo-bucket' }, object: { key } } }] })
  if (answer !== undefined || delivered !== 1) fail('cloudtrail-codecs/lambda delivered ' + delivered + ' records')
  console.log('ok: cloudtrail-codecs/node (2 worker threads) and cloudtrail-codecs/lambda by ${how}')
})().catch((error) => { console.error(error); process.exitCode = 1 })
`

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
import { supportCaseTimelines } from 'cloudtrail-codecs/audit'
import { awsServices } from 'cloudtrail-codecs/aws'
import { support } from 'cloudtrail-codecs/aws/support'
import * as t from 'io-ts'
import { fileURLToPath } from 'node:url'
const resolved = fileURLToPath(import.meta.resolve('cloudtrail-codecs'))
${runtimeChecks('/dist/index.js')}${everyServiceEntry('import')}${nodeAndLambdaEntries('import')}`,
  )

  const cjs = join(scratch, 'cjs')
  scaffold(cjs, tarball, 'commonjs')
  writeFileSync(
    join(cjs, 'main.cjs'),
    `const { CloudTrailRecord, parseRecords } = require('cloudtrail-codecs')
const { supportCaseTimelines } = require('cloudtrail-codecs/audit')
const { awsServices } = require('cloudtrail-codecs/aws')
const { support } = require('cloudtrail-codecs/aws/support')
const t = require('io-ts')
const resolved = require.resolve('cloudtrail-codecs')
${runtimeChecks('/dist/index.cjs')}${everyServiceEntry('require')}${nodeAndLambdaEntries('require')}`,
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
