import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { support } from '../../src/aws/support/index.js'
import { parseRecords } from '../../src/parse/parse-records.js'
import { CloudTrailRecord } from '../../src/record/record.js'

// docs/reading-logs.md shows inputs and the messages they give: keep the guide true.
const guide = readFileSync(new URL('../../docs/reading-logs.md', import.meta.url), 'utf8')

function blocks(language: string): string[] {
  return [...guide.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]!.trimEnd())
}

describe('docs/reading-logs.md', () => {
  const [logFile] = blocks('json')
  const [issueMessages, operationMessage] = blocks('text')

  it('shows the messages its example log file gives', () => {
    const { records, issues } = parseRecords(logFile!)
    expect(records).toHaveLength(1)
    expect(issues.map((issue) => issue.message).join('\n')).toBe(issueMessages)
  })

  it('shows the message of an operation mismatch', () => {
    const changed = {
      eventVersion: '1.04',
      eventTime: '2016-04-13T18:05:53Z',
      eventSource: 'support.amazonaws.com',
      eventName: 'CreateCase',
      responseElements: { caseId: 12345 },
    }
    expect(parseRecords(changed, { services: [support] }).issues.map((issue) => issue.message)).toStrictEqual([operationMessage])
    expect(parseRecords(changed, { services: [support], onOperationMismatch: 'generic' }).records).toStrictEqual([changed])
    // Without services no payload is checked: a plain record, no issue.
    const unchecked = parseRecords(changed)
    expect(unchecked.issues).toStrictEqual([])
    expect(unchecked.records).toStrictEqual([changed])
  })

  it('is right that t.partial accepts an explicit undefined at run time', () => {
    const record = { eventVersion: '1.08', eventTime: '2024-05-01T10:05:00Z', eventSource: 's3.amazonaws.com', eventName: 'GetObject' }
    expect(CloudTrailRecord.is({ ...record, readOnly: undefined })).toBe(true)
  })
})
