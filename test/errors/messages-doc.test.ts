/**
 * The messages docs/errors.md quotes for the issues of issue 15 (an EventBridge
 * event of another service, inputs parseRecords cannot read synchronously, a
 * record in a stored form) are what the library says.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { parseRecords } from '../../src/parse/parse-records.js'
import { repoRoot } from '../support/corpus.js'

const doc = readFileSync(join(repoRoot, 'docs', 'errors.md'), 'utf8')

/** Every line of the fenced `text` blocks of the page, without the indentation of a list item. */
const quoted = [...doc.matchAll(/```text\n([\s\S]*?)\n\s*```/g)].flatMap((m) => m[1]!.split('\n').map((line) => line.trim()))

const ec2StateChange = {
  version: '0',
  id: '7bf73129-1428-4cd3-a780-95db273d1602',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '123456789012',
  time: '2015-11-11T21:29:54Z',
  region: 'us-east-1',
  resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111'],
  detail: { 'instance-id': 'i-abcd1111', state: 'pending' },
}

function messagesOf(input: unknown): string[] {
  return parseRecords(input).issues.map((issue) => issue.message)
}

describe('docs/errors.md quotes the messages the library gives', () => {
  it.each<[string, () => unknown]>([
    ['an EventBridge event of another service', () => ec2StateChange],
    ['gzip bytes', () => gzipSync('{"Records": []}')],
    ['a Blob', () => new Blob(['{"Records": []}'])],
    ['a promise', () => Promise.resolve('{"Records": []}')],
    [
      'a record in a stored form',
      () => ({ eventVersion: '1.08', eventTime: '2022-09-27 17:09:18', eventSource: 'ssm.amazonaws.com', eventName: 'StartSession' }),
    ],
  ])('%s', (_name, input) => {
    const messages = messagesOf(input())
    expect(messages).toHaveLength(1)
    expect(quoted).toContain(messages[0])
  })
})
