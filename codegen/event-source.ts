// The eventSource of a service's records.
import type { ModelMetadata } from './model.js'

/**
 * Signing names that are a shared scope rather than the service's own name: `execute-api` (API Gateway
 * style signing), `aws-marketplace` (every Marketplace API), `awsssoportal` and `sso-oauth` (IAM Identity
 * Center's portal and OIDC APIs), and names that are not host-like (`IoTSecuredTunneling`).
 */
const SHARED_SIGNING_NAMES = new Set(['execute-api', 'aws-marketplace', 'awsssoportal', 'sso-oauth'])

/**
 * The rule: `<endpointPrefix>.amazonaws.com`. When the endpoint prefix is a sub-domain (`api.ecr`,
 * `runtime.sagemaker`, `sms-voice.pinpoint`), CloudTrail writes the signing name instead (`ecr`,
 * `sagemaker`, `sms-voice`: the corpus shows it for ecr, detective, mediatailor, sagemaker and
 * pinpoint-sms-voice), unless that signing name is a shared scope or not a host-like name. A service's
 * overlay may set it otherwise, backed by a record.
 *
 * @param metadata - the model's metadata
 * @param override - the overlay's eventSource, if any
 * @returns the eventSource
 */
export function eventSourceOf(metadata: ModelMetadata, override?: string): string {
  if (override !== undefined) return override
  const { endpointPrefix, signingName } = metadata
  if (
    endpointPrefix.includes('.') &&
    signingName !== undefined &&
    /^[a-z0-9-]+$/.test(signingName) &&
    !SHARED_SIGNING_NAMES.has(signingName)
  ) {
    return `${signingName}.amazonaws.com`
  }
  return `${endpointPrefix}.amazonaws.com`
}
