import * as supportSubscription from '../../../src/services/support-subscription/index.js'
import { describeCorpus, describeOperations, describeSpecConformance } from '../trustedadvisor/service-suite.js'
import type { ServiceUnderTest } from '../trustedadvisor/service-suite.js'

const service: ServiceUnderTest = {
  folder: 'support-subscription',
  eventSource: 'support-subscription.amazonaws.com',
  operations: supportSubscription.supportSubscriptionOperations,
  isServiceEvent: supportSubscription.isSupportSubscriptionEvent,
  barrel: supportSubscription,
}

describeOperations(service)
describeSpecConformance(service, 3)
describeCorpus(service, 3)
