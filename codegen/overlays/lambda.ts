// Lambda: CloudTrail names most operations after the API version in their path, sometimes with a `v2`
// (`CreateFunction20150331`, `UpdateFunctionCode20150331v2`, `TagResource20170331v2`); older records and
// some operations use the bare name (`GetFunction`, `DeleteFunction`). Every form is an eventName of the
// same operation.
import type { Overlay } from '../overlay.js'

export const lambda: Overlay = {
  eventNames: (operation) => {
    const version = /^\/(\d{4})-(\d{2})-(\d{2})\//.exec(operation.http?.requestUri ?? '')
    if (version === null) return [operation.name]
    const dated = `${operation.name}${version[1]}${version[2]}${version[3]}`
    return [operation.name, dated, `${dated}v2`]
  },
  evidence: [
    { record: 'awsdoc-lambda__1.json', eventName: 'GetFunction', shows: 'the bare operation name' },
    { record: 'awsdoc-lambda__1.json', eventName: 'DeleteFunction', shows: 'the bare operation name; functionName' },
  ],
}
