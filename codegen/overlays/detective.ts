// Detective: AcceptInvitation records of the first API write the inviting account as `masterAccount`.
import type { Overlay } from '../overlay.js'

export const detective: Overlay = {
  shapeKeys: { AcceptInvitationRequest: { masterAccount: 's' } },
  evidence: [{ record: 'awsdoc-detective__1.json', eventName: 'AcceptInvitation', shows: 'masterAccount' }],
}
