/**
 * What the Lambda handler (`handleS3Notifications`) costs on one large object:
 * a gzip log of 1 GiB uncompressed, read by `streamRecords` alone (the floor),
 * by the handler from a Node stream (as the AWS SDK's GetObject Body is one),
 * and by the handler from `fetch` over loopback HTTP (a download). Each run is
 * a fresh process (`bench/lambda-worker.ts`), so its peak RSS is that of a
 * process doing only that, as a Lambda function's is. Timings are never
 * checked; every row must count the same records.
 *
 *   npx tsx bench/lambda.ts               1 GiB, 3 rounds; writes its section of bench/RESULTS.md
 *   npx tsx bench/lambda.ts --smoke       10 MiB, 1 round; writes nothing
 *
 * Options: --object-mb=N, --runs=N, --seed=N, --no-write.
 */
import { execFile } from 'node:child_process'
import { createReadStream } from 'node:fs'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { writeGzipLog } from './generate.js'
import type { LambdaMeasurement } from './lambda-api.js'
import { machineInfo, markdownTable, median, mib } from './measure.js'

const execFileAsync = promisify(execFile)
const here = dirname(fileURLToPath(import.meta.url))

const argv = process.argv.slice(2)
const known = ['smoke', 'no-write', 'object-mb', 'runs', 'seed']
for (const arg of argv) {
  const name = arg.replace(/^--/, '').replace(/=.*$/, '')
  if (!known.includes(name)) throw new Error(`unknown option ${arg}; known: ${known.map((k) => `--${k}`).join(' ')}`)
}
const smoke = argv.includes('--smoke')
const number = (name: string, fallback: number): number => {
  const raw = argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
  const n = raw === undefined ? fallback : Number(raw)
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got ${raw}`)
  return n
}
const objectBytes = number('object-mb', smoke ? 10 : 1024) * 2 ** 20
const runs = number('runs', smoke ? 1 : 3)
const seed = number('seed', 20261201)
const write = !smoke && !argv.includes('--no-write')

const MODES = ['stream', 'handler', 'handler-http'] as const
const labels: Record<(typeof MODES)[number], string> = {
  stream: '`streamRecords(file stream)` (the floor)',
  handler: '`handleS3Notifications`, body a Node stream (as GetObject gives it)',
  'handler-http': '`handleS3Notifications`, body fetched over loopback HTTP',
}

const folder = await mkdtemp(join(tmpdir(), 'cloudtrail-lambda-'))
const path = join(folder, 'object.json.gz')
const server = createServer((request, response) => {
  response.writeHead(200, { 'content-type': 'application/octet-stream' })
  createReadStream(path).pipe(response)
  request.resume()
})
try {
  const started = performance.now()
  const written = await writeGzipLog(path, objectBytes, seed)
  console.log(`object: ${mib(written.bytes)} MiB of JSON (${mib((await stat(path)).size)} MiB gzip), ${written.records} records, made in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/amzn-s3-demo-bucket/object.json.gz`
  const worker = join(here, 'lambda-worker.ts')
  const results = new Map<string, LambdaMeasurement[]>(MODES.map((m) => [m, []]))
  for (let round = 0; round < runs; round++) {
    for (const mode of MODES) {
      const { stdout } = await execFileAsync(process.execPath, [...process.execArgv, worker, mode, mode === 'handler-http' ? url : path], {
        maxBuffer: 1 << 20,
        timeout: 3_600_000,
      })
      const result = JSON.parse(stdout) as LambdaMeasurement
      results.get(mode)?.push(result)
      console.log(`round ${round + 1}, ${mode}: ${result.seconds.toFixed(1)} s, ${result.records} records, peak RSS ${mib(result.maxRss)} MiB`)
    }
  }
  const counts = new Set([...results.values()].flat().map((r) => `${r.records}/${r.issues}`))
  // CPU time is what the ratios use: on a shared machine wall time also counts the time other processes held
  // the CPU. A Lambda function's CPU is its own (one vCPU at 1,769 MB of memory), so CPU seconds size it.
  const floor = median((results.get('stream') ?? []).map((r) => r.cpuSeconds))
  const gib = written.bytes / 2 ** 30
  const rows = MODES.map((mode) => {
    const list = results.get(mode) ?? []
    const cpu = median(list.map((r) => r.cpuSeconds))
    return [
      labels[mode],
      median(list.map((r) => r.seconds)).toFixed(1),
      cpu.toFixed(1),
      (cpu / floor).toFixed(2),
      Math.round(written.records / cpu).toLocaleString('en-US'),
      (written.bytes / 2 ** 20 / cpu).toFixed(0),
      (cpu / gib).toFixed(1),
      mib(median(list.map((r) => r.startRss))),
      mib(Math.max(...list.map((r) => r.maxRss))),
    ]
  })
  const machine = machineInfo()
  const report = [
    `One gzip log object of ${mib(written.bytes)} MiB uncompressed (${mib((await stat(path)).size)} MiB compressed, ${written.records} records, seed ${seed}), read ${runs} time(s) per row, each run a fresh process (Node + tsx + the library), rows interleaved; services: awsServices; \`onRecords\` receives 1,000 records at a time. Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, commit ${machine.commit ?? '?'}. Command: \`npx tsx bench/lambda.ts${argv.map((a) => ` ${a}`).join('')}\`.`,
    '',
    markdownTable(
      ['Row', 'Wall s (median)', 'CPU s (median)', '× floor (CPU)', 'Records per CPU s', 'MiB of JSON per CPU s', 'CPU s per GiB', 'Start RSS MiB', 'Peak RSS MiB'],
      rows,
      'lrrrrrrrr',
    ),
    '',
    `Every row read the same records: ${counts.size === 1 ? 'yes' : 'NO'}. The ratios use CPU time (user + system, zlib's threads included): wall time on a shared machine also counts the time other processes held the CPU. Peak RSS does not grow with the object (the reader holds one record and one batch at a time), so it is the memory a function needs whatever the object's size; the time grows with it.`,
  ].join('\n')
  console.log(`\n${report}`)
  if (counts.size !== 1) {
    console.error('bench/lambda: the rows read different records')
    process.exitCode = 1
  } else if (write) {
    const results = join(here, 'RESULTS.md')
    const start = '<!-- lambda: written by bench/lambda.ts -->'
    const end = '<!-- lambda: end -->'
    const section = `${start}\n## Lambda: \`handleS3Notifications\` on a 1 GiB object\n\nRun on ${new Date().toISOString().slice(0, 10)}. ${report}\n${end}`
    const text = await readFile(results, 'utf8')
    const at = text.indexOf(start)
    const stop = text.indexOf(end)
    await writeFile(results, at >= 0 && stop > at ? `${text.slice(0, at)}${section}${text.slice(stop + end.length)}` : `${text.trimEnd()}\n\n${section}\n`)
    console.log(`\nwrote its section of ${results}`)
  }
} finally {
  server.close()
  await rm(folder, { recursive: true, force: true })
}
