/**
 * A Lambda handler for CloudTrail log files announced by S3, in every shape
 * AWS delivers the notification (S3 directly, through SNS or SQS,
 * EventBridge "Object Created" events, CloudTrail's own SNS notifications):
 * {@link handleS3Notifications} fetches each object with your S3 client,
 * streams it through `streamRecords` and reports partial batch failures as
 * SQS expects. No AWS SDK dependency; no Node.js-only module.
 *
 * @module cloudtrail-codecs/lambda
 */
export { handleS3Notifications } from './handler.js'
export type { FetchObject, ObjectReport, OnRecords, S3HandlerOptions, S3NotificationHandler, SqsBatchResponse } from './handler.js'
export { decodeS3EventKey, isCloudTrailDigestKey, isCloudTrailLogKey } from './keys.js'
export { readNotifications } from './notifications.js'
export type { NotificationEvent, NotificationMessage, S3ObjectRef, SkippedNotification, SkipReason } from './notifications.js'
