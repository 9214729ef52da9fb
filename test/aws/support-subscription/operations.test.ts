import * as supportSubscriptionEntry from '../../../src/aws/support-subscription/index.js'
import { supportSubscription } from '../../../src/aws/support-subscription/index.js'
import { describeCorpus, describeOperations, describeSpecConformance } from '../trustedadvisor/service-suite.js'
import type { ServiceUnderTest } from '../trustedadvisor/service-suite.js'

const service: ServiceUnderTest = {
  folder: 'support-subscription',
  eventSource: 'support-subscription.amazonaws.com',
  service: supportSubscription,
  barrel: supportSubscriptionEntry,
}

describeOperations(service)
describeSpecConformance(service, 3)
describeCorpus(service, 3)
