// KMS: CloudTrail marks the cryptographic operations read-only (they change no resource), an older
// CreateCustomKeyStore record writes the CloudHSM cluster as `clusterId`, and `additionalEventData` carries what
// the request does not say: the custom key store and CloudHSM cluster a call reached, the backing keys of a key in
// a CloudHSM key store, the Nitro Enclave that asked (`recipient`), the grant a RetireGrant retired.
import type { Extra, Overlay } from '../overlay.js'

/** The cryptographic operations: they use a key and change nothing. */
const CRYPTOGRAPHIC = [
  'Decrypt',
  'DeriveSharedSecret',
  'Encrypt',
  'GenerateDataKey',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
  'GenerateDataKeyWithoutPlaintext',
  'GenerateMac',
  'GenerateRandom',
  'ReEncrypt',
  'Sign',
  'Verify',
  'VerifyMac',
]

/** The enclave a cryptographic call answered to, from its attestation document (AWS Nitro Enclaves). */
const RECIPIENT: Extra = {
  struct: 'RecipientAttestation',
  members: { attestationDocumentModuleId: 's', attestationDocumentEnclaveImageDigest: 's' },
}

/**
 * The keys of `additionalEventData` by operation, as the AWS KMS developer guide's CloudTrail examples show
 * them. `backingKey`, `backingKeys` and `backingKeysDeletionStatus` are JSON written as a string.
 */
function additionalEventDataOf(operation: string): { readonly [key: string]: Extra } {
  if (CRYPTOGRAPHIC.includes(operation)) return { customKeyStoreId: 's', recipient: RECIPIENT }
  switch (operation) {
    case 'ConnectCustomKeyStore':
    case 'DisconnectCustomKeyStore':
    case 'DeleteCustomKeyStore':
      return { customKeyStoreName: 's', clusterId: 's' }
    case 'CreateKey':
      return { backingKey: 's' }
    case 'ScheduleKeyDeletion':
      return { customKeyStoreId: 's', clusterId: 's', backingKeys: 's', backingKeysDeletionStatus: 's' }
    case 'RetireGrant':
      return { grantId: 's' }
    default:
      return {}
  }
}

export const kms: Overlay = {
  readOnly: Object.fromEntries(CRYPTOGRAPHIC.map((name) => [name, true])),
  memberKeys: (shape, member) =>
    shape === 'CreateCustomKeyStoreRequest' && member === 'CloudHsmClusterId' ? ['clusterId'] : [],
  additionalEventData: (operation) => additionalEventDataOf(operation.name),
  // The structures are named after the first operation that has them; these say what they are for.
  typeNames: {
    AdditionalEventData: 'CustomKeyStoreAdditionalEventData',
    DecryptAdditionalEventData: 'CryptographicAdditionalEventData',
  },
  evidence: [
    { record: 'awsdocs-kms__9.json', eventName: 'Decrypt', shows: 'readOnly true' },
    { record: 'awsdoc-kms__14.json', eventName: 'Encrypt', shows: 'readOnly true' },
    { record: 'awsdoc-kms__15.json', eventName: 'GenerateDataKey', shows: 'readOnly true' },
    { record: 'awsdoc-kms__16.json', eventName: 'GenerateDataKeyPair', shows: 'readOnly true' },
    { record: 'awsdoc-kms__18.json', eventName: 'GenerateDataKeyWithoutPlaintext', shows: 'readOnly true' },
    { record: 'awsdocs-kms__28.json', eventName: 'GenerateMac', shows: 'readOnly true' },
    { record: 'awsdoc-kms__19.json', eventName: 'GenerateRandom', shows: 'readOnly true' },
    { record: 'awsdocs-kms__40.json', eventName: 'Sign', shows: 'readOnly true' },
    { record: 'awsdocs-kms__48.json', eventName: 'VerifyMac', shows: 'readOnly true' },
    { record: 'awsdocs-kms__2.json', eventName: 'CreateCustomKeyStore', shows: 'clusterId for CloudHsmClusterId' },
    { record: 'awsdocs-kms__9.json', eventName: 'Decrypt', shows: 'additionalEventData: customKeyStoreId' },
    { record: 'awsdocs-kms__24.json', eventName: 'GenerateDataKey', shows: 'additionalEventData: recipient' },
    { record: 'awsdocs-kms__25.json', eventName: 'GenerateRandom', shows: 'additionalEventData: recipient' },
    { record: 'awsdocs-kms__1.json', eventName: 'ConnectCustomKeyStore', shows: 'additionalEventData: customKeyStoreName, clusterId' },
    { record: 'awsdocs-kms__14.json', eventName: 'DeleteCustomKeyStore', shows: 'additionalEventData: customKeyStoreName, clusterId' },
    { record: 'awsdocs-kms__20.json', eventName: 'DisconnectCustomKeyStore', shows: 'additionalEventData: customKeyStoreName, clusterId' },
    { record: 'awsdocs-kms__6.json', eventName: 'CreateKey', shows: 'additionalEventData: backingKey, JSON in a string' },
    { record: 'awsdocs-kms__39.json', eventName: 'ScheduleKeyDeletion', shows: 'additionalEventData: customKeyStoreId, clusterId, backingKeys' },
    { record: 'awsdocs-kms__35.json', eventName: 'RetireGrant', shows: 'additionalEventData: grantId' },
  ],
}
