/**
 * The sign-in records of the shared corpus (../shared/corpus/records: AWS documentation examples and
 * published test inputs): every one narrows with `signin.is`, round-trips, and its summary and caller facts
 * agree with what the raw record says.
 */
import { describe, expect, it } from 'vitest'
import { awsServices } from '../../../src/aws/index.js'
import { signin, signInAdditionalData, signInSummary } from '../../../src/aws/signin/index.js'
import type { SigninEvent } from '../../../src/aws/signin/index.js'
import { describeCaller, succeeded } from '../../../src/identity/index.js'
import { parseRecords } from '../../../src/parse/parse-records.js'
import { isInsightRecord } from '../../../src/record/record.js'
import { corpusAvailable, corpusFiles, readCorpusText } from '../../support/corpus.js'
import { describeCorpus } from '../trustedadvisor/service-suite.js'
import * as signinEntry from '../../../src/aws/signin/index.js'

describeCorpus({ folder: 'signin', eventSource: 'signin.amazonaws.com', service: signin, barrel: signinEntry }, 24)

type Raw = Readonly<Record<string, unknown>>
const field = (u: unknown, key: string): unknown => (typeof u === 'object' && u !== null ? (u as Raw)[key] : undefined)

describe.runIf(corpusAvailable())('the sign-in records of the shared corpus', () => {
  const found: Array<{ where: string; event: SigninEvent }> = []
  const strays: string[] = []
  for (const file of corpusFiles('records')) {
    const { records, issues } = parseRecords(readCorpusText('records', file), { services: awsServices })
    expect(issues).toStrictEqual([])
    records.forEach((record, index) => {
      if (isInsightRecord(record) || record.eventSource !== 'signin.amazonaws.com') return
      if (signin.is(record)) found.push({ where: `${file}#${index}`, event: record })
      else strays.push(`${file}#${index} ${record.eventName}`)
    })
  }

  it('are 24, and every one narrows with signin.is', () => {
    expect(strays).toStrictEqual([])
    expect(found).toHaveLength(24)
    expect(new Set(found.map(({ event }) => event.eventName))).toStrictEqual(
      new Set(['ConsoleLogin', 'CheckMfa', 'CredentialChallenge', 'CredentialVerification', 'UserAuthentication']),
    )
  })

  it('read their additionalEventData typed, the very object', () => {
    for (const { where, event } of found) expect(signInAdditionalData(event), where).toBe(event.additionalEventData)
  })

  it('sum up as the raw record says: result, outcome, MFAUsed, destination', () => {
    for (const { where, event } of found) {
      const summary = signInSummary(event)
      const result = field(event.responseElements, event.eventName) ?? field(event.serviceEventDetails, event.eventName)
      expect(typeof result, where).toBe('string')
      expect(summary.result, where).toBe(result)
      expect(summary.outcome, where).toBe(result === 'Failure' ? 'failure' : 'success')
      expect(succeeded(event), where).toBe(result !== 'Failure')
      const used = field(event.additionalEventData, 'MFAUsed')
      if (typeof used === 'string') expect(summary.mfaUsed, where).toBe(used.toLowerCase() === 'yes')
      expect(summary.destination, where).toBe(field(event.additionalEventData, 'LoginTo'))
    }
    const failures = found.filter(({ event }) => signInSummary(event).outcome === 'failure').map(({ where }) => where)
    expect(failures.sort()).toStrictEqual(['awsdocs-cloudtrail__3.json#0', 'awsdocs-cloudtrail__8.json#0', 'awsdocs-iam__6.json#0', 'awsdocs-sso__14.json#0'])
  })

  it('have the caller facts of their identities: MFA signal, one name, the same account', () => {
    for (const { where, event } of found) {
      const caller = describeCaller(event)
      const used = field(event.additionalEventData, 'MFAUsed')
      expect(caller.mfaUsed, where).toBe(typeof used === 'string' ? used.toLowerCase() === 'yes' : undefined)
      expect(caller.mfaAuthenticated, where).toBeUndefined() // no sign-in record of the corpus has a session
      expect(caller.mfa, where).toBe(caller.mfaUsed)
      expect(caller.console, where).toBe(true)
      expect(caller.crossAccount, where).toBe(false)
      expect(caller.principalName, where).toBeDefined()
    }
    const names = new Set(found.map(({ event }) => describeCaller(event).principalName))
    // IAM users, root, Identity Center users of the older (Unknown) and newer (IdentityCenterUser) forms
    expect(names).toStrictEqual(new Set(['anaya', 'JaneDoe', 'root', 'user1', 'redacted@example.com']))
  })
})
