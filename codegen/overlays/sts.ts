// STS: CloudTrail adds the session tags passed on (incomingTransitiveTags, principalTags, transitiveTagKeys) and,
// for SAML, the assertion's ID and the session name instead of the assertion.
import type { Overlay } from '../overlay.js'

export const sts: Overlay = {
  shapeKeys: {
    AssumeRoleRequest: { incomingTransitiveTags: { map: 's' } },
    AssumeRoleWithSAMLRequest: {
      sAMLAssertionID: 's',
      roleSessionName: 's',
      principalTags: { map: 's' },
      transitiveTagKeys: { list: 's' },
    },
  },
  evidence: [
    { record: 'awsdoc-iam__3.json', eventName: 'AssumeRole', shows: 'incomingTransitiveTags' },
    {
      record: 'awsdocs-iam__9.json',
      eventName: 'AssumeRoleWithSAML',
      shows: 'sAMLAssertionID, roleSessionName, principalTags, transitiveTagKeys',
    },
  ],
}
