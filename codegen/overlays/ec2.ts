// EC2 writes its requests in the shape of its XML API: lists under `<name>Set` keys as `{ items: [...] }`, some of
// them under names of their own (`instancesSet`, `groupSet`); `return` as `_return`; the request id in every
// response; and, for newer operations, the whole request or response under `<Operation>Request` and
// `<Operation>Response` with the query's own names.
import type { Overlay } from '../overlay.js'

export const ec2: Overlay = {
  memberKeys: (shape, member, definition) => {
    if (definition.locationName === 'return') return ['_return']
    if (member === 'InstanceIds') return ['instancesSet']
    if ((shape === 'CreateVolumeRequest' || shape === 'Volume') && member === 'AvailabilityZone') return ['zone']
    if (shape === 'ModifyImageAttributeRequest' && member === 'Attribute') return ['attributeType']
    return []
  },
  shapeKeys: {
    RunInstancesRequest: {
      instancesSet: {
        itemSet: {
          struct: 'RunInstancesInstancesSetItem',
          members: { imageId: { member: 'ImageId' }, minCount: { member: 'MinCount' }, maxCount: { member: 'MaxCount' } },
        },
      },
      groupSet: { itemSet: { struct: 'RunInstancesGroupSetItem', members: { groupId: 's' } } },
    },
  },
  requestKeys: (operation) => ({ [`${operation.name}Request`]: 'd' }),
  responseKeys: (operation) => ({ requestId: 's', [`${operation.name}Response`]: 'd' }),
  evidence: [
    { record: 'awsdocs-cloudtrail__11.json', eventName: 'StartInstances', shows: 'instancesSet { items: [{ instanceId }] }' },
    { record: 'awsdocs-cloudtrail__12.json', eventName: 'StopInstances', shows: 'instancesSet, force' },
    { record: 'awsdoc-ec2-user-guide-windows__3.json', eventName: 'TerminateInstances', shows: 'instancesSet in the request and the response' },
    {
      record: 'awsdoc-kms__11.json',
      eventName: 'RunInstances',
      shows: 'instancesSet { items: [{ imageId, minCount, maxCount }] }, groupSet { items: [{ groupId }] }, blockDeviceMapping',
    },
    { record: 'awsdoc-kms__10.json', eventName: 'CreateVolume', shows: 'zone, size as a string' },
    { record: 'streamalert__4.json', eventName: 'ModifyImageAttribute', shows: 'attributeType, launchPermission { add: { items } }, _return' },
    { record: 'panther__29.json', eventName: 'CreateSecurityGroup', shows: 'requestId and _return in the response' },
    { record: 'awsdoc-transit-gateway__1.json', eventName: 'CreateTransitGateway', shows: 'CreateTransitGatewayRequest, CreateTransitGatewayResponse' },
  ],
}
