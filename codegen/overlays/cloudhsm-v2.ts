// CloudHSM (the current API, cloudhsmv2): its records' eventSource is cloudhsm.amazonaws.com, its signing name.
import type { Overlay } from '../overlay.js'

export const cloudhsmV2: Overlay = {
  eventSource: 'cloudhsm.amazonaws.com',
  evidence: [
    {
      record: 'awsdoc-cloudhsm__1.json',
      eventName: 'CreateHsm',
      shows: 'eventSource cloudhsm.amazonaws.com with the cloudhsmv2 request (clusterId, availabilityZone)',
    },
  ],
}
