/**
 * docs/errors.md tells the truth: each kind of issue has an example whose
 * JSON is what the library returns for the input shown, and the page names
 * every kind and every field of an issue.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { support } from '../../src/aws/support/index.js'
import type { IssueKind, ParseIssue } from '../../src/errors/index.js'
import { parseRecords, parseRecordsAsync } from '../../src/parse/index.js'
import { issueKinds } from '../properties/check-result.js'
import { repoRoot } from '../support/corpus.js'

const doc = readFileSync(join(repoRoot, 'docs', 'errors.md'), 'utf8')

/** The text of the section `### \`kind\``, up to the next heading. */
function section(kind: string): string {
  const start = doc.indexOf(`### \`${kind}\`\n`)
  if (start < 0) return ''
  const next = doc.slice(start + 4).search(/\n##/)
  return next < 0 ? doc.slice(start) : doc.slice(start, start + 4 + next)
}

/** The first fenced block of a language in a text. */
function block(text: string, language: string): string {
  const open = `\`\`\`${language}\n`
  const start = text.indexOf(open)
  if (start < 0) return ''
  return text.slice(start + open.length, text.indexOf('\n```', start + open.length))
}

/** The call each example shows, and the first issue it returns. */
const examples: Record<IssueKind, readonly [call: string, run: () => Promise<ParseIssue | undefined>]> = {
  json: [`parseRecords('{"Records": [{"eventVersion": "1.08",}]}')`, async () => parseRecords('{"Records": [{"eventVersion": "1.08",}]}').issues[0]],
  input: [`parseRecords('{"Records": 5}')`, async () => parseRecords('{"Records": 5}').issues[0]],
  digest: [
    `parseRecords('{"digestS3Object": "AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2024/05/01/x.json.gz", "logFiles": []}')`,
    async () => parseRecords('{"digestS3Object": "AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2024/05/01/x.json.gz", "logFiles": []}').issues[0],
  ],
  record: [
    `parseRecords('{"Records": [{"eventVersion": "1.08", "eventTime": "yesterday", "eventSource": "s3.amazonaws.com", "eventName": "GetObject"}]}')`,
    async () => parseRecords('{"Records": [{"eventVersion": "1.08", "eventTime": "yesterday", "eventSource": "s3.amazonaws.com", "eventName": "GetObject"}]}').issues[0],
  ],
  operation: [
    `parseRecords('{"Records": [{"eventVersion": "1.08", "eventTime": "2024-05-01T12:00:00Z", "eventSource": "support.amazonaws.com", "eventName": "CreateCase", "requestParameters": {"severityCode": 5}}]}', { services: [support] })`,
    async () =>
      parseRecords(
        '{"Records": [{"eventVersion": "1.08", "eventTime": "2024-05-01T12:00:00Z", "eventSource": "support.amazonaws.com", "eventName": "CreateCase", "requestParameters": {"severityCode": 5}}]}',
        { services: [support] },
      ).issues[0],
  ],
  encoding: [
    'await parseRecordsAsync(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]))',
    async () => (await parseRecordsAsync(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]))).issues[0],
  ],
  limit: [
    `await parseRecordsAsync(new TextEncoder().encode('{"Records": [{}, {}, {}]}'), { maxBytes: 16 })`,
    async () => (await parseRecordsAsync(new TextEncoder().encode('{"Records": [{}, {}, {}]}'), { maxBytes: 16 })).issues[0],
  ],
}

/** The members of an interface of src/errors/issue.ts. */
function membersOf(name: string): string[] {
  const path = join(repoRoot, 'src', 'errors', 'issue.ts')
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
  const members: string[] = []
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === name) {
      for (const member of node.members) if (member.name !== undefined && ts.isIdentifier(member.name)) members.push(member.name.text)
    }
  })
  return members
}

describe('docs/errors.md', () => {
  it.each([...issueKinds])('the example of %s issues is what the library returns', async (kind) => {
    const text = section(kind)
    expect(text, `a section ### \`${kind}\``).not.toBe('')
    const [call, run] = examples[kind]
    expect(block(text, 'ts')).toContain(call)
    const issue = await run()
    expect(issue?.kind).toBe(kind)
    expect(JSON.parse(block(text, 'json'))).toStrictEqual(JSON.parse(JSON.stringify(issue)))
  })

  it('the operation example without services is a generic record with no issue, as the page says', () => {
    const text = section('operation')
    expect(text).toContain('Without `services` no payload is checked')
    const input = block(text, 'ts').match(/parseRecords\('([^']*)'/)?.[1]
    expect(input).toBeDefined()
    const { records, issues } = parseRecords(input!)
    expect(issues).toStrictEqual([])
    expect(records).toStrictEqual((JSON.parse(input!) as { Records: unknown[] }).Records)
  })

  it('names every field of an issue and of a problem in its table', () => {
    const fields = [...membersOf('ParseIssue'), ...membersOf('Problem')]
    expect(fields).toEqual(expect.arrayContaining(['kind', 'message', 'index', 'location', 'position', 'path', 'expected', 'found', 'problems', 'raw']))
    for (const field of fields) expect(doc).toContain(`| \`${field}\` |`)
  })

  it('states the guarantees and the JSON.parse limitations', () => {
    for (const phrase of ['Never throws', 'Nothing lost', 'Bounded issues', 'Duplicate keys: the last one wins', 'Integers beyond 2^53 lose precision']) {
      expect(doc).toContain(phrase)
    }
  })
})
