// IAM Identity Center OIDC: its endpoint prefix is oidc, its records' eventSource sso.amazonaws.com.
import type { Overlay } from '../overlay.js'

export const ssoOidc: Overlay = {
  eventSource: 'sso.amazonaws.com',
  evidence: [
    { record: 'idc-doc__2.json', eventName: 'CreateToken', shows: 'eventSource sso.amazonaws.com' },
    { record: 'awsdoc-single-sign-on__3.json', eventName: 'CreateToken', shows: 'eventSource sso.amazonaws.com' },
  ],
}
