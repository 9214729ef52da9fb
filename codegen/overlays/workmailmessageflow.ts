// WorkMail Message Flow: its records' eventSource is workmailMessageFlow.amazonaws.com (with capitals).
import type { Overlay } from '../overlay.js'

export const workmailmessageflow: Overlay = {
  eventSource: 'workmailMessageFlow.amazonaws.com',
  evidence: [
    { record: 'awsdoc-workmail__1.json', eventName: 'GetRawMessageContent', shows: 'eventSource workmailMessageFlow.amazonaws.com' },
  ],
}
