// Pinpoint SMS and Voice (v1) logs its requests as they came: `ConfigurationSetName`, `EventDestination`.
import type { Overlay } from '../overlay.js'

export const pinpointSmsVoice: Overlay = {
  keyStyle: 'wire',
  evidence: [
    { record: 'awsdoc-pinpoint__2.json', eventName: 'CreateConfigurationSet', shows: 'ConfigurationSetName; eventSource sms-voice.amazonaws.com' },
    {
      record: 'awsdoc-pinpoint__2.json',
      eventName: 'CreateConfigurationSetEventDestination',
      shows: 'ConfigurationSetName, EventDestinationName, EventDestination { Enabled, MatchingEventTypes, CloudWatchLogsDestination }',
    },
  ],
}
