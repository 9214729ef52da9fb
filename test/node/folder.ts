/**
 * A folder of CloudTrail inputs for the tests of `cloudtrail-codecs/node`:
 * gzip log files of generated records (one in 2,500 invalid on purpose, so
 * issues come too), and files that are not: plain JSON, NDJSON, a digest
 * file, a gzip stream cut short, an empty file.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { generateRecords } from '../../bench/generate.js'

/**
 * Writes `count` gzip log files of `records` records each (seeded, so always
 * the same; one record in 97 without its eventTime, an issue), and returns
 * their paths in order.
 */
export function writeGzipLogs(dir: string, count: number, records: number, seed = 20261201): string[] {
  mkdirSync(dir, { recursive: true })
  return Array.from({ length: count }, (_, i) => {
    const source = generateRecords(seed + i)
    const list = Array.from({ length: records }, (_, at) => {
      const record = source.next().value
      if (at % 97 === 13) delete record['eventTime']
      return record
    })
    const path = join(dir, `111122223333_CloudTrail_us-east-1_20261102T${String(1000 + i).padStart(4, '0')}Z_test.json.gz`)
    writeFileSync(path, gzipSync(JSON.stringify({ Records: list }), { level: 1 }))
    return path
  })
}

/** Writes the files that are not plain log files, and returns their paths. */
export function writeOddFiles(dir: string): string[] {
  mkdirSync(dir, { recursive: true })
  const source = generateRecords(7)
  const three = [source.next().value, source.next().value, source.next().value]
  const files: Record<string, string | Buffer> = {
    'plain.json': JSON.stringify({ Records: three }),
    'lines.ndjson': `${three.map((r) => JSON.stringify(r)).join('\n')}\n{"eventVersion":"1.08"}\n`,
    'digest.json': JSON.stringify({ awsAccountId: '111122223333', digestStartTime: '2026-11-02T10:00:00Z', digestEndTime: '2026-11-02T11:00:00Z', digestS3Bucket: 'amzn-s3-demo-bucket', digestS3Object: 'AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/11/02/d.json.gz', logFiles: [] }),
    'cut.json.gz': gzipSync(JSON.stringify({ Records: three })).subarray(0, 120),
    'empty.json': '',
  }
  return Object.entries(files).map(([name, content]) => {
    const path = join(dir, name)
    writeFileSync(path, content)
    return path
  })
}
