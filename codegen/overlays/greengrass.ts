// IoT Greengrass (v1) logs its requests as they came: URI members under their locationName (`GroupId`).
import type { Overlay } from '../overlay.js'

export const greengrass: Overlay = {
  keyStyle: 'wire',
  evidence: [
    { record: 'awsdoc-greengrass__2.json', eventName: 'GetGroupVersion', shows: 'GroupId, GroupVersionId' },
    { record: 'awsdoc-greengrass__3.json', eventName: 'GetConnectivityInfo', shows: 'ThingName' },
  ],
}
