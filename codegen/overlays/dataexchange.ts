// AWS Data Exchange logs its requests as they came: `Name`, `AssetType`, `Description`.
import type { Overlay } from '../overlay.js'

export const dataexchange: Overlay = {
  keyStyle: 'wire',
  evidence: [{ record: 'awsdoc-data-exchange__1.json', eventName: 'CreateDataSet', shows: 'Name, AssetType, Description' }],
}
