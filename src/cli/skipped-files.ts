import { isAccountId, isOrganizationId } from './aws-ids.js'

/**
 * Why a file found in a directory is not read: the files AWS puts beside
 * CloudTrail logs in a trail's bucket, as a copy made with `aws s3 sync` holds
 * them.
 *
 * - `digest`: a digest file of log file integrity validation
 *   (`AWSLogs/<account>/CloudTrail-Digest/.../<account>_CloudTrail-Digest_...json.gz`);
 *   one read anyway (given by name, or elsewhere) is recognised by its
 *   content, and counts here too.
 * - `other-service`: a file another service delivers under
 *   `AWSLogs/[<organization>/]<account>/<service>/`, such as AWS Config's
 *   `ConfigHistory` and `ConfigSnapshot` files.
 * - `empty`: an empty file, such as the zero-byte "folder" objects S3 consoles
 *   and sync tools write.
 */
export type SkipReason = 'digest' | 'other-service' | 'empty'

/** How many files were skipped, by reason. */
export type SkipCounts = Record<SkipReason, number>

/** How the report names each reason, in its order: `3 digest files`. */
export const skipReasonNames: ReadonlyArray<readonly [SkipReason, string, string]> = [
  ['digest', 'digest file', 'digest files'],
  ['other-service', 'file of another AWS service', 'files of other AWS services'],
  ['empty', 'empty file', 'empty files'],
]

/** The folders of `AWSLogs/<account>/` that hold CloudTrail records: logs and Insights events. */
const RECORD_FOLDERS: ReadonlySet<string> = new Set(['CloudTrail', 'CloudTrail-Insight'])

/**
 * The service folder of a path inside an `AWSLogs/` tree: the segment after
 * `AWSLogs/<account>/` or `AWSLogs/<organization>/<account>/`.
 */
function serviceFolderOf(segments: ReadonlyArray<string>): string | undefined {
  const logs = segments.lastIndexOf('AWSLogs')
  if (logs === -1) return undefined
  let at = logs + 1
  if (isOrganizationId(segments[at] ?? '')) at++
  if (!isAccountId(segments[at] ?? '')) return undefined
  // the service folder is a folder: a file right under the account is not in one
  return at + 2 < segments.length ? segments[at + 1] : undefined
}

/**
 * Whether a file found while walking a directory is skipped, and why, from
 * its path and size alone (the path and name AWS gives these files are
 * reliable). A file whose path says nothing is read; a digest file that is
 * not where AWS puts it is recognised by its content when it is read.
 *
 * @param path - the file's path, with `/` or `\` separators
 * @param size - its size in bytes
 * @returns the reason to skip it, or `undefined` to read it
 */
export function skipReasonOf(path: string, size: number): SkipReason | undefined {
  const segments = path.split('\\').join('/').split('/')
  const name = segments[segments.length - 1] ?? ''
  if (name.includes('_CloudTrail-Digest_') || segments.includes('CloudTrail-Digest')) return 'digest'
  if (size === 0) return 'empty'
  const service = serviceFolderOf(segments)
  return service === undefined || RECORD_FOLDERS.has(service) ? undefined : 'other-service'
}
