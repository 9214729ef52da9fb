// SQS: AddPermission's AWSAccountIds keeps its capitals.
import type { Overlay } from '../overlay.js'

export const sqs: Overlay = {
  memberKeys: (shape, member) => (shape === 'AddPermissionRequest' && member === 'AWSAccountIds' ? ['AWSAccountIds'] : []),
  evidence: [{ record: 'awsdoc-sqs__1.json', eventName: 'AddPermission', shows: 'AWSAccountIds' }],
}
