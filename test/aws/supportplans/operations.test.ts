import * as supportPlansEntry from '../../../src/aws/supportplans/index.js'
import { supportPlans } from '../../../src/aws/supportplans/index.js'
import { describeCorpus, describeOperations, describeSpecConformance } from '../trustedadvisor/service-suite.js'
import type { ServiceUnderTest } from '../trustedadvisor/service-suite.js'

const service: ServiceUnderTest = {
  folder: 'supportplans',
  eventSource: 'supportplans.amazonaws.com',
  service: supportPlans,
  barrel: supportPlansEntry,
}

describeOperations(service)
describeSpecConformance(service, 5)
describeCorpus(service, 3)
