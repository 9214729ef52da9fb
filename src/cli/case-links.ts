import { support } from 'cloudtrail-codecs/aws/support'
import { nonEmpty } from '../audit/non-empty.js'

/**
 * What ties a Support call to a case when the call itself names none, read
 * as `supportCaseTimelines` reads it (`cloudtrail-codecs/audit`): an upload
 * (`AddAttachmentsToSet`) belongs to the cases whose `CreateCase` or
 * `AddCommunicationToCase` sent its attachment set, and a
 * `DescribeAttachment` to the case whose communications list the attachment.
 * `summarize` reads one record at a time, so it gathers these links as they
 * come and places such calls once their case is known.
 */
export type CaseLink =
  | { readonly by: 'attachment-set'; readonly id: string }
  | { readonly by: 'attachment'; readonly id: string }

/**
 * The attachment set of an upload, or the attachment a `DescribeAttachment`
 * reads, failed calls included.
 *
 * @param record - a record
 * @returns how the call joins its case, or `undefined` for any other call
 */
export function caseLinkOf(record: unknown): CaseLink | undefined {
  if (!support.is(record)) return undefined
  switch (record.eventName) {
    case 'AddAttachmentsToSet': {
      const id = nonEmpty(record.responseElements?.attachmentSetId) ?? nonEmpty(record.requestParameters?.attachmentSetId)
      return id === undefined ? undefined : { by: 'attachment-set', id }
    }
    case 'DescribeAttachment': {
      const id = nonEmpty(record.requestParameters?.attachmentId)
      return id === undefined ? undefined : { by: 'attachment', id }
    }
    default:
      return undefined
  }
}

type Communications = ReadonlyArray<{
  readonly caseId?: string | null
  readonly attachmentSet?: ReadonlyArray<{ readonly attachmentId?: string | null } | null> | null
} | null>

function owners(communications: Communications | null | undefined, fallbackCaseId: string | undefined, found: Array<[string, string]>): void {
  for (const communication of communications ?? []) {
    const caseId = nonEmpty(communication?.caseId) ?? fallbackCaseId
    if (caseId === undefined) continue
    for (const attachment of communication?.attachmentSet ?? []) {
      const id = nonEmpty(attachment?.attachmentId)
      if (id !== undefined) found.push([id, caseId])
    }
  }
}

/**
 * The attachments a successful `DescribeCases` or `DescribeCommunications`
 * response lists, with the case each belongs to.
 *
 * @param record - a record
 * @returns `[attachmentId, caseId]` pairs; none for any other call
 */
export function attachmentOwnersOf(record: unknown): ReadonlyArray<readonly [string, string]> {
  if (!support.is(record) || (record.errorCode !== undefined && record.errorCode !== '')) return []
  const found: Array<[string, string]> = []
  switch (record.eventName) {
    case 'DescribeCommunications':
      owners(record.responseElements?.communications, nonEmpty(record.requestParameters?.caseId), found)
      break
    case 'DescribeCases':
      for (const details of record.responseElements?.cases ?? []) {
        owners(details?.recentCommunications?.communications, nonEmpty(details?.caseId), found)
      }
      break
    default:
      break
  }
  return found
}
