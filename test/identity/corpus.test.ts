import { describe, expect, it } from 'vitest'
import { callerClasses, classifyCaller, describeCaller, knownIdentityCodecs, succeeded } from '../../src/identity/index.js'
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
    expect(withMfaUsed.length).toBeGreaterThanOrEqual(9)
    for (const { where, record } of withMfaUsed) {
      const used = ((record.additionalEventData as { MFAUsed: string }).MFAUsed.toLowerCase() === 'yes')
      expect(describeCaller(record), where).toMatchObject({ mfaUsed: used, mfa: used })
    }
  })

  it('keeps the two MFA signals apart and combines them: either yes is yes', () => {
    let sessions = 0
    for (const { where, record } of all) {
      const caller = describeCaller(record)
      const attributes = (record.userIdentity as { sessionContext?: { attributes?: { mfaAuthenticated?: unknown } } } | null | undefined)
        ?.sessionContext?.attributes
      const authenticated = attributes?.mfaAuthenticated
      expect(caller.mfaAuthenticated, where).toBe(authenticated === undefined ? undefined : authenticated === 'true')
      if (caller.mfaAuthenticated !== undefined) sessions += 1
      const expected = caller.mfaAuthenticated === true || caller.mfaUsed === true ? true : caller.mfaAuthenticated ?? caller.mfaUsed
      expect(caller.mfa, where).toBe(expected)
    }
    expect(sessions).toBeGreaterThan(100)
  })

  it('says crossAccount only when the caller’s account differs from the account that received the call', () => {
    const crossing = all.filter(({ record }) => describeCaller(record).crossAccount)
    expect(crossing.length).toBeGreaterThan(20)
    for (const { where, record } of crossing) {
      const caller = describeCaller(record)
      expect(caller.accountId, where).not.toBe(caller.recipientAccountId)
      expect(caller.accountId, where).toBeTruthy()
      expect(caller.recipientAccountId, where).toBeTruthy()
    }
    // the role owner's copy of a cross-account AssumeRole (IAM user guide): the user of 777788889999 called 111122223333
    expect(describeCaller(all.find(({ where }) => where === 'awsdocs-iam__2.json#0')!.record)).toMatchObject({
      class: 'iam-user',
      accountId: '777788889999',
      recipientAccountId: '111122223333',
      crossAccount: true,
    })
    // AWSAccount identities whose record does not name the account that received the call: not known to cross
    const awsAccounts = all.filter(({ record }) => classifyCaller(record) === 'aws-account')
    expect(awsAccounts.map(({ where }) => where).sort()).toStrictEqual(['awsdoc-iam__2.json#0', 'awsdocs-iam__3.json#0'])
    for (const { record } of awsAccounts) expect(describeCaller(record)).toMatchObject({ recipientAccountId: undefined, crossAccount: false })
  })

  it('names the caller of real records of every class', () => {
    const nameOf = (where: string) => describeCaller(all.find((entry) => entry.where === where)!.record).principalName
    expect(
      Object.fromEntries(
        [
          'awsdocs-cloudtrail__2.json#0', // IAMUser
          'awsdocs-cloudtrail__7.json#0', // Root
          'awsdocs-iam__3.json#0', // AWSAccount
          'awsdocs-sso__1.json#0', // Unknown, an older Identity Center sign-in
          'elastic__1.json#0', // IdentityCenterUser sign-in: additionalEventData.UserName
        ].map((where) => [where, nameOf(where)]),
      ),
    ).toStrictEqual({
      'awsdocs-cloudtrail__2.json#0': 'anaya',
      'awsdocs-cloudtrail__7.json#0': 'root',
      'awsdocs-iam__3.json#0': 'AIDAQRSTUVWXYZEXAMPLE',
      'awsdocs-sso__1.json#0': 'user1',
      'elastic__1.json#0': 'redacted@example.com',
    })
    for (const { where, record } of all) {
      const caller = describeCaller(record)
      if (caller.principalName !== undefined) expect(caller.principalName, where).not.toBe('')
      if (caller.class === 'assumed-role' || caller.class === 'federated-user') {
        expect(caller.principalName, where).toBe(caller.sessionName ?? caller.issuerName)
      }
    }
    const unnamed = all.filter(({ record }) => !['none'].includes(classifyCaller(record)) && describeCaller(record).principalName === undefined)
    // documentation artefacts only: ARNs without a session or user name, an identity with no type or name
    expect(unnamed.length).toBeLessThanOrEqual(6)
  })

  it('tells failed calls by errorCode, errorMessage, or a sign-in step reporting Failure', () => {
    const failed = all.filter(({ record }) => !succeeded(record))
    expect(failed.length).toBeGreaterThanOrEqual(20)
    const hasError = (record: (typeof all)[number]['record']): boolean => {
      const fields = record as { errorCode?: string; errorMessage?: string }
      return Boolean(fields.errorCode) || Boolean(fields.errorMessage) // an empty errorCode ("", panther__68) is none
    }
    for (const { where, record } of all) if (hasError(record)) expect(succeeded(record), where).toBe(false)
    expect(succeeded(all.find(({ where }) => where === 'panther__68.json#0')!.record)).toBe(true)
    const withoutError = failed.filter(({ record }) => !hasError(record))
    expect(withoutError.map(({ where }) => where)).toStrictEqual(['awsdocs-sso__14.json#0'])
  })

  it('never throws on the odd records of the quirks folder', () => {
    for (const { record } of recordsOf('quirks').records) {
      expect(callerClasses).toContain(describeCaller(record).class)
    }
  })
})
