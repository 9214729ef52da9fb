/**
 * The core runs in a browser: the library is bundled for the browser platform (esbuild refuses
 * `node:` imports there), served on 127.0.0.1 with a gzip log file, and headless Chromium decodes
 * it with parseRecordsAsync and streamRecords, using the platform's DecompressionStream and
 * TextDecoder. Without Chromium the test is skipped outside CI, and fails in CI.
 */
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseRecordsAsync } from '../../src/parse/parse-async.js'
import { generatedRecord } from '../sources/generated-log.js'
import { cloudWatchLogsLambdaEvent, cloudWatchLogsPayload, logFile } from '../sources/wrappers.js'
import { repoRoot } from '../support/corpus.js'

const CHROMIUM = '/usr/bin/chromium'
const inCi = process.env['CI'] === 'true'
const present = existsSync(CHROMIUM)
if (!present && !inCi) console.warn(`browser test skipped: no Chromium at ${CHROMIUM} (install it with: apt-get install -y chromium)`)

const records = Array.from({ length: 500 }, (_, n) => generatedRecord(n))
const logText = JSON.stringify(logFile(records))
const files: Record<string, { type: string; body: Uint8Array | string }> = {
  '/': { type: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>cloudtrail-codecs</title>' },
  '/log.json.gz': { type: 'application/octet-stream', body: gzipSync(logText) },
  '/awslogs.json': { type: 'application/json', body: JSON.stringify(cloudWatchLogsLambdaEvent(cloudWatchLogsPayload(records.slice(0, 5)))) },
  '/bad-utf8.ndjson': { type: 'application/octet-stream', body: Buffer.concat([Buffer.from(`${JSON.stringify(records[0])}\n{"a":"`), Buffer.from([0xff]), Buffer.from('"}\n')]) },
}

/** What the page reports; records as JSON text so that the comparison is exact. */
interface PageReport {
  readonly stream: { readonly records: string; readonly issues: ReadonlyArray<string> }
  readonly bytes: { readonly records: string; readonly issues: ReadonlyArray<string> }
  readonly streamed: { readonly count: number; readonly lastIndex: number }
  readonly awslogs: { readonly count: number; readonly issues: ReadonlyArray<string> }
  readonly badUtf8: { readonly count: number; readonly issues: ReadonlyArray<string> }
}

/**
 * Runs in the page (kept as text: the test runner would rewrite the dynamic import of a function).
 * It reads the log file three ways, a CloudWatch Logs event and bytes that are not UTF-8.
 */
const PAGE_SCRIPT = `(async () => {
  const library = await import(location.origin + '/lib.js')
  const summary = (result) => ({
    records: JSON.stringify(result.records),
    issues: result.issues.map((issue) => issue.kind + ': ' + issue.message),
  })
  const fromStream = await library.parseRecordsAsync((await fetch('/log.json.gz')).body)
  const fromBytes = await library.parseRecordsAsync(new Uint8Array(await (await fetch('/log.json.gz')).arrayBuffer()))
  let count = 0
  let lastIndex = -1
  for await (const entry of library.streamRecords((await fetch('/log.json.gz')).body)) {
    if (entry.kind === 'record') {
      count++
      lastIndex = entry.index
    }
  }
  const awslogs = await library.parseRecordsAsync(await (await fetch('/awslogs.json')).json())
  const badUtf8 = await library.parseRecordsAsync(await (await fetch('/bad-utf8.ndjson')).blob())
  return {
    stream: summary(fromStream),
    bytes: summary(fromBytes),
    streamed: { count, lastIndex },
    awslogs: { count: awslogs.records.length, issues: awslogs.issues.map((issue) => issue.kind) },
    badUtf8: { count: badUtf8.records.length, issues: badUtf8.issues.map((issue) => issue.kind) },
  }
})()`

describe.skipIf(!present && !inCi)('the core in headless Chromium', () => {
  let server: Server
  let browser: Browser
  let origin = ''

  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [join(repoRoot, 'src', 'index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    })
    files['/lib.js'] = { type: 'text/javascript', body: bundle.outputFiles[0]?.text ?? '' }
    server = createServer((request, response) => {
      const file = files[request.url ?? '']
      if (file === undefined) {
        response.writeHead(404).end()
        return
      }
      response.writeHead(200, { 'content-type': file.type }).end(file.body)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
  })

  afterAll(async () => {
    await browser?.close()
    await new Promise((resolve) => server?.close(resolve))
  })

  it('decodes a gzip log file with parseRecordsAsync and streamRecords, and reports bad bytes', async () => {
    const page = await browser.newPage()
    await page.goto(`${origin}/`)
    const report = await page.evaluate<PageReport>(PAGE_SCRIPT)
    await page.close()
    const inNode = await parseRecordsAsync(gzipSync(logText))
    expect(inNode.records).toHaveLength(records.length)
    expect(report.stream).toStrictEqual({ records: JSON.stringify(inNode.records), issues: [] })
    expect(report.bytes).toStrictEqual(report.stream)
    expect(report.streamed).toStrictEqual({ count: records.length, lastIndex: records.length - 1 })
    expect(report.awslogs).toStrictEqual({ count: 5, issues: [] })
    expect(report.badUtf8).toStrictEqual({ count: 1, issues: ['encoding'] })
  })
})
