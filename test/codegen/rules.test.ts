// The generator's naming, readOnly and eventSource rules.
import { describe, expect, it } from 'vitest'
import { eventSourceOf } from '../../codegen/event-source.js'
import { camelCase, clientName, pascalCase } from '../../codegen/naming.js'
import { readOnlyOf } from '../../codegen/read-only.js'

describe('names', () => {
  it('are the AWS SDK for JavaScript v3 client names', () => {
    expect(clientName('ACM PCA')).toBe('acm-pca')
    expect(clientName('CloudWatch Logs')).toBe('cloudwatch-logs')
    expect(clientName('Elastic Load Balancing v2')).toBe('elastic-load-balancing-v2')
    expect(clientName('SFN')).toBe('sfn')
    expect(clientName('Route 53')).toBe('route-53')
    expect(clientName('API Gateway')).toBe('api-gateway')
  })

  it('give the value and the type prefix', () => {
    expect(camelCase('ec2')).toBe('ec2')
    expect(camelCase('cloudwatch-logs')).toBe('cloudwatchLogs')
    expect(camelCase('elastic-load-balancing-v2')).toBe('elasticLoadBalancingV2')
    expect(camelCase('route-53')).toBe('route53')
    expect(pascalCase('ec2')).toBe('Ec2')
  })
})

describe('readOnly', () => {
  it('is GET or HEAD, or a reading name prefix as a whole word', () => {
    expect(readOnlyOf({ name: 'DescribeInstances' })).toBe(true)
    expect(readOnlyOf({ name: 'BatchGetImage' })).toBe(true)
    expect(readOnlyOf({ name: 'Getaway' })).toBe(false)
    expect(readOnlyOf({ name: 'RunInstances' })).toBe(false)
    expect(readOnlyOf({ name: 'ReadJob', http: { method: 'GET' } })).toBe(true)
    expect(readOnlyOf({ name: 'Decrypt' }, true)).toBe(true)
  })
})

describe('eventSource', () => {
  const metadata = { apiVersion: '1', serviceId: 'X', serviceFullName: 'X', protocol: 'json' }
  it('is the endpoint prefix, or the signing name of a sub-domain prefix', () => {
    expect(eventSourceOf({ ...metadata, endpointPrefix: 'kms' })).toBe('kms.amazonaws.com')
    expect(eventSourceOf({ ...metadata, endpointPrefix: 'api.ecr', signingName: 'ecr' })).toBe('ecr.amazonaws.com')
    expect(eventSourceOf({ ...metadata, endpointPrefix: 'catalog.marketplace', signingName: 'aws-marketplace' })).toBe(
      'catalog.marketplace.amazonaws.com',
    )
    expect(eventSourceOf({ ...metadata, endpointPrefix: 'email', signingName: 'ses' }, 'ses.amazonaws.com')).toBe('ses.amazonaws.com')
  })
})
