// Forecast: CreateDataset records of the first API write `dataFormat` and `timeStampFormat`, which the model
// no longer has.
import type { Overlay } from '../overlay.js'

export const forecast: Overlay = {
  shapeKeys: { CreateDatasetRequest: { dataFormat: 's', timeStampFormat: 's' } },
  evidence: [{ record: 'awsdoc-forecast__1.json', eventName: 'CreateDataset', shows: 'dataFormat, timeStampFormat' }],
}
