import * as supportApp from '../../../src/services/supportapp/index.js'
import { describeCorpus, describeOperations, describeSpecConformance } from '../trustedadvisor/service-suite.js'
import type { ServiceUnderTest } from '../trustedadvisor/service-suite.js'

const service: ServiceUnderTest = {
  folder: 'supportapp',
  eventSource: 'supportapp.amazonaws.com',
  operations: supportApp.supportAppOperations,
  isServiceEvent: supportApp.isSupportAppEvent,
  barrel: supportApp,
}

describeOperations(service)
describeSpecConformance(service, 10)
describeCorpus(service, 3)
