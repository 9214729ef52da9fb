// Every service's overlay, by entry name: one file per service that needs a rule of its own (see overlay.ts).
import type { Overlay } from '../overlay.js'
import { acm } from './acm.js'
import { acmPca } from './acm-pca.js'
import { apiGateway } from './api-gateway.js'
import { appstream } from './appstream.js'
import { cloudhsmV2 } from './cloudhsm-v2.js'
import { codeguruReviewer } from './codeguru-reviewer.js'
import { dataexchange } from './dataexchange.js'
import { detective } from './detective.js'
import { ec2 } from './ec2.js'
import { eks } from './eks.js'
import { forecast } from './forecast.js'
import { greengrass } from './greengrass.js'
import { kms } from './kms.js'
import { lambda } from './lambda.js'
import { marketplaceMetering } from './marketplace-metering.js'
import { mediatailor } from './mediatailor.js'
import { migrationHub } from './migration-hub.js'
import { pinpoint } from './pinpoint.js'
import { pinpointSmsVoice } from './pinpoint-sms-voice.js'
import { polly } from './polly.js'
import { rds } from './rds.js'
import { rdsData } from './rds-data.js'
import { s3 } from './s3.js'
import { securityhub } from './securityhub.js'
import { ses } from './ses.js'
import { signin } from './signin.js'
import { sqs } from './sqs.js'
import { ssoOidc } from './sso-oidc.js'
import { sts } from './sts.js'
import { support } from './support.js'
import { supportApp } from './support-app.js'
import { synthetics } from './synthetics.js'
import { trustedadvisor } from './trustedadvisor.js'
import { workmailmessageflow } from './workmailmessageflow.js'

export const overlays: { readonly [name: string]: Overlay } = {
  acm,
  'acm-pca': acmPca,
  'api-gateway': apiGateway,
  appstream,
  'cloudhsm-v2': cloudhsmV2,
  'codeguru-reviewer': codeguruReviewer,
  dataexchange,
  detective,
  ec2,
  eks,
  forecast,
  greengrass,
  kms,
  lambda,
  'marketplace-metering': marketplaceMetering,
  mediatailor,
  'migration-hub': migrationHub,
  pinpoint,
  'pinpoint-sms-voice': pinpointSmsVoice,
  polly,
  rds,
  'rds-data': rdsData,
  s3,
  securityhub,
  ses,
  signin,
  sqs,
  'sso-oidc': ssoOidc,
  sts,
  support,
  'support-app': supportApp,
  synthetics,
  trustedadvisor,
  workmailmessageflow,
}
