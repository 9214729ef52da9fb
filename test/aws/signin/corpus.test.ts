/**
 * The sign-in records of the shared corpus (../shared/corpus/records: AWS documentation examples and
 * published test inputs): every one narrows with `signin.is`, round-trips, its additionalEventData is typed,
 * and its caller facts agree with what the raw record says (its summary: test/audit/sign-in.test.ts).
 */
import { describe, expect, it } from 'vitest'
import { awsServices } from '../../../src/aws/index.js'
import { signin } from '../../../src/aws/signin/index.js'
import type { SigninEvent } from '../../../src/aws/signin/index.js'
import { describeCaller } from '../../../src/identity/index.js'
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

  it('have their additionalEventData typed by their operation, which accepts it', () => {
    for (const { where, event } of found) {
      const additional = signin.operations[event.eventName].additional
      expect(additional, where).toBeDefined()
      expect(additional?.is(event.additionalEventData), where).toBe(true)
    }
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
