/**
 * Where CloudTrail writes log files: `.../AWSLogs/[o-org/]<account>/CloudTrail/<region>/<yyyy>/<mm>/<dd>/<name>.json.gz`,
 * and Insights events under `CloudTrail-Insight/`. Digest files (`CloudTrail-Digest/`) hold no records.
 */
const LOG_FOLDER = /(?:^|\/)CloudTrail(?:-Insight)?\//
const DIGEST_FOLDER = /(?:^|\/)CloudTrail-Digest\//
const JSON_FILE = /\.json(?:\.gz)?$/i

/**
 * Whether an S3 key is a CloudTrail log file: a `.json.gz` (or `.json`) file
 * under a `CloudTrail/` or `CloudTrail-Insight/` folder, as a trail writes
 * them (with or without a key prefix, organization trails included). Digest
 * files (`CloudTrail-Digest/`) and anything else are not.
 *
 * @param key - an S3 object key, decoded
 * @returns `true` for a log file
 *
 * @example
 * ```ts
 * import { isCloudTrailLogKey } from 'cloudtrail-codecs/lambda'
 *
 * isCloudTrailLogKey('AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/02/111122223333_CloudTrail_us-east-1_20261102T1005Z_aB3dE5fG7hJ9kL1m.json.gz')   // true
 * isCloudTrailLogKey('AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/11/02/111122223333_CloudTrail-Digest_us-east-1_trail_us-east-1_20261102T100000Z.json.gz')   // false
 * ```
 */
export function isCloudTrailLogKey(key: string): boolean {
  return JSON_FILE.test(key) && LOG_FOLDER.test(key) && !DIGEST_FOLDER.test(key)
}

/**
 * Whether an S3 key is a CloudTrail digest file (`CloudTrail-Digest/`).
 *
 * @param key - an S3 object key, decoded
 * @returns `true` for a digest file
 *
 * @example
 * ```ts
 * import { isCloudTrailDigestKey } from 'cloudtrail-codecs/lambda'
 *
 * isCloudTrailDigestKey('AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/11/02/digest.json.gz')   // true
 * ```
 */
export function isCloudTrailDigestKey(key: string): boolean {
  return DIGEST_FOLDER.test(key)
}

/**
 * The key of an S3 event notification as S3 names the object: S3 writes it
 * URL-encoded, with `+` for a space (`red flower.jpg` as `red+flower.jpg`).
 * A key that is not valid percent-encoding is kept as it came.
 *
 * @param key - `Records[].s3.object.key` as the notification has it
 * @returns the object's key
 *
 * @example
 * ```ts
 * import { decodeS3EventKey } from 'cloudtrail-codecs/lambda'
 *
 * decodeS3EventKey('logs/red+flower%281%29.json.gz')   // 'logs/red flower(1).json.gz'
 * ```
 */
export function decodeS3EventKey(key: string): string {
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '))
  } catch {
    return key
  }
}
