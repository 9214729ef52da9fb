export { EventVersion, parseEventVersion, compareEventVersions } from './event-version.js'
export {
  EventType,
  isKnownEventType,
  EventCategory,
  isKnownEventCategory,
  EventContext,
  Resource,
  AddendumReason,
  Addendum,
  TlsDetails,
  EdgeDeviceDetails,
  RecordFields,
} from './fields.js'
export type { KnownEventType, KnownEventCategory, InsightShape } from './fields.js'
export { InsightType, InsightDetails } from './insight-details.js'
export { EventRecord, InsightRecord, CloudTrailRecord, isInsightRecord, isEventRecord } from './record.js'
export type { AnyCloudTrailRecord } from './record.js'
export {
  StoredTimestamp,
  isStoredTimestamp,
  storedTimestampAsIso,
  storedEventTimeAsDate,
  StoredBoolean,
  booleanOf,
  StoredEventRecord,
  StoredInsightRecord,
  StoredRecord,
} from './stored.js'
export type { RecordForm, StoredTimestampBrand } from './stored.js'
export { LogFile, DigestFile } from './log-file.js'
export { dedupeByEventId, applyAddenda } from './dedupe.js'
export type { HasEventId, HasAddendum } from './dedupe.js'
