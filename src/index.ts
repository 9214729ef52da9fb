/**
 * The core: typed, lossless io-ts codecs for AWS CloudTrail records, and no
 * service. Start with {@link parseRecords}: it reads a log file, NDJSON, or any
 * wrapper CloudTrail arrives in, and never throws. Describe callers with
 * `classifyCaller` and `describeCaller`. Import the services you need from
 * `cloudtrail-codecs/aws/<name>` (`support`, `iam`, `s3`, ...), pass them to
 * `parseRecords(input, { services })` to check their payloads, and narrow
 * with `service.is`.
 *
 * @module cloudtrail-codecs
 */
export * from './codec/index.js'
export * from './record/index.js'
export * from './identity/index.js'
export * from './errors/index.js'
export * from './sources/index.js'
export * from './services/index.js'
export * from './parse/index.js'
