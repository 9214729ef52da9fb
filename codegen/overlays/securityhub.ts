// Security Hub logs its requests as they came: body members under their own names (`Filters`, `Name`).
import type { Overlay } from '../overlay.js'

export const securityhub: Overlay = {
  keyStyle: 'wire',
  // The first API named CreateInsight's GroupByAttribute `ResultField`.
  memberKeys: (shape, member) => (shape === 'CreateInsightRequest' && member === 'GroupByAttribute' ? ['ResultField'] : []),
  evidence: [
    { record: 'awsdoc-security-hub__1.json', eventName: 'CreateInsight', shows: 'Filters, ResultField (GroupByAttribute), Name' },
  ],
}
