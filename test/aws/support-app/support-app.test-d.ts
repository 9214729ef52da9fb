import { describe, expectTypeOf, it } from 'vitest'
import type { OpenEnum } from '../../../src/codec/open-enum.js'
import type { CloudTrailRecord } from '../../../src/record/record.js'
import { isSupportAppEvent } from '../../../src/services/supportapp/index.js'
import type { SlackChannelConfiguration } from '../../../src/services/supportapp/index.js'

declare const record: CloudTrailRecord

describe('narrowing a record with isSupportAppEvent and switch (event.eventName)', () => {
  it('types the Slack configuration payloads', () => {
    if (isSupportAppEvent(record)) {
      switch (record.eventName) {
        case 'CreateSlackChannelConfiguration':
          expectTypeOf(record.requestParameters?.notifyOnCaseSeverity).toEqualTypeOf<
            OpenEnum<'none' | 'all' | 'high'> | undefined
          >()
          // @ts-expect-error: the member is channelId, not channelID
          void record.requestParameters?.channelID
          break
        case 'ListSlackChannelConfigurations':
          expectTypeOf(record.responseElements?.slackChannelConfigurations).toEqualTypeOf<
            SlackChannelConfiguration[] | undefined
          >()
          break
        case 'RegisterSlackWorkspaceForOrganization':
          expectTypeOf(record.responseElements?.accountType).toEqualTypeOf<
            OpenEnum<'management' | 'member'> | undefined
          >()
          break
        case 'GetAccountAlias':
          expectTypeOf(record.requestParameters).toEqualTypeOf<{ [key: string]: unknown } | null | undefined>()
          expectTypeOf(record.responseElements?.accountAlias).toEqualTypeOf<string | undefined>()
          break
        default:
          break
      }
    }
  })
})
