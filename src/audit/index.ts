/**
 * Answers to audit questions from decoded records: {@link supportCaseTimelines}
 * tells the story of each AWS Support case, {@link trustedAdvisorActivity} who
 * refreshed, read, excluded and configured what in Trusted Advisor, and
 * {@link supportPermitActivity} who created, deleted or rejected which support
 * permit: each takes any iterable of records and imports the services it reads.
 * {@link signInSummary} and {@link signInAdditionalData} read one sign-in event
 * (`cloudtrail-codecs/aws/signin`): how it ended, whether MFA was used, its
 * `additionalEventData` typed for its eventName.
 *
 * @module cloudtrail-codecs/audit
 */
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
export { trustedAdvisorActivity } from './trusted-advisor.js'
export type {
  CheckRefresh,
  ResultRead,
  ResourceExclusion,
  ResourceInclusion,
  LifecycleChange,
  TrustedAdvisorCallFailed,
  CheckEntry,
  RecommendationEntry,
  CheckActivity,
  RecommendationActivity,
  SettingsChange,
  TrustedAdvisorActivity,
} from './trusted-advisor.js'
export { supportPermitActivity } from './support-permits.js'
export type {
  PermitActions,
  PermitResources,
  PermitCondition,
  PermitCall,
  PermitDetails,
  PermitCreation,
  PermitDeletion,
  PermitRequestRejection,
  SupportPermitEntry,
  SupportPermitHistory,
  SupportPermitActivity,
} from './support-permits.js'
export {
  signInSummary,
  signInAdditionalData,
  CredentialChallengeServiceEventDetails,
  CredentialVerificationServiceEventDetails,
  UserAuthenticationServiceEventDetails,
} from './sign-in.js'
export type { SigninEventName, SigninAdditionalData, SignInFields, SignInOutcome, SignInSummary } from './sign-in.js'
