// ACM Private CA: ListTags is read-only, and its records carry the tags in responseElements all the same.
import type { Overlay } from '../overlay.js'

export const acmPca: Overlay = {
  readOnlyResponses: ['ListTags'],
  evidence: [{ record: 'awsdoc-private-ca__7.json', eventName: 'ListTags', shows: 'responseElements { tags } of a read-only call' }],
}
