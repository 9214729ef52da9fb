// CloudWatch Synthetics logs its requests as they came: the URI's `name`, body members under their own names.
import type { Overlay } from '../overlay.js'

export const synthetics: Overlay = {
  keyStyle: 'wire',
  // GetCanaryRuns of the first API filtered by `Filter` and `FilterValues`.
  shapeKeys: { GetCanaryRunsRequest: { Filter: 's', FilterValues: { list: 's' } } },
  evidence: [
    { record: 'awsdoc-cloudwatch__3.json', eventName: 'UpdateCanary', shows: 'name (URI), Schedule { Expression }, Code { Handler, ZipFile }' },
    { record: 'awsdoc-cloudwatch__4.json', eventName: 'GetCanaryRuns', shows: 'name (URI), Filter, FilterValues' },
  ],
}
