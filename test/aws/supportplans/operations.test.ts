import * as supportPlans from '../../../src/services/supportplans/index.js'
import { describeCorpus, describeOperations, describeSpecConformance } from '../trustedadvisor/service-suite.js'
import type { ServiceUnderTest } from '../trustedadvisor/service-suite.js'

const service: ServiceUnderTest = {
  folder: 'supportplans',
  eventSource: 'supportplans.amazonaws.com',
  operations: supportPlans.supportPlansOperations,
  isServiceEvent: supportPlans.isSupportPlansEvent,
  barrel: supportPlans,
}

describeOperations(service)
describeSpecConformance(service, 5)
describeCorpus(service, 3)
