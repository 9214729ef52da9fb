/**
 * Typed, lossless io-ts codecs for AWS CloudTrail records.
 *
 * Start with {@link parseRecords}: it reads a log file, NDJSON, or any wrapper
 * CloudTrail arrives in, and never throws. Narrow records with the guards
 * ({@link isKnownIdentity}, `isSupportEvent`, ...) and describe callers with
 * `classifyCaller` and `describeCaller`.
 *
 * @packageDocumentation
 */
export * from './codec/index.js'
export * from './record/index.js'
export * from './identity/index.js'
export * from './errors/index.js'
export * from './sources/index.js'
export * from './services/index.js'
export * from './parse/index.js'
export * from './audit/index.js'
