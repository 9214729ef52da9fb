import { describe, expectTypeOf, it } from 'vitest'
import type { OpenEnum } from '../../../src/codec/open-enum.js'
import type { CloudTrailRecord } from '../../../src/record/record.js'
import type { EventOf } from '../../../src/services/service.js'
import { supportApp } from '../../../src/aws/support-app/index.js'
import type {
  GetAccountAliasRequest,
  SlackChannelConfiguration,
  SlackNotificationSeverity,
  SupportAppAccountType,
  SupportAppEvent,
} from '../../../src/aws/support-app/index.js'

declare const record: CloudTrailRecord

describe('narrowing a record with supportApp.is and switch (event.eventName)', () => {
  it('types the Slack configuration payloads', () => {
    if (supportApp.is(record)) {
      switch (record.eventName) {
        case 'CreateSlackChannelConfiguration':
          expectTypeOf(record.requestParameters?.notifyOnCaseSeverity).toEqualTypeOf<
            OpenEnum<'none' | 'all' | 'high'> | null | undefined
          >()
          expectTypeOf(record.requestParameters?.notifyOnCaseSeverity).toEqualTypeOf<SlackNotificationSeverity | null | undefined>()
          // @ts-expect-error: the member is channelId, not channelID
          void record.requestParameters?.channelID
          break
        case 'ListSlackChannelConfigurations':
          expectTypeOf(record.responseElements?.slackChannelConfigurations).toEqualTypeOf<
            (SlackChannelConfiguration | null)[] | null | undefined
          >()
          break
        case 'RegisterSlackWorkspaceForOrganization':
          expectTypeOf(record.responseElements?.accountType).toEqualTypeOf<
            OpenEnum<'management' | 'member'> | null | undefined
          >()
          expectTypeOf(record.responseElements?.accountType).toEqualTypeOf<SupportAppAccountType | null | undefined>()
          break
        case 'GetAccountAlias':
          // an operation without input: its request is a structure without members (any object, keys kept)
          expectTypeOf(record.requestParameters).toEqualTypeOf<GetAccountAliasRequest | null | undefined>()
          expectTypeOf<keyof GetAccountAliasRequest>().toBeNever()
          expectTypeOf(record.responseElements?.accountAlias).toEqualTypeOf<string | null | undefined>()
          break
        default:
          break
      }
    }
  })
})

describe('narrowing a record with supportApp.operations.X.is', () => {
  it('types one operation, the same type as SupportAppEvent<X> and EventOf the operation', () => {
    const u: unknown = record
    if (supportApp.operations.CreateSlackChannelConfiguration.is(u)) {
      expectTypeOf(u).toEqualTypeOf<SupportAppEvent<'CreateSlackChannelConfiguration'>>()
      expectTypeOf(u).toEqualTypeOf<EventOf<typeof supportApp.operations.CreateSlackChannelConfiguration>>()
      expectTypeOf(u.eventSource).toEqualTypeOf<'supportapp.amazonaws.com'>()
      expectTypeOf(u.requestParameters?.notifyOnCaseSeverity).toEqualTypeOf<OpenEnum<'none' | 'all' | 'high'> | null | undefined>()
      // @ts-expect-error: the member is channelId, not channelID
      void u.requestParameters?.channelID
    }
  })
})
