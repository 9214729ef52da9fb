/**
 * Issue 15, point 5: the caller column of every timeline row of a report
 * section starts at the same place, however long what the row says; a caller
 * is never printed with an empty name.
 */
import { describe, expect, it } from 'vitest'
import { callerLabel } from '../../src/cli/caller-label.js'
import { describeCaller } from '../../src/identity/index.js'
import { useBuiltCli } from './built-cli.js'

const { run, folder } = useBuiltCli()

const TIMELINE_ROW = /^ +\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z {2}/

/** The callers the report lists under "Callers by class", longest first. */
function callerLabels(report: string): string[] {
  const section = report.slice(report.indexOf('Callers by class'), report.indexOf('\n\n', report.indexOf('Callers by class')))
  return section
    .split('\n')
    .filter((line) => /^ {4} *\d+ {2}/.test(line))
    .map((line) => line.replace(/^ +\d+ {2}/, ''))
    .sort((a, b) => b.length - a.length)
}

/** Where the caller starts on each timeline row of a section. */
function callerColumns(section: string, labels: ReadonlyArray<string>): number[] {
  return section
    .split('\n')
    .filter((line) => TIMELINE_ROW.test(line))
    .map((line) => {
      const label = labels.find((l) => line.endsWith(`  ${l}`))
      if (label === undefined) throw new Error(`no caller at the end of ${line}`)
      return line.length - label.length
    })
}

describe('summarize: alignment and caller names', () => {
  it('lines up the caller column in the Support and the Trusted Advisor sections of examples/data', () => {
    const { stdout } = run(['summarize', 'examples/data'])
    const labels = callerLabels(stdout)
    const support = stdout.slice(stdout.indexOf('\nAWS Support cases'), stdout.indexOf('\nTrusted Advisor'))
    const advisor = stdout.slice(stdout.indexOf('\nTrusted Advisor'), stdout.indexOf('\nIssues:'))
    for (const section of [support, advisor]) {
      const columns = callerColumns(section, labels)
      expect(columns.length).toBeGreaterThan(5)
      expect(new Set(columns).size).toBe(1)
    }
    // the longest entry of the Trusted Advisor section is followed by two spaces, then the caller
    expect(advisor).toContain('UpdateOrganizationRecommendationLifecycle -> in_progress (organization)  root of 111122223333')
  })

  it('names an Identity Center user whose ARN is empty, instead of printing " (redacted)"', () => {
    const record = {
      eventVersion: '1.09',
      userIdentity: {
        type: 'IdentityCenterUser',
        arn: '',
        accountId: 'redacted',
        accessKeyId: '',
        onBehalfOf: { userId: 'redacted', identityStoreArn: 'arn:aws:identitystore::redacted:identitystore/redacted' },
        credentialId: 'redacted',
      },
      eventTime: '2025-09-22T12:29:21Z',
      eventSource: 'signin.amazonaws.com',
      eventName: 'UserAuthentication',
      awsRegion: 'us-east-2',
      eventID: 'redacted',
      eventType: 'AwsServiceEvent',
      recipientAccountId: 'redacted',
    }
    const { stdout } = run(['summarize', folder({ 'r.json': JSON.stringify({ Records: [record] }) })])
    expect(stdout).toContain('\n  identity-center-user       1\n         1  Identity Center user redacted (redacted)\n')
    expect(stdout).not.toMatch(/^ +\d+ {2} \(/m)
  })

  it.each([
    [{ type: 'IAMUser', userName: '', arn: 'arn:aws:iam::111122223333:user/ci', accountId: '111122223333' }, 'user arn:aws:iam::111122223333:user/ci (111122223333)'],
    [{ type: 'IAMUser', userName: '', arn: '', principalId: '', accountId: '' }, 'user ?'],
    [{ type: 'Root', accountId: '', principalId: '111122223333' }, 'root of an unknown account'],
    [{ type: 'AssumedRole', arn: '', principalId: 'AROAEXAMPLE:', accountId: '111122223333' }, 'session ? of role ? (111122223333)'],
    [{ type: 'IdentityCenterUser', onBehalfOf: { userId: '544894e8-80c1-707f-60e3-3ba6510dfac1' }, accountId: '111122223333' }, 'Identity Center user 544894e8-80c1-707f-60e3-3ba6510dfac1 (111122223333)'],
    [{ type: 'IdentityCenterUser' }, 'Identity Center user ?'],
    [{ type: 'User', arn: ' ', userName: 'x', accountId: '111122223333' }, 'x (111122223333)'],
    [{ type: 'User', arn: '' }, 'User'],
    [{ accountId: '111122223333', invokedBy: '' }, 'unknown (111122223333)'],
  ])('callerLabel of %j is %j', (userIdentity, label) => {
    expect(callerLabel(describeCaller({ userIdentity }))).toBe(label)
  })
})
