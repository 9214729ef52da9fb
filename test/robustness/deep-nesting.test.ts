/**
 * Values nested 100,000 levels deep: `JSON.stringify` overflows the stack on
 * them, and `JSON.parse` may too on other engines. Nothing throws: the record
 * decodes or gives an issue, and every path that writes values (issue
 * messages and excerpts, the CLI's `--json` output) survives.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { support } from '../../src/aws/support/index.js'
import { parseRecords, streamRecords } from '../../src/parse/index.js'
import { check, MAX_MESSAGE_LENGTH } from '../properties/check-result.js'
import { logFileText, readers, readWith, recordText, runCli } from './support.js'

const DEPTH = 100_000
const deepArray = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`
const deepObject = `${'{"a":'.repeat(DEPTH)}null${'}'.repeat(DEPTH)}`

/** How deep a value is nested, counted without recursion. */
function depthOf(value: unknown): number {
  let depth = 0
  let current: unknown = value
  while (typeof current === 'object' && current !== null) {
    depth++
    const next: unknown = Array.isArray(current) ? current[0] : (current as Record<string, unknown>)['a']
    current = next
  }
  return depth
}

/** The longest excerpt an issue's `found` may hold: 80 characters, an ellipsis and the kind. */
const MAX_FOUND_LENGTH = 100

describe('a value nested 100,000 levels deep inside a record field', () => {
  it('JSON.stringify itself overflows the stack on it (why the paths below must not use it)', () => {
    expect(() => JSON.stringify(JSON.parse(deepArray))).toThrow(RangeError)
  })

  it.each(readers)('%s: in a field of any value (requestParameters, an unknown key) the record decodes whole', async (reader) => {
    const text = logFileText(recordText(`"requestParameters":${deepArray}`, `"extension":${deepObject}`))
    const { records, issues } = await readWith(reader, text)
    expect(issues).toStrictEqual([])
    expect(records.length).toBe(1)
    const record = records[0] as unknown as Record<string, unknown>
    expect(depthOf(record['requestParameters'])).toBe(DEPTH)
    expect(depthOf(record['extension'])).toBe(DEPTH)
  })

  const typedPositions: ReadonlyArray<readonly [string, string, string]> = [
    ['eventType (a string field)', recordText(`"eventType":${deepArray}`), '$.eventType'],
    [
      'userIdentity.sessionContext.attributes.mfaAuthenticated',
      recordText().replace('"type":"IAMUser"', `"type":"IAMUser","sessionContext":{"attributes":{"mfaAuthenticated":${deepObject}}}`),
      '$.userIdentity.sessionContext.attributes.mfaAuthenticated',
    ],
    [
      'a CreateCase request field (an operation payload)',
      JSON.stringify({ ...JSON.parse(recordText()), eventSource: 'support.amazonaws.com', eventName: 'CreateCase' }).replace(/}$/, `,"requestParameters":{"subject":${deepArray}}}`),
      '$.requestParameters.subject',
    ],
    ['the whole record', deepArray, '$'],
  ]

  it.each(readers)('%s: in a typed position, an issue with a bounded message and excerpt', async (reader) => {
    for (const [name, text, path] of typedPositions) {
      // The CreateCase payload is a typed position only when the service is checked.
      const { records, issues } = await readWith(reader, logFileText(text), { services: [support] })
      // Counts only: a failing expect would print the value, and printing it overflows the stack too.
      expect(records.length, name).toBe(0)
      expect(issues.length, name).toBe(1)
      const issue = issues[0]!
      expect(issue.index, name).toBe(0)
      expect(issue.path, name).toBe(path)
      expect(issue.found.length, name).toBeLessThanOrEqual(MAX_FOUND_LENGTH)
      expect(issue.message.length, name).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH)
      for (const problem of issue.problems) expect(problem.found.length, name).toBeLessThanOrEqual(MAX_FOUND_LENGTH)
      // The issue keeps the record as it came, all the way down.
      expect(issue.raw, name).toBeDefined()
    }
  })

  it('as a whole NDJSON line and as a top-level array element: one issue each, the other lines still read', async () => {
    const good = recordText()
    const ndjson = [good, deepArray, good].join('\n')
    const fromText = parseRecords(ndjson)
    expect(fromText.records.length).toBe(2)
    expect(fromText.issues.map((i) => [i.kind, i.index])).toStrictEqual([['record', 1]])
    const indexes: number[] = []
    for await (const entry of streamRecords(`[${good},${deepObject},${good}]`)) {
      indexes.push(entry.kind === 'issue' ? (entry.issue.index ?? -1) : entry.index)
    }
    expect(indexes).toStrictEqual([0, 1, 2])
  })
})

describe('regression guard: JSON.parse throwing RangeError (too deep for the engine) is an issue, not a throw', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  /** Makes JSON.parse throw RangeError, as engines with a recursive parser do, on text that holds `[[[[`. */
  function parserWithoutDeepStack(): void {
    const original = JSON.parse.bind(JSON)
    vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
      if (text.includes('[[[[')) throw new RangeError('Maximum call stack size exceeded')
      return original(text, reviver) as unknown
    })
  }

  it('the whole input: a json issue about the input', () => {
    parserWithoutDeepStack()
    const { records, issues } = parseRecords(deepArray)
    expect(records.length).toBe(0)
    expect(issues.length).toBeGreaterThanOrEqual(1)
    for (const issue of issues) {
      expect(issue.kind).toBe('json')
      expect(issue.message).toContain('Maximum call stack size exceeded')
      expect(issue.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH)
    }
  })

  it.each(readers)('%s: one record of a log file: a json issue with its index, the other records kept', async (reader) => {
    parserWithoutDeepStack()
    const text = logFileText(recordText(), recordText(`"requestParameters":${deepArray}`), recordText())
    // parseRecords parses the whole text first; when that fails it reads record by record, as the streaming readers do.
    const { records, issues } = await readWith(reader, text)
    expect(records.length).toBe(2)
    expect(issues.map((i) => [i.kind, i.index, i.location])).toStrictEqual([['json', 1, '$.Records[1]']])
    expect(issues[0]!.message).toContain('Maximum call stack size exceeded')
    expect(issues[0]!.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH)
  })
})

describe('the CLI --json output of records and issues nested 100,000 levels deep', () => {
  it('writes every record and issue as one JSON line each, exactly as it came', async () => {
    const good = recordText(`"requestParameters":${deepArray}`)
    const bad = recordText(`"eventTime":${deepObject}`)
    const { status, stdout } = await runCli(new TextEncoder().encode(logFileText(good, bad)), true)
    expect(status).toBe(1)
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    const [recordLine, issueLine] = lines.map((line) => JSON.parse(line) as Record<string, Record<string, unknown>>)
    check(recordLine !== undefined && issueLine !== undefined, () => 'two lines')
    expect(depthOf(recordLine['record']!['requestParameters'])).toBe(DEPTH)
    expect(issueLine['issue']!['kind']).toBe('record')
    expect(issueLine['issue']!['index']).toBe(1)
    expect(depthOf((issueLine['issue']!['raw'] as Record<string, unknown>)['eventTime'])).toBe(DEPTH)
  })

  it('writes the report (without --json) too', async () => {
    const { status, stdout } = await runCli(new TextEncoder().encode(logFileText(recordText(`"requestParameters":${deepArray}`), deepObject)), false)
    expect(status).toBe(1)
    expect(stdout.length).toBeGreaterThan(0)
    expect(stdout.length).toBeLessThan(20_000)
  })
})
