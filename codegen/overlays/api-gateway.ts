// API Gateway (v1): CloudTrail adds `template: false` to the requests it logs.
import type { Overlay } from '../overlay.js'

export const apiGateway: Overlay = {
  requestKeys: () => ({ template: 'b' }),
  evidence: [{ record: 'trailscraper__3.json', eventName: 'GetResource', shows: 'template: false beside restApiId, resourceId' }],
}
