// KMS: CloudTrail marks the cryptographic operations read-only (they change no resource), and an older
// CreateCustomKeyStore record writes the CloudHSM cluster as `clusterId`.
import type { Overlay } from '../overlay.js'

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

export const kms: Overlay = {
  readOnly: Object.fromEntries(CRYPTOGRAPHIC.map((name) => [name, true])),
  memberKeys: (shape, member) =>
    shape === 'CreateCustomKeyStoreRequest' && member === 'CloudHsmClusterId' ? ['clusterId'] : [],
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
  ],
}
