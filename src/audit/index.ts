export { supportCaseTimelines } from './support-cases.js'
export type {
  CaseCreated,
  CaseCommunication,
  CaseAttachment,
  CaseDescribed,
  CaseResolved,
  CaseCallFailed,
  SupportCaseEntry,
  SupportCaseTimeline,
  SupportCaseTimelines,
} from './support-cases.js'
export type { AuditedCall, FailedCall } from './call.js'
