// Marketplace Metering: its endpoint prefix is metering.marketplace, its records' eventSource
// metering-marketplace.amazonaws.com.
import type { Overlay } from '../overlay.js'

export const marketplaceMetering: Overlay = {
  eventSource: 'metering-marketplace.amazonaws.com',
  evidence: [
    {
      record: 'awsdoc-marketplace-user-guide-for-sellers__1.json',
      eventName: 'BatchMeterUsage',
      shows: 'eventSource metering-marketplace.amazonaws.com',
    },
  ],
}
