// MediaTailor logs its requests as they came: `Name`, `VideoContentSourceUrl`, `AdDecisionServerUrl`.
import type { Overlay } from '../overlay.js'

export const mediatailor: Overlay = {
  keyStyle: 'wire',
  evidence: [
    {
      record: 'awsdoc-elemental-mediatailor__1.json',
      eventName: 'PutPlaybackConfiguration',
      shows: 'Name, VideoContentSourceUrl, AdDecisionServerUrl',
    },
    { record: 'awsdoc-elemental-mediatailor__2.json', eventName: 'GetPlaybackConfiguration', shows: 'Name (URI)' },
  ],
}
