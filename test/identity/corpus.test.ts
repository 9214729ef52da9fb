import { describe, expect, it } from 'vitest'
import { callerClasses, classifyCaller, describeCaller, knownIdentityCodecs } from '../../src/identity/index.js'
import { parseRecords } from '../../src/parse/index.js'
import { corpusAvailable, corpusFiles, readCorpusText } from '../support/corpus.js'
import { expectedClass } from './expected-class.js'

function recordsOf(folder: 'records' | 'quirks') {
  const issues: string[] = []
  const records = corpusFiles(folder).flatMap((file) => {
    const result = parseRecords(readCorpusText(folder, file))
    issues.push(...result.issues.map((issue) => `${file}: ${issue.message}`))
    return result.records.map((record, index) => ({ where: `${file}#${index}`, record }))
  })
  return { records, issues }
}

describe.skipIf(!corpusAvailable())('callers of the real records in the shared corpus', () => {
  const { records: all, issues } = recordsOf('records')

  it('classifies every record as its userIdentity.type says', () => {
    expect(issues).toStrictEqual([])
    expect(all.length).toBeGreaterThan(400)
    const mismatches = all
      .map(({ where, record }) => ({
        where,
        got: classifyCaller(record),
        want: expectedClass(record.userIdentity, record.eventType),
      }))
      .filter(({ got, want }) => got !== want)
    expect(mismatches).toStrictEqual([])
  })

  it('never answers unknown for a documented type', () => {
    const unknownButKnown = all.filter(({ record }) => {
      const type = (record.userIdentity as { type?: unknown } | null | undefined)?.type
      return typeof type === 'string' && knownIdentityCodecs.has(type) && classifyCaller(record) === 'unknown'
    })
    expect(unknownButKnown.map(({ where }) => where)).toStrictEqual([])
  })

  it('describes every record with the same class, identity alone or with its record', () => {
    for (const { record } of all) {
      const description = describeCaller(record)
      expect(description.class).toBe(classifyCaller(record))
      expect(callerClasses).toContain(description.class)
    }
  })

  it('finds the callers the corpus is known to hold', () => {
    const seen = new Set(all.map(({ record }) => classifyCaller(record)))
    for (const expected of [
      'root',
      'iam-user',
      'assumed-role',
      'federated-user',
      'identity-center-user',
      'saml-user',
      'web-identity-user',
      'aws-service',
      'aws-account',
      'undetermined',
      'unknown',
      'none',
    ] as const) {
      expect(seen).toContain(expected)
    }
  })

  it('reads the console and MFA signals of the sign-in records', () => {
    const signIns = all.filter(({ record }) => record.eventType?.toLowerCase() === 'awsconsolesignin')
    expect(signIns.length).toBeGreaterThan(0)
    for (const { record } of signIns) expect(describeCaller(record).console).toBe(true)
    const withMfaUsed = all.filter(({ record }) => {
      const data = record.additionalEventData as { MFAUsed?: unknown } | null | undefined
      return typeof data?.MFAUsed === 'string'
    })
    expect(withMfaUsed.length).toBeGreaterThan(0)
    for (const { record } of withMfaUsed) expect(typeof describeCaller(record).mfa).toBe('boolean')
  })

  it('never throws on the odd records of the quirks folder', () => {
    for (const { record } of recordsOf('quirks').records) {
      expect(callerClasses).toContain(describeCaller(record).class)
    }
  })
})
