import { describe, expect, it } from 'vitest'
import { parseRecords } from '../../../src/parse/parse-records.js'
import {
  SlackNotificationSeverity,
  SupportAppAccountType,
  isKnownSlackNotificationSeverity,
  isKnownSupportAppAccountType,
  supportApp,
} from '../../../src/aws/support-app/index.js'
import { fixtureRecords } from '../trustedadvisor/service-suite.js'

describe('Support App value lists', () => {
  it('keep a severity or account type AWS has not documented, without knowing it', () => {
    expect(SlackNotificationSeverity.is('urgent')).toBe(true)
    expect(isKnownSlackNotificationSeverity('urgent')).toBe(false)
    expect(isKnownSlackNotificationSeverity('high')).toBe(true)
    expect(isKnownSupportAppAccountType('management')).toBe(true)
    expect(isKnownSupportAppAccountType('delegated-admin')).toBe(false)
    expect(SupportAppAccountType.is('delegated-admin')).toBe(true)
  })

  it('type a Slack channel configuration member by member', () => {
    // SlackChannelConfiguration is a generated interface: its codec is the table's, reached through the
    // operations whose payloads hold it (the items of ListSlackChannelConfigurations' response).
    const { response } = supportApp.operations.ListSlackChannelConfigurations
    expect(response.is({ slackChannelConfigurations: [{ teamId: 'T012ABCDEFG', notifyOnResolveCase: 'yes' }] })).toBe(false)
    expect(response.is({ slackChannelConfigurations: [{ teamId: 'T012ABCDEFG', notifyOnCaseSeverity: 'none' }] })).toBe(true)
    // the same members in the requests and the response of the operations that write a configuration
    const { CreateSlackChannelConfiguration, UpdateSlackChannelConfiguration } = supportApp.operations
    for (const codec of [CreateSlackChannelConfiguration.request, UpdateSlackChannelConfiguration.request, UpdateSlackChannelConfiguration.response]) {
      expect(codec.is({ teamId: 'T012ABCDEFG', notifyOnResolveCase: 'yes' })).toBe(false)
      expect(codec.is({ teamId: 'T012ABCDEFG', notifyOnCaseSeverity: 'none' })).toBe(true)
    }
  })
})

describe('Support App read calls', () => {
  it('decode with requestParameters and responseElements null, as the documented samples show', () => {
    const [success] = fixtureRecords('supportapp', 'ListSlackChannelConfigurations')
    const record = { ...success, requestParameters: null, responseElements: null }
    const { records, issues } = parseRecords(record, { services: [supportApp] })
    expect(issues).toStrictEqual([])
    expect(supportApp.operations.ListSlackChannelConfigurations.is(records[0])).toBe(true)
  })

  it('reject a channel list that is not a list (an operation issue with its path)', () => {
    const [success] = fixtureRecords('supportapp', 'ListSlackChannelConfigurations')
    const record = { ...success, responseElements: { slackChannelConfigurations: { teamId: 'T012ABCDEFG' } } }
    const { records, issues } = parseRecords(record, { services: [supportApp] })
    expect(records).toStrictEqual([])
    expect(issues.map((issue) => [issue.kind, issue.path])).toStrictEqual([
      ['operation', '$.responseElements.slackChannelConfigurations'],
    ])
    expect(supportApp.is(record)).toBe(false)
  })

  it('keep the same channel list as a plain record, with no issue, when the service is not passed to parseRecords', () => {
    const [success] = fixtureRecords('supportapp', 'ListSlackChannelConfigurations')
    const record = { ...success, responseElements: { slackChannelConfigurations: { teamId: 'T012ABCDEFG' } } }
    const { records, issues } = parseRecords(record)
    expect(issues).toStrictEqual([])
    expect(records).toHaveLength(1)
    expect(records[0]).toBe(record)
    expect(supportApp.is(records[0])).toBe(false)
  })
})
