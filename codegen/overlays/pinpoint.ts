// Pinpoint logs its requests as they came: the URI's `application-id`, body members under their own names.
import type { Overlay } from '../overlay.js'

export const pinpoint: Overlay = {
  keyStyle: 'wire',
  // CloudTrail masks a campaign's messages as "***", in the request and in the response.
  memberTypes: { WriteCampaignRequest: { MessageConfiguration: 'd' }, CampaignResponse: { MessageConfiguration: 'd' } },
  evidence: [
    { record: 'awsdoc-pinpoint__1.json', eventName: 'CreateCampaign', shows: 'application-id, Name, SegmentId, Schedule, ...; MessageConfiguration: "***"' },
    { record: 'awsdoc-pinpoint__1.json', eventName: 'GetCampaigns', shows: 'application-id' },
  ],
}
