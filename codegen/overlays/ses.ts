// SES (v1): its endpoint prefix is email, its records' eventSource ses.amazonaws.com (its signing name).
import type { Overlay } from '../overlay.js'

export const ses: Overlay = {
  eventSource: 'ses.amazonaws.com',
  evidence: [{ record: 'awsdoc-ses__1.json', eventName: 'VerifyEmailIdentity', shows: 'eventSource ses.amazonaws.com' }],
}
