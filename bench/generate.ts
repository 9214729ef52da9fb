/**
 * A seeded generator of realistic CloudTrail records for the benchmark.
 *
 * The records are composed here (no corpus file is copied): a mix of services
 * (ec2, s3, kms, iam, sts, signin, sso, AWS Support, Trusted Advisor and a few
 * others), every identity type (Root, IAMUser, AssumedRole, FederatedUser,
 * AWSService, AWSAccount, SAMLUser, WebIdentityUser, IdentityCenterUser,
 * Unknown and untyped service identities), eventVersions 1.04 to 1.11 with the
 * fields each adds, failed calls, `null` payloads, nested
 * `requestParameters` / `responseElements`, S3 data events with `resources`,
 * and a few deliberately invalid records (one in {@link INVALID_EVERY}) so the
 * failure paths are exercised too. The same seed always gives the same text.
 */
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { createGzip } from 'node:zlib'
import { createRng } from './rng.js'
import type { Rng } from './rng.js'

/** Any JSON value. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json }
/** A JSON object. */
export type JsonObject = { [key: string]: Json }

/** One record in {@link INVALID_EVERY} is made invalid on purpose (bad eventTime, boolean MFA flag, no eventName). */
export const INVALID_EVERY = 2500

/** The layout of generated text: a CloudTrail log file, or one record per line. */
export type LogFormat = 'logFile' | 'ndjson'

interface Role {
  readonly name: string
  readonly id: string
  readonly kind: 'app' | 'lambda' | 'ec2' | 'sso' | 'ci' | 'admin'
}

interface Account {
  readonly id: string
  readonly users: ReadonlyArray<string>
  readonly roles: ReadonlyArray<Role>
  readonly buckets: ReadonlyArray<string>
  readonly keys: ReadonlyArray<string>
  readonly instances: ReadonlyArray<string>
  readonly vpc: string
  readonly subnets: ReadonlyArray<string>
  readonly securityGroups: ReadonlyArray<string>
  readonly identityStore: string
}

interface World {
  readonly accounts: ReadonlyArray<Account>
}

/** Who made a call, and from where. */
interface Caller {
  readonly identity: JsonObject | undefined
  readonly sourceIPAddress: string
  readonly userAgent: string
  readonly console: boolean
  readonly account: Account
}

/** What a service builder decides about one call; the envelope adds the rest. */
interface Call {
  readonly eventSource: string
  readonly eventName: string
  readonly readOnly: boolean
  readonly requestParameters?: Json
  readonly responseElements?: Json
  readonly additionalEventData?: JsonObject
  readonly serviceEventDetails?: JsonObject
  readonly resources?: Json[]
  readonly eventType?: string
  readonly eventCategory?: string
  readonly apiVersion?: string
  readonly region?: string
  readonly errors?: ReadonlyArray<readonly [string, string]>
  readonly failureRate?: number
}

const REGIONS = [
  'us-east-1', 'us-east-1', 'us-east-1', 'us-west-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2',
  'ap-northeast-1', 'ca-central-1', 'sa-east-1', 'eu-north-1',
] as const
const FIRST_NAMES = ['alice', 'bob', 'carlos', 'diana', 'eve', 'farah', 'gustavo', 'hana', 'ivan', 'jun', 'kofi', 'lena', 'mateo', 'noor', 'olga', 'priya'] as const
const CLI_AGENTS = [
  'aws-cli/2.15.30 Python/3.11.8 Linux/5.10.213-201.855.amzn2.x86_64 exe/x86_64.amzn.2 prompt/off command/ec2.describe-instances',
  'aws-cli/2.13.25 Python/3.11.5 Darwin/23.1.0 exe/x86_64 prompt/off command/s3.cp',
  'Boto3/1.34.51 md/Botocore#1.34.51 ua/2.0 os/linux#5.10.0 md/arch#x86_64 lang/python#3.11.8 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.34.51',
  'aws-sdk-go-v2/1.25.2 os/linux lang/go#1.21.6 md/GOOS#linux md/GOARCH#amd64 api/s3#1.51.1',
  'aws-sdk-nodejs/2.1363.0 linux/v16.20.2 exec-env/AWS_ECS_FARGATE promise',
  'aws-sdk-js/3.525.0 ua/2.0 os/linux#5.10.209-218.812.amzn2.x86_64 lang/js md/nodejs#20.11.1 api/kms#3.525.0',
  'aws-sdk-java/1.12.670 Linux/5.10.210-201.852.amzn2.x86_64 OpenJDK_64-Bit_Server_VM/17.0.10+7-LTS java/17.0.10 vendor/Amazon.com_Inc.',
  'Terraform/1.7.4 (+https://www.terraform.io) terraform-provider-aws/5.39.1 (+https://registry.terraform.io/providers/hashicorp/aws) aws-sdk-go-v2/1.25.2 os/linux lang/go#1.22.0',
] as const
const BROWSER_AGENTS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36 Edg/121.0.0.0',
] as const
const CONSOLE_AGENTS = ['console.amazonaws.com', 'signin.amazonaws.com', 'AWS Internal', 'support.amazonaws.com'] as const
const SERVICE_PRINCIPALS = [
  'lambda.amazonaws.com', 'ec2.amazonaws.com', 'ecs-tasks.amazonaws.com', 'cloudformation.amazonaws.com',
  'autoscaling.amazonaws.com', 'config.amazonaws.com', 'elasticloadbalancing.amazonaws.com', 'backup.amazonaws.com',
  'secretsmanager.amazonaws.com', 's3.amazonaws.com', 'trustedadvisor.amazonaws.com', 'access-analyzer.amazonaws.com',
] as const
const TA_CHECK_IDS = ['Pfx0RwqBli', 'R365s2Qddf', 'Qch7DwouX1', 'HCP4007jGY', 'DAvU99Dc4C', '1iG5NDGVre', 'zXCkfM1nI3', 'Hs4Ma3G127', 'ePs02jT06w', 'nNauJisYIT'] as const
const SUPPORT_SERVICES = ['amazon-elastic-compute-cloud-linux', 'amazon-simple-storage-service', 'aws-identity-and-access-management', 'general-info', 'support-api', 'amazon-relational-database-service', 'account-management', 'billing'] as const
const SUPPORT_CATEGORIES = ['other', 'general-guidance', 'performance', 'instance-issue', 'using-aws', 'apis', 'limits', 'security'] as const
const SEVERITIES = ['low', 'normal', 'high', 'urgent', 'critical'] as const
const LANGUAGES = ['en', 'en', 'en', 'ja', 'zh', 'ko'] as const
const CASE_STATUSES = ['opened', 'pending-customer-action', 'reopened', 'resolved', 'unassigned', 'work-in-progress'] as const
const MANAGED_POLICIES = ['ReadOnlyAccess', 'AmazonS3ReadOnlyAccess', 'AWSSupportAccess', 'AmazonEC2FullAccess', 'CloudWatchLogsFullAccess', 'AWSTrustedAdvisorPriorityFullAccess'] as const
const INSTANCE_TYPES = ['t3.micro', 't3.large', 'm6i.xlarge', 'c7g.2xlarge', 'r6a.large', 'g5.xlarge'] as const

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

/** `2024-03-05T10:11:12Z`, as CloudTrail writes eventTime. */
function isoSeconds(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`
}

/** `Mar 5, 2024, 10:11:12 AM`, as IAM, STS and KMS write dates inside responseElements. */
function javaDate(ms: number): string {
  const d = new Date(ms)
  const h = d.getUTCHours()
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${MONTHS[d.getUTCMonth()] ?? 'Jan'} ${d.getUTCDate()}, ${d.getUTCFullYear()}, ${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`
}

function accountId(rng: Rng): string {
  return String(rng.between(100000000000, 999999999999))
}

function makeWorld(rng: Rng): World {
  const ids = ['111122223333', '444455556666', accountId(rng), accountId(rng), accountId(rng), accountId(rng)]
  const roleKinds: ReadonlyArray<readonly [Role['kind'], string]> = [
    ['app', 'OrdersServiceRole'], ['app', 'BillingWorkerRole'], ['lambda', 'image-resizer-role'],
    ['lambda', 'ingest-fn-role'], ['ec2', 'WebTierInstanceRole'], ['ec2', 'BatchInstanceProfileRole'],
    ['sso', `AWSReservedSSO_AdministratorAccess_${rng.hex(16)}`], ['sso', `AWSReservedSSO_ReadOnly_${rng.hex(16)}`],
    ['ci', 'GitHubActionsDeployRole'], ['admin', 'OrganizationAccountAccessRole'],
  ]
  return {
    accounts: ids.map((id) => ({
      id,
      users: FIRST_NAMES.slice(0, rng.between(4, FIRST_NAMES.length)).map((n) => (rng.chance(0.3) ? `${n}.${rng.alnum(3)}` : n)),
      roles: roleKinds.map(([kind, name]) => ({ kind, name, id: `AROA${rng.upper(17)}` })),
      buckets: Array.from({ length: 5 }, (_, i) => `${['logs', 'assets', 'backups', 'data-lake', 'uploads'][i] ?? 'b'}-${id}-${rng.hex(6)}`),
      keys: Array.from({ length: 4 }, () => rng.uuid()),
      instances: Array.from({ length: 12 }, () => `i-0${rng.hex(16)}`),
      vpc: `vpc-0${rng.hex(16)}`,
      subnets: Array.from({ length: 3 }, () => `subnet-0${rng.hex(16)}`),
      securityGroups: Array.from({ length: 4 }, () => `sg-0${rng.hex(16)}`),
      identityStore: `d-${rng.hex(10)}`,
    })),
  }
}

/** Generates records one at a time; `next()` returns the next record object. */
class RecordFactory {
  private readonly rng: Rng
  private readonly world: World
  private clock = Date.UTC(2024, 2, 1)
  private count = 0

  constructor(seed: number) {
    this.rng = createRng(seed)
    this.world = makeWorld(this.rng)
  }

  next(): JsonObject {
    const rng = this.rng
    this.clock += rng.int(1500)
    this.count++
    const call = this.call()
    const record = this.envelope(call.caller, call.call)
    if (this.count % INVALID_EVERY === 0) this.spoil(record)
    return record
  }

  // ---- identities -------------------------------------------------------

  private ip(): string {
    const rng = this.rng
    const prefix = rng.pick(['192.0.2', '198.51.100', '203.0.113', '100.64.12', '10.0.3', '72.21.198'])
    return rng.chance(0.04) ? `2001:db8:${rng.hex(4)}:${rng.hex(4)}::${rng.hex(3)}` : `${prefix}.${rng.between(1, 254)}`
  }

  private creation(): string {
    return isoSeconds(this.clock - this.rng.int(12 * 3600 * 1000))
  }

  private attributes(mfa: boolean): JsonObject {
    return { creationDate: this.creation(), mfaAuthenticated: mfa ? 'true' : 'false' }
  }

  private accountOf(): Account {
    return this.rng.pick(this.world.accounts)
  }

  private sdkCaller(identity: JsonObject, account: Account): Caller {
    return { identity, sourceIPAddress: this.ip(), userAgent: this.rng.pick(CLI_AGENTS), console: false, account }
  }

  private consoleCaller(identity: JsonObject, account: Account): Caller {
    const rng = this.rng
    return {
      identity,
      sourceIPAddress: this.ip(),
      userAgent: rng.chance(0.5) ? rng.pick(CONSOLE_AGENTS) : rng.pick(BROWSER_AGENTS),
      console: true,
      account,
    }
  }

  private root(account: Account): Caller {
    const console = this.rng.chance(0.8)
    const identity: JsonObject = {
      type: 'Root',
      principalId: account.id,
      arn: `arn:aws:iam::${account.id}:root`,
      accountId: account.id,
      accessKeyId: console ? `ASIA${this.rng.upper(16)}` : '',
    }
    if (console) identity['sessionContext'] = { sessionIssuer: {}, webIdFederationData: {}, attributes: this.attributes(true) }
    return console ? this.consoleCaller(identity, account) : this.sdkCaller(identity, account)
  }

  private iamUser(account: Account, console = this.rng.chance(0.35)): Caller {
    const rng = this.rng
    const user = rng.pick(account.users)
    const identity: JsonObject = {
      type: 'IAMUser',
      principalId: `AIDA${rng.upper(17)}`,
      arn: `arn:aws:iam::${account.id}:user/${user}`,
      accountId: account.id,
      accessKeyId: console ? `ASIA${rng.upper(16)}` : `AKIA${rng.upper(16)}`,
      userName: user,
    }
    if (console) {
      identity['sessionContext'] = { sessionIssuer: {}, webIdFederationData: {}, attributes: this.attributes(rng.chance(0.7)) }
      if (rng.chance(0.3)) identity['invokedBy'] = 'signin.amazonaws.com'
    }
    return console ? this.consoleCaller(identity, account) : this.sdkCaller(identity, account)
  }

  private assumedRole(account: Account, kind?: Role['kind']): Caller {
    const rng = this.rng
    const candidates = kind === undefined ? account.roles : account.roles.filter((r) => r.kind === kind)
    const role = rng.pick(candidates.length > 0 ? candidates : account.roles)
    const session =
      role.kind === 'ec2'
        ? rng.pick(account.instances)
        : role.kind === 'sso'
          ? `${rng.pick(FIRST_NAMES)}@example.com`
          : role.kind === 'lambda'
            ? role.name.replace(/-role$/, '')
            : role.kind === 'ci'
              ? `GitHubActions-${rng.between(1000000, 9999999)}`
              : `${rng.pick(FIRST_NAMES)}-${rng.hex(8)}`
    const sessionContext: JsonObject = {
      sessionIssuer: {
        type: 'Role',
        principalId: role.id,
        arn: `arn:aws:iam::${account.id}:role/${role.kind === 'sso' ? `aws-reserved/sso.amazonaws.com/${role.name}` : role.name}`,
        accountId: account.id,
        userName: role.name,
      },
      webIdFederationData: {},
      attributes: this.attributes(role.kind === 'sso' && rng.chance(0.5)),
    }
    if (role.kind === 'ec2') {
      sessionContext['ec2RoleDelivery'] = rng.pick(['1.0', '2.0'])
      if (rng.chance(0.5)) sessionContext['ec2IssuedInVPC'] = account.vpc
    }
    if (role.kind === 'ci' && rng.chance(0.5)) sessionContext['sourceIdentity'] = `${rng.pick(FIRST_NAMES)}@example.com`
    const identity: JsonObject = {
      type: 'AssumedRole',
      principalId: `${role.id}:${session}`,
      arn: `arn:aws:sts::${account.id}:assumed-role/${role.name}/${session}`,
      accountId: account.id,
      accessKeyId: `ASIA${rng.upper(16)}`,
      sessionContext,
    }
    if (rng.chance(0.08)) identity['invokedBy'] = rng.pick(SERVICE_PRINCIPALS)
    if (role.kind === 'lambda' && rng.chance(0.3)) {
      identity['inScopeOf'] = {
        issuerType: 'AWS::Lambda::Function',
        credentialsIssuedTo: `arn:aws:lambda:us-east-1:${account.id}:function:${session}`,
      }
    }
    if (role.kind === 'sso') {
      if (rng.chance(0.3)) {
        identity['onBehalfOf'] = {
          userId: rng.uuid(),
          identityStoreArn: `arn:aws:identitystore::${account.id}:identitystore/${account.identityStore}`,
        }
      }
      return this.consoleCaller(identity, account)
    }
    return this.sdkCaller(identity, account)
  }

  private federatedUser(account: Account): Caller {
    const rng = this.rng
    const user = rng.pick(account.users)
    const name = `${rng.pick(FIRST_NAMES)}-federated`
    return this.sdkCaller(
      {
        type: 'FederatedUser',
        principalId: `${account.id}:${name}`,
        arn: `arn:aws:sts::${account.id}:federated-user/${name}`,
        accountId: account.id,
        accessKeyId: `ASIA${rng.upper(16)}`,
        sessionContext: {
          attributes: this.attributes(false),
          sessionIssuer: {
            type: 'IAMUser',
            principalId: `AIDA${rng.upper(17)}`,
            arn: `arn:aws:iam::${account.id}:user/${user}`,
            accountId: account.id,
            userName: user,
          },
        },
      },
      account,
    )
  }

  private awsService(account: Account, principal: string = this.rng.pick(SERVICE_PRINCIPALS)): Caller {
    const identity: JsonObject = { type: 'AWSService', invokedBy: principal }
    if (this.rng.chance(0.15)) {
      identity['inScopeOf'] = { sourceArn: `arn:aws:s3:::${this.rng.pick(account.buckets)}`, sourceAccount: account.id }
    }
    return { identity, sourceIPAddress: principal, userAgent: principal, console: false, account }
  }

  private awsAccount(account: Account): Caller {
    const rng = this.rng
    const other = rng.pick(this.world.accounts)
    const identity: JsonObject = {
      type: 'AWSAccount',
      principalId: rng.chance(0.5) ? `AIDA${rng.upper(17)}` : `AROA${rng.upper(17)}:${rng.pick(FIRST_NAMES)}`,
      accountId: other.id,
    }
    if (rng.chance(0.3)) identity['invokedBy'] = rng.pick(SERVICE_PRINCIPALS)
    return this.sdkCaller(identity, account)
  }

  private untyped(account: Account): Caller {
    const identity: JsonObject = this.rng.chance(0.7)
      ? { accountId: account.id, invokedBy: 'AWS Internal' }
      : { accountId: account.id, invokedBy: this.rng.pick(SERVICE_PRINCIPALS) }
    return { identity, sourceIPAddress: 'AWS Internal', userAgent: 'AWS Internal', console: false, account }
  }

  private identityCenterUser(account: Account): Caller {
    const rng = this.rng
    return this.consoleCaller(
      {
        type: 'IdentityCenterUser',
        accountId: account.id,
        onBehalfOf: {
          userId: rng.uuid(),
          identityStoreArn: `arn:aws:identitystore::${account.id}:identitystore/${account.identityStore}`,
        },
        credentialId: rng.uuid(),
      },
      account,
    )
  }

  private unknownUser(account: Account): Caller {
    const rng = this.rng
    return this.consoleCaller(
      rng.chance(0.5)
        ? { type: 'Unknown', principalId: account.id, arn: '', accountId: account.id, accessKeyId: '', userName: rng.pick(account.users) }
        : { type: 'Unknown', principalId: `${account.identityStore}/${rng.uuid()}`, accountId: account.id, userName: `${rng.pick(FIRST_NAMES)}@example.com` },
      account,
    )
  }

  /** A caller of an ordinary API call. */
  private anyCaller(account: Account): Caller {
    const pick = this.rng.weighted<string>([
      [45, 'AssumedRole'], [18, 'IAMUser'], [10, 'AWSService'], [2, 'Root'], [3, 'FederatedUser'], [4, 'AWSAccount'],
      [2, 'IdentityCenterUser'],
    ])
    switch (pick) {
      case 'IAMUser': return this.iamUser(account)
      case 'AWSService': return this.awsService(account)
      case 'Root': return this.root(account)
      case 'FederatedUser': return this.federatedUser(account)
      case 'AWSAccount': return this.awsAccount(account)
      case 'IdentityCenterUser': return this.identityCenterUser(account)
      default: return this.assumedRole(account)
    }
  }

  // ---- services ---------------------------------------------------------

  private call(): { caller: Caller; call: Call } {
    const account = this.accountOf()
    const service = this.rng.weighted<string>([
      [17, 'ec2'], [17, 's3'], [13, 'kms'], [9, 'sts'], [6, 'iam'], [4, 'signin'], [8, 'support'], [4, 'trustedadvisor'],
      [3, 'sso'], [10, 'misc'], [3, 'serviceEvent'],
    ])
    switch (service) {
      case 'ec2': return this.ec2(account)
      case 's3': return this.s3(account)
      case 'kms': return this.kms(account)
      case 'sts': return this.sts(account)
      case 'iam': return this.iam(account)
      case 'signin': return this.signin(account)
      case 'support': return this.support(account)
      case 'trustedadvisor': return this.trustedAdvisor(account)
      case 'sso': return this.sso(account)
      case 'serviceEvent': return this.serviceEvent(account)
      default: return this.misc(account)
    }
  }

  private ec2(account: Account): { caller: Caller; call: Call } {
    const rng = this.rng
    const caller = this.anyCaller(account)
    const errors = [
      ['Client.UnauthorizedOperation', `You are not authorized to perform this operation. Encoded authorization failure message: ${rng.alnum(240)}`],
      ['Client.InvalidInstanceID.NotFound', `The instance ID '${rng.pick(account.instances)}' does not exist`],
      ['Client.DryRunOperation', 'Request would have succeeded, but DryRun flag is set.'],
      ['Client.RequestLimitExceeded', 'Request limit exceeded.'],
    ] as const
    const base = { eventSource: 'ec2.amazonaws.com', errors }
    const which = rng.weighted<string>([[40, 'DescribeInstances'], [8, 'RunInstances'], [6, 'CreateSecurityGroup'], [8, 'AuthorizeSecurityGroupIngress'], [8, 'CreateVolume'], [15, 'DescribeRegions'], [10, 'CreateTags'], [5, 'StopInstances']])
    const requestId = rng.uuid()
    switch (which) {
      case 'RunInstances': {
        const instanceId = `i-0${rng.hex(16)}`
        const subnet = rng.pick(account.subnets)
        const sg = rng.pick(account.securityGroups)
        const type = rng.pick(INSTANCE_TYPES)
        const image = `ami-0${rng.hex(16)}`
        const ip = `10.0.${rng.int(255)}.${rng.between(4, 254)}`
        return {
          caller,
          call: {
            ...base,
            eventName: 'RunInstances',
            readOnly: false,
            requestParameters: {
              instancesSet: { items: [{ imageId: image, minCount: 1, maxCount: 1 }] },
              instanceType: type,
              blockDeviceMapping: {},
              monitoring: { enabled: false },
              disableApiTermination: false,
              disableApiStop: false,
              clientToken: rng.uuid(),
              subnetId: subnet,
              tagSpecificationSet: { items: [{ resourceType: 'instance', tags: [{ key: 'Name', value: `web-${rng.hex(4)}` }, { key: 'team', value: rng.pick(FIRST_NAMES) }] }] },
            },
            responseElements: {
              requestId,
              reservationId: `r-0${rng.hex(16)}`,
              ownerId: account.id,
              groupSet: {},
              instancesSet: {
                items: [
                  {
                    instanceId,
                    imageId: image,
                    currentInstanceBootMode: 'legacy-bios',
                    instanceState: { code: 0, name: 'pending' },
                    privateDnsName: `ip-${ip.replace(/\./g, '-')}.ec2.internal`,
                    amiLaunchIndex: 0,
                    productCodes: {},
                    instanceType: type,
                    launchTime: this.clock,
                    placement: { availabilityZone: 'us-east-1a', tenancy: 'default' },
                    monitoring: { state: 'disabled' },
                    subnetId: subnet,
                    vpcId: account.vpc,
                    privateIpAddress: ip,
                    stateReason: { code: 'pending', message: 'pending' },
                    architecture: rng.pick(['x86_64', 'arm64']),
                    rootDeviceType: 'ebs',
                    rootDeviceName: '/dev/xvda',
                    blockDeviceMapping: {},
                    virtualizationType: 'hvm',
                    hypervisor: 'xen',
                    tagSet: { items: [{ key: 'Name', value: `web-${rng.hex(4)}` }] },
                    groupSet: { items: [{ groupId: sg, groupName: 'default' }] },
                    sourceDestCheck: true,
                    networkInterfaceSet: {
                      items: [
                        {
                          networkInterfaceId: `eni-0${rng.hex(16)}`,
                          subnetId: subnet,
                          vpcId: account.vpc,
                          ownerId: account.id,
                          status: 'in-use',
                          macAddress: `0e:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}`,
                          privateIpAddress: ip,
                          sourceDestCheck: true,
                          interfaceType: 'interface',
                          groupSet: { items: [{ groupId: sg, groupName: 'default' }] },
                          attachment: { attachmentId: `eni-attach-0${rng.hex(16)}`, deviceIndex: 0, networkCardIndex: 0, status: 'attaching', attachTime: this.clock, deleteOnTermination: true },
                          privateIpAddressesSet: { item: [{ privateIpAddress: ip, primary: true }] },
                          ipv6AddressesSet: {},
                          tagSet: {},
                        },
                      ],
                    },
                    ebsOptimized: false,
                    enaSupport: true,
                    cpuOptions: { coreCount: 1, threadsPerCore: 2 },
                    capacityReservationSpecification: { capacityReservationPreference: 'open' },
                    enclaveOptions: { enabled: false },
                    metadataOptions: { state: 'pending', httpTokens: 'required', httpPutResponseHopLimit: 2, httpEndpoint: 'enabled', httpProtocolIpv4: 'enabled', httpProtocolIpv6: 'disabled', instanceMetadataTags: 'disabled' },
                    maintenanceOptions: { autoRecovery: 'default' },
                    privateDnsNameOptions: { hostnameType: 'ip-name', enableResourceNameDnsARecord: false, enableResourceNameDnsAAAARecord: false },
                  },
                ],
              },
              requesterId: rng.chance(0.3) ? '226008221399' : null,
            },
          },
        }
      }
      case 'CreateSecurityGroup':
        return {
          caller,
          call: {
            ...base,
            eventName: 'CreateSecurityGroup',
            readOnly: false,
            requestParameters: { groupName: `sg-${rng.alnum(8)}`, groupDescription: 'managed by terraform', vpcId: account.vpc },
            responseElements: { requestId, _return: true, groupId: `sg-0${rng.hex(16)}`, securityGroupArn: `arn:aws:ec2:us-east-1:${account.id}:security-group/sg-0${rng.hex(16)}` },
          },
        }
      case 'AuthorizeSecurityGroupIngress': {
        const groupId = rng.pick(account.securityGroups)
        const port = rng.pick([22, 80, 443, 5432, 6379, 8080])
        const cidr = rng.chance(0.2) ? '0.0.0.0/0' : `10.${rng.int(255)}.0.0/16`
        return {
          caller,
          call: {
            ...base,
            eventName: 'AuthorizeSecurityGroupIngress',
            readOnly: false,
            requestParameters: {
              groupId,
              ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: port, toPort: port, groups: {}, ipRanges: { items: [{ cidrIp: cidr, description: 'app' }] }, ipv6Ranges: {}, prefixListIds: {} }] },
            },
            responseElements: {
              requestId,
              _return: true,
              securityGroupRuleSet: { items: [{ groupOwnerId: account.id, groupId, securityGroupRuleId: `sgr-0${rng.hex(16)}`, isEgress: false, ipProtocol: 'tcp', fromPort: port, toPort: port, cidrIpv4: cidr, description: 'app' }] },
            },
          },
        }
      }
      case 'CreateVolume': {
        const size = rng.pick([8, 20, 100, 500])
        const encrypted = rng.chance(0.8)
        const response: JsonObject = { requestId, volumeId: `vol-0${rng.hex(16)}`, size, zone: 'us-east-1b', status: 'creating', createTime: this.clock, volumeType: 'gp3', iops: 3000, encrypted, multiAttachEnabled: false, throughput: 125 }
        if (encrypted) response['kmsKeyId'] = `arn:aws:kms:us-east-1:${account.id}:key/${rng.pick(account.keys)}`
        return {
          caller,
          call: { ...base, eventName: 'CreateVolume', readOnly: false, requestParameters: { size, zone: 'us-east-1b', volumeType: 'gp3', encrypted, iops: 3000, throughput: 125 }, responseElements: response },
        }
      }
      case 'DescribeRegions':
        return {
          caller,
          call: { ...base, eventName: 'DescribeRegions', readOnly: true, requestParameters: rng.chance(0.5) ? { regionSet: {} } : { regionSet: {}, allRegions: true }, responseElements: null },
        }
      case 'CreateTags':
        return {
          caller,
          call: {
            ...base,
            eventName: 'CreateTags',
            readOnly: false,
            requestParameters: { resourcesSet: { items: [{ resourceId: rng.pick(account.instances) }] }, tagSet: { items: [{ key: 'cost-center', value: String(rng.between(1000, 9999)) }, { key: 'env', value: rng.pick(['prod', 'staging', 'dev']) }] } },
            responseElements: { requestId, _return: true },
          },
        }
      case 'StopInstances': {
        const instanceId = rng.pick(account.instances)
        return {
          caller,
          call: {
            ...base,
            eventName: 'StopInstances',
            readOnly: false,
            requestParameters: { instancesSet: { items: [{ instanceId }] }, force: false },
            responseElements: { requestId, instancesSet: { items: [{ instanceId, currentState: { code: 64, name: 'stopping' }, previousState: { code: 16, name: 'running' } }] } },
          },
        }
      }
      default: {
        const filters: Json[] = rng.chance(0.5) ? [{ name: 'tag:Name', valueSet: { items: [{ value: `web-${rng.hex(4)}` }] } }] : []
        return {
          caller,
          call: {
            ...base,
            eventName: 'DescribeInstances',
            readOnly: true,
            requestParameters: rng.chance(0.4)
              ? { instancesSet: { items: [{ instanceId: rng.pick(account.instances) }] }, filterSet: {} }
              : { instancesSet: {}, filterSet: { items: filters }, maxResults: rng.pick([5, 100, 1000]) },
            responseElements: null,
          },
        }
      }
    }
  }

  private s3(account: Account): { caller: Caller; call: Call } {
    const rng = this.rng
    const caller = rng.chance(0.1) ? this.awsService(account, rng.pick(['cloudtrail.amazonaws.com', 'config.amazonaws.com', 'athena.amazonaws.com'])) : this.anyCaller(account)
    const bucket = rng.pick(account.buckets)
    const region = rng.pick(REGIONS)
    const host = `${bucket}.s3.${region}.amazonaws.com`
    const key = `${rng.pick(['2024/03', 'uploads', 'exports/daily', 'tmp'])}/${rng.alnum(12)}.${rng.pick(['json', 'csv', 'parquet', 'png', 'gz'])}`
    const errors = [
      ['AccessDenied', 'Access Denied'],
      ['NoSuchKey', 'The specified key does not exist.'],
      ['NoSuchBucket', 'The specified bucket does not exist'],
    ] as const
    const which = rng.weighted<string>([[40, 'GetObject'], [20, 'PutObject'], [10, 'HeadObject'], [6, 'DeleteObject'], [10, 'ListObjects'], [6, 'ListBuckets'], [4, 'PutBucketPolicy'], [4, 'GetBucketAcl']])
    const additional = (bytesIn: number, bytesOut: number): JsonObject => ({
      SignatureVersion: 'SigV4',
      CipherSuite: 'TLS_AES_128_GCM_SHA256',
      bytesTransferredIn: bytesIn,
      AuthenticationMethod: 'AuthHeader',
      'x-amz-id-2': `${rng.alnum(56)}=`,
      bytesTransferredOut: bytesOut,
    })
    const objectResources: Json[] = [
      { type: 'AWS::S3::Object', ARN: `arn:aws:s3:::${bucket}/${key}` },
      { accountId: account.id, type: 'AWS::S3::Bucket', ARN: `arn:aws:s3:::${bucket}` },
    ]
    const data = { eventSource: 's3.amazonaws.com', region, errors, eventCategory: 'Data', resources: objectResources }
    switch (which) {
      case 'GetObject':
      case 'HeadObject':
        return { caller, call: { ...data, eventName: which, readOnly: true, requestParameters: { bucketName: bucket, Host: host, key }, responseElements: null, additionalEventData: additional(0, which === 'GetObject' ? rng.int(5_000_000) : 0) } }
      case 'PutObject':
        return {
          caller,
          call: {
            ...data,
            eventName: 'PutObject',
            readOnly: false,
            requestParameters: { bucketName: bucket, Host: host, key, 'x-amz-server-side-encryption': 'aws:kms' },
            responseElements: rng.chance(0.7)
              ? { 'x-amz-server-side-encryption': 'aws:kms', 'x-amz-server-side-encryption-aws-kms-key-id': `arn:aws:kms:${region}:${account.id}:key/${rng.pick(account.keys)}`, 'x-amz-version-id': rng.alnum(32) }
              : null,
            additionalEventData: additional(rng.int(10_000_000), 0),
          },
        }
      case 'DeleteObject':
        return { caller, call: { ...data, eventName: 'DeleteObject', readOnly: false, requestParameters: { bucketName: bucket, Host: host, key }, responseElements: null, additionalEventData: additional(0, 0) } }
      case 'ListObjects':
        return {
          caller,
          call: {
            ...data,
            resources: [{ accountId: account.id, type: 'AWS::S3::Bucket', ARN: `arn:aws:s3:::${bucket}` }],
            eventName: 'ListObjects',
            readOnly: true,
            requestParameters: { bucketName: bucket, Host: host, 'list-type': '2', prefix: rng.pick(['', '2024/', 'uploads/']), delimiter: '/', 'encoding-type': 'url', 'max-keys': '1000' },
            responseElements: null,
            additionalEventData: additional(0, rng.int(20000)),
          },
        }
      case 'ListBuckets':
        return { caller, call: { eventSource: 's3.amazonaws.com', region: 'us-east-1', errors, eventName: 'ListBuckets', readOnly: true, requestParameters: { Host: 's3.amazonaws.com' }, responseElements: null, additionalEventData: additional(0, rng.int(8000)) } }
      case 'PutBucketPolicy':
        return {
          caller,
          call: {
            eventSource: 's3.amazonaws.com',
            region,
            errors,
            eventName: 'PutBucketPolicy',
            readOnly: false,
            requestParameters: {
              bucketPolicy: {
                Version: '2012-10-17',
                Statement: [
                  { Sid: 'AllowSSLRequestsOnly', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
                  { Sid: 'CloudTrailWrite', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: `arn:aws:s3:::${bucket}/AWSLogs/${account.id}/*` },
                ],
              },
              bucketName: bucket,
              Host: host,
              policy: '',
            },
            responseElements: null,
            resources: [{ accountId: account.id, type: 'AWS::S3::Bucket', ARN: `arn:aws:s3:::${bucket}` }],
            additionalEventData: additional(rng.int(2000), 0),
          },
        }
      default:
        return {
          caller,
          call: {
            eventSource: 's3.amazonaws.com',
            region,
            errors,
            eventName: 'GetBucketAcl',
            readOnly: true,
            requestParameters: { bucketName: bucket, Host: host, acl: '' },
            responseElements: null,
            resources: [{ accountId: account.id, type: 'AWS::S3::Bucket', ARN: `arn:aws:s3:::${bucket}` }],
            additionalEventData: additional(0, rng.int(1200)),
          },
        }
    }
  }

  private kms(account: Account): { caller: Caller; call: Call } {
    const rng = this.rng
    const region = rng.pick(REGIONS)
    const keyArn = `arn:aws:kms:${region}:${account.id}:key/${rng.pick(account.keys)}`
    const caller = rng.chance(0.45) ? this.awsService(account, rng.pick(['s3.amazonaws.com', 'secretsmanager.amazonaws.com', 'ec2.amazonaws.com', 'lambda.amazonaws.com', 'rds.amazonaws.com'])) : this.anyCaller(account)
    const context: JsonObject = rng.weighted<JsonObject>([
      [3, { 'aws:s3:arn': `arn:aws:s3:::${rng.pick(account.buckets)}/${rng.alnum(10)}` }],
      [2, { 'aws:lambda:FunctionArn': `arn:aws:lambda:${region}:${account.id}:function:ingest-fn` }],
      [2, { SecretARN: `arn:aws:secretsmanager:${region}:${account.id}:secret:prod/db-${rng.alnum(6)}`, SecretVersionId: rng.uuid() }],
      [1, { 'aws:ebs:id': `vol-0${rng.hex(16)}` }],
    ])
    const errors = [
      ['AccessDenied', `User: arn:aws:sts::${account.id}:assumed-role/OrdersServiceRole/x is not authorized to perform: kms:Decrypt on resource: ${keyArn} because no identity-based policy allows the kms:Decrypt action`],
      ['ThrottlingException', 'Rate exceeded'],
      ['InvalidCiphertextException', ''],
    ] as const
    const resources: Json[] = [{ accountId: account.id, type: 'AWS::KMS::Key', ARN: keyArn }]
    const base = { eventSource: 'kms.amazonaws.com', region, errors, resources }
    const which = rng.weighted<string>([[45, 'Decrypt'], [30, 'GenerateDataKey'], [12, 'Encrypt'], [3, 'CreateKey'], [10, 'DescribeKey']])
    switch (which) {
      case 'Decrypt':
        return { caller, call: { ...base, eventName: 'Decrypt', readOnly: true, requestParameters: { encryptionAlgorithm: 'SYMMETRIC_DEFAULT', encryptionContext: context }, responseElements: null } }
      case 'GenerateDataKey':
        return { caller, call: { ...base, eventName: 'GenerateDataKey', readOnly: true, requestParameters: { keyId: rng.chance(0.5) ? keyArn : 'alias/aws/s3', keySpec: 'AES_256', encryptionContext: context }, responseElements: null } }
      case 'Encrypt':
        return { caller, call: { ...base, eventName: 'Encrypt', readOnly: true, requestParameters: { keyId: keyArn, encryptionAlgorithm: 'SYMMETRIC_DEFAULT' }, responseElements: null } }
      case 'DescribeKey':
        return { caller, call: { ...base, eventName: 'DescribeKey', readOnly: true, requestParameters: { keyId: rng.chance(0.5) ? keyArn : 'alias/aws/ebs' }, responseElements: null } }
      default: {
        const keyId = rng.uuid()
        return {
          caller,
          call: {
            ...base,
            eventName: 'CreateKey',
            readOnly: false,
            requestParameters: { keySpec: 'SYMMETRIC_DEFAULT', keyUsage: 'ENCRYPT_DECRYPT', origin: 'AWS_KMS', bypassPolicyLockoutSafetyCheck: false, description: 'application data key', multiRegion: false },
            responseElements: {
              keyMetadata: {
                aWSAccountId: account.id,
                keyId,
                arn: `arn:aws:kms:${region}:${account.id}:key/${keyId}`,
                creationDate: javaDate(this.clock),
                enabled: true,
                description: 'application data key',
                keyUsage: 'ENCRYPT_DECRYPT',
                keyState: 'Enabled',
                origin: 'AWS_KMS',
                keyManager: 'CUSTOMER',
                customerMasterKeySpec: 'SYMMETRIC_DEFAULT',
                keySpec: 'SYMMETRIC_DEFAULT',
                encryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
                multiRegion: false,
              },
            },
          },
        }
      }
    }
  }

  private credentials(): JsonObject {
    const rng = this.rng
    return { accessKeyId: `ASIA${rng.upper(16)}`, sessionToken: rng.alnum(rng.between(380, 760)), expiration: javaDate(this.clock + 3600_000) }
  }

  private sts(account: Account): { caller: Caller; call: Call } {
    const rng = this.rng
    const errors = [['AccessDenied', 'User is not authorized to perform: sts:AssumeRole'], ['ExpiredTokenException', 'The security token included in the request is expired']] as const
    const role = rng.pick(account.roles)
    const roleArn = `arn:aws:iam::${account.id}:role/${role.name}`
    const session = `${rng.pick(FIRST_NAMES)}-${rng.hex(6)}`
    const assumed = { assumedRoleId: `${role.id}:${session}`, arn: `arn:aws:sts::${account.id}:assumed-role/${role.name}/${session}` }
    const base = { eventSource: 'sts.amazonaws.com', errors, resources: [{ ARN: roleArn, accountId: account.id, type: 'AWS::IAM::Role' }] }
    const which = rng.weighted<string>([[45, 'AssumeRole'], [8, 'AssumeRoleWithSAML'], [10, 'AssumeRoleWithWebIdentity'], [25, 'GetCallerIdentity'], [5, 'GetFederationToken'], [7, 'GetSessionToken']])
    switch (which) {
      case 'AssumeRoleWithSAML': {
        const qualifier = `${rng.alnum(27)}=`
        const email = `${rng.pick(FIRST_NAMES)}@example.com`
        const caller = this.sdkCaller({ type: 'SAMLUser', principalId: `${qualifier}:${email}`, userName: email, identityProvider: qualifier }, account)
        return {
          caller,
          call: {
            ...base,
            eventName: 'AssumeRoleWithSAML',
            readOnly: true,
            requestParameters: { sAMLAssertionID: `_${rng.hex(32)}`, roleSessionName: email, principalArn: `arn:aws:iam::${account.id}:saml-provider/Okta`, roleArn, durationSeconds: 3600 },
            responseElements: { credentials: this.credentials(), assumedRoleUser: assumed, packedPolicySize: rng.int(20), subject: email, subjectType: 'persistent', issuer: 'http://www.okta.com/exk1abcd', audience: 'https://signin.aws.amazon.com/saml', nameQualifier: qualifier, sourceIdentity: email },
          },
        }
      }
      case 'AssumeRoleWithWebIdentity': {
        const provider = `arn:aws:iam::${account.id}:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/${rng.upper(32)}`
        const sub = `system:serviceaccount:${rng.pick(['default', 'kube-system', 'payments'])}:${rng.pick(['ebs-csi-controller-sa', 'external-dns', 'app'])}`
        const caller = this.sdkCaller({ type: 'WebIdentityUser', principalId: `${provider}:sts.amazonaws.com:${sub}`, userName: sub, identityProvider: provider }, account)
        return {
          caller,
          call: {
            ...base,
            eventName: 'AssumeRoleWithWebIdentity',
            readOnly: true,
            requestParameters: { roleArn, roleSessionName: `botocore-session-${rng.between(1700000000, 1799999999)}` },
            responseElements: { credentials: this.credentials(), subjectFromWebIdentityToken: sub, assumedRoleUser: assumed, provider, audience: 'sts.amazonaws.com' },
            additionalEventData: { identityProviderConnectionVerificationMethod: 'IAMTrustStore' },
          },
        }
      }
      case 'GetCallerIdentity':
        return { caller: this.anyCaller(account), call: { eventSource: 'sts.amazonaws.com', errors, eventName: 'GetCallerIdentity', readOnly: true, requestParameters: null, responseElements: null } }
      case 'GetFederationToken': {
        const name = `${rng.pick(FIRST_NAMES)}-federated`
        return {
          caller: this.iamUser(account, false),
          call: {
            eventSource: 'sts.amazonaws.com',
            errors,
            eventName: 'GetFederationToken',
            readOnly: true,
            requestParameters: { name, durationSeconds: 43200, policyArns: [{ arn: `arn:aws:iam::aws:policy/${rng.pick(MANAGED_POLICIES)}` }] },
            responseElements: { credentials: this.credentials(), federatedUser: { federatedUserId: `${account.id}:${name}`, arn: `arn:aws:sts::${account.id}:federated-user/${name}` }, packedPolicySize: rng.int(30) },
          },
        }
      }
      case 'GetSessionToken':
        return {
          caller: this.iamUser(account, false),
          call: { eventSource: 'sts.amazonaws.com', errors, eventName: 'GetSessionToken', readOnly: true, requestParameters: rng.chance(0.5) ? null : { durationSeconds: 3600, serialNumber: `arn:aws:iam::${account.id}:mfa/${rng.pick(account.users)}` }, responseElements: { credentials: this.credentials() } },
        }
      default: {
        const crossAccount = rng.chance(0.2)
        const caller = crossAccount
          ? this.awsAccount(account)
          : rng.weighted<() => Caller>([[5, () => this.assumedRole(account)], [3, () => this.awsService(account)], [2, () => this.iamUser(account, false)]])()
        const request: JsonObject = { roleArn, roleSessionName: session, durationSeconds: rng.pick([900, 3600, 43200]) }
        if (crossAccount) request['externalId'] = rng.alnum(16)
        return {
          caller,
          call: {
            ...base,
            eventName: 'AssumeRole',
            readOnly: true,
            requestParameters: request,
            responseElements: { credentials: this.credentials(), assumedRoleUser: assumed },
          },
        }
      }
    }
  }

  private iam(account: Account): { caller: Caller; call: Call } {
    const rng = this.rng
    const caller = rng.chance(0.3) ? this.iamUser(account) : this.assumedRole(account, rng.pick(['admin', 'sso', 'ci'] as const))
    const errors = [['NoSuchEntityException', 'The role with name OldRole cannot be found.'], ['AccessDenied', `User: ${arnOf(caller)} is not authorized to perform: iam:CreateUser`]] as const
    const user = `${rng.pick(FIRST_NAMES)}.${rng.alnum(4)}`
    const role = rng.pick(account.roles).name
    const base = { eventSource: 'iam.amazonaws.com', region: 'us-east-1', errors }
    const which = rng.weighted<string>([[30, 'ListRoles'], [25, 'GetRole'], [8, 'CreateUser'], [10, 'AttachRolePolicy'], [6, 'CreateAccessKey'], [8, 'PutRolePolicy'], [13, 'ListAttachedRolePolicies']])
    switch (which) {
      case 'ListRoles':
        return { caller, call: { ...base, eventName: 'ListRoles', readOnly: true, requestParameters: rng.chance(0.5) ? null : { maxItems: 100, marker: rng.chance(0.3) ? rng.alnum(64) : '' }, responseElements: null } }
      case 'GetRole':
        return { caller, call: { ...base, eventName: 'GetRole', readOnly: true, requestParameters: { roleName: role }, responseElements: null } }
      case 'ListAttachedRolePolicies':
        return { caller, call: { ...base, eventName: 'ListAttachedRolePolicies', readOnly: true, requestParameters: { roleName: role }, responseElements: null } }
      case 'CreateUser':
        return {
          caller,
          call: {
            ...base,
            eventName: 'CreateUser',
            readOnly: false,
            requestParameters: { userName: user, tags: [{ key: 'team', value: rng.pick(['payments', 'platform', 'data']) }] },
            responseElements: { user: { path: '/', userName: user, userId: `AIDA${rng.upper(17)}`, arn: `arn:aws:iam::${account.id}:user/${user}`, createDate: javaDate(this.clock), tags: [{ key: 'team', value: 'platform' }] } },
          },
        }
      case 'AttachRolePolicy':
        return { caller, call: { ...base, eventName: 'AttachRolePolicy', readOnly: false, requestParameters: { roleName: role, policyArn: `arn:aws:iam::aws:policy/${rng.pick(MANAGED_POLICIES)}` }, responseElements: null } }
      case 'CreateAccessKey':
        return {
          caller,
          call: {
            ...base,
            eventName: 'CreateAccessKey',
            readOnly: false,
            requestParameters: { userName: user },
            responseElements: { accessKey: { userName: user, accessKeyId: `AKIA${rng.upper(16)}`, status: 'Active', createDate: javaDate(this.clock) } },
          },
        }
      default:
        return {
          caller,
          call: {
            ...base,
            eventName: 'PutRolePolicy',
            readOnly: false,
            requestParameters: {
              roleName: role,
              policyName: `inline-${rng.alnum(6)}`,
              policyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: `arn:aws:s3:::${rng.pick(account.buckets)}/*` }] }),
            },
            responseElements: null,
          },
        }
    }
  }

  private signin(account: Account): { caller: Caller; call: Call } {
    const rng = this.rng
    const which = rng.weighted<string>([[50, 'ConsoleLogin'], [15, 'CredentialChallenge'], [15, 'CredentialVerification'], [10, 'UserAuthentication'], [10, 'SwitchRole']])
    if (which === 'ConsoleLogin') {
      const caller = rng.weighted<() => Caller>([[4, () => this.iamUser(account, true)], [1, () => this.root(account)], [3, () => this.assumedRole(account, 'sso')]])()
      const failed = rng.chance(0.08)
      const additional: JsonObject = { LoginTo: `https://console.aws.amazon.com/console/home?state=hashArgs%23&isauthcode=true`, MobileVersion: 'No', MFAUsed: rng.chance(0.6) ? 'Yes' : 'No' }
      if (additional['MFAUsed'] === 'Yes') additional['MFAIdentifier'] = `arn:aws:iam::${account.id}:mfa/${rng.pick(account.users)}`
      return {
        caller,
        call: {
          eventSource: 'signin.amazonaws.com',
          eventName: 'ConsoleLogin',
          readOnly: false,
          eventType: 'AwsConsoleSignIn',
          region: 'us-east-1',
          requestParameters: null,
          responseElements: { ConsoleLogin: failed ? 'Failure' : 'Success' },
          additionalEventData: additional,
          errors: [['', 'Failed authentication']],
          failureRate: failed ? 1 : 0,
        },
      }
    }
    if (which === 'SwitchRole') {
      return {
        caller: this.assumedRole(account, 'admin'),
        call: { eventSource: 'signin.amazonaws.com', eventName: 'SwitchRole', readOnly: false, eventType: 'AwsConsoleSignIn', region: 'us-east-1', requestParameters: null, responseElements: { SwitchRole: 'Success' }, additionalEventData: { SwitchFrom: `arn:aws:iam::${account.id}:user/${rng.pick(account.users)}`, RedirectTo: 'https://console.aws.amazon.com/ec2/v2/home' }, failureRate: 0 },
      }
    }
    return {
      caller: this.unknownUser(account),
      call: {
        eventSource: 'signin.amazonaws.com',
        eventName: which,
        readOnly: false,
        eventType: 'AwsServiceEvent',
        region: 'us-east-1',
        requestParameters: null,
        responseElements: null,
        additionalEventData: { AuthWorkflowID: rng.uuid(), CredentialType: rng.pick(['PASSWORD', 'TOTP', 'FIDO2']) },
        serviceEventDetails: { [which]: rng.chance(0.9) ? 'Success' : 'Failure', CredentialType: rng.pick(['PASSWORD', 'TOTP', 'FIDO2']) },
        failureRate: 0,
      },
    }
  }

  private caseId(account: Account): string {
    return `case-${account.id}-muen-${caseYear(this.rng)}-${this.rng.hex(16)}`
  }

  private communication(account: Account, caseId: string): JsonObject {
    const rng = this.rng
    const communication: JsonObject = {
      caseId,
      body: rng.chance(0.5) ? 'HIDDEN_DUE_TO_SECURITY_REASONS' : `Thanks, we are looking into it. Reference ${rng.alnum(10)}.`,
      submittedBy: rng.chance(0.5) ? 'Amazon Web Services' : `${rng.pick(account.users)}@example.com`,
      timeCreated: new Date(this.clock - rng.int(86400_000 * 7)).toISOString(),
    }
    if (rng.chance(0.3)) communication['attachmentSet'] = [{ attachmentId: `attachment-${rng.alnum(24)}`, fileName: `trace-${rng.hex(4)}.log` }]
    return communication
  }

  private resourcesSummary(): JsonObject {
    const rng = this.rng
    return { resourcesProcessed: rng.int(500), resourcesFlagged: rng.int(20), resourcesIgnored: 0, resourcesSuppressed: rng.int(3) }
  }

  private costSummary(): JsonObject {
    const rng = this.rng
    return rng.chance(0.5) ? { costOptimizing: { estimatedMonthlySavings: Math.round(rng.next() * 100000) / 100, estimatedPercentMonthlySavings: Math.round(rng.next() * 1000) / 10 } } : {}
  }

  private support(account: Account): { caller: Caller; call: Call } {
    const rng = this.rng
    const caller = rng.weighted<() => Caller>([
      [5, () => this.iamUser(account, true)],
      [5, () => this.assumedRole(account, rng.pick(['sso', 'app', 'admin'] as const))],
      [1, () => this.root(account)],
      [1, () => this.identityCenterUser(account)],
    ])()
    const errors = [
      ['AccessDenied', `User: ${arnOf(caller)} is not authorized to perform: support:DescribeTrustedAdvisorChecks with an explicit deny in a service control policy`],
      ['SubscriptionRequiredException', 'AWS Premium Support Subscription is required to use this service.'],
      ['CaseIdNotFound', 'Invalid case ID'],
      ['ThrottlingException', 'Rate exceeded'],
    ] as const
    const base = { eventSource: 'support.amazonaws.com', region: rng.chance(0.85) ? 'us-east-1' : 'us-west-2', errors, failureRate: 0.07 }
    const language = rng.pick(LANGUAGES)
    const caseId = this.caseId(account)
    const checkId = rng.pick(TA_CHECK_IDS)
    const checkIds = TA_CHECK_IDS.slice(0, rng.between(1, TA_CHECK_IDS.length))
    const which = rng.weighted<string>([
      [10, 'CreateCase'], [18, 'DescribeCases'], [8, 'AddCommunicationToCase'], [6, 'ResolveCase'], [8, 'DescribeCommunications'],
      [8, 'RefreshTrustedAdvisorCheck'], [10, 'DescribeTrustedAdvisorChecks'], [6, 'DescribeTrustedAdvisorCheckResult'],
      [6, 'DescribeTrustedAdvisorCheckSummaries'], [4, 'DescribeTrustedAdvisorCheckRefreshStatuses'], [4, 'DescribeServices'],
      [3, 'DescribeSeverityLevels'], [3, 'DescribeCreateCaseOptions'], [2, 'DescribeSupportedLanguages'], [2, 'AddAttachmentsToSet'],
      [2, 'DescribeAttachment'],
    ])
    const op = (eventName: string, readOnly: boolean, requestParameters: Json, responseElements: Json): { caller: Caller; call: Call } => ({
      caller,
      call: { ...base, eventName, readOnly, requestParameters, responseElements },
    })
    switch (which) {
      case 'CreateCase': {
        const request: JsonObject = { severityCode: rng.pick(SEVERITIES), categoryCode: rng.pick(SUPPORT_CATEGORIES), language, serviceCode: rng.pick(SUPPORT_SERVICES), issueType: rng.pick(['technical', 'customer-service']) }
        if (!caller.console && rng.chance(0.5)) request['subject'] = `Instance ${rng.pick(account.instances)} unreachable`
        if (rng.chance(0.2)) request['ccEmailAddresses'] = [`${rng.pick(FIRST_NAMES)}@example.com`]
        if (rng.chance(0.1)) request['attachmentSetId'] = `as-${rng.alnum(40)}`
        return op('CreateCase', false, request, { caseId })
      }
      case 'DescribeCases': {
        const request: JsonObject = { includeResolvedCases: rng.chance(0.5), language }
        if (rng.chance(0.4)) request['maxResults'] = rng.pick([10, 25, 100])
        if (rng.chance(0.3)) request['caseIdList'] = [caseId]
        if (rng.chance(0.3)) request['afterTime'] = isoSeconds(this.clock - 30 * 86400_000)
        if (rng.chance(0.2)) request['includeCommunications'] = true
        if (rng.chance(0.1)) request['nextToken'] = rng.alnum(80)
        const response: Json = rng.chance(0.25)
          ? {
              cases: Array.from({ length: rng.between(1, 3) }, () => ({
                caseId: this.caseId(account),
                displayId: String(rng.between(1000000000, 9999999999)),
                subject: `Question about ${rng.pick(SUPPORT_SERVICES)}`,
                status: rng.pick(CASE_STATUSES),
                serviceCode: rng.pick(SUPPORT_SERVICES),
                categoryCode: rng.pick(SUPPORT_CATEGORIES),
                severityCode: rng.pick(SEVERITIES),
                submittedBy: `${rng.pick(account.users)}@example.com`,
                timeCreated: new Date(this.clock - rng.int(86400_000 * 30)).toISOString(),
                recentCommunications: { communications: [this.communication(account, caseId)], nextToken: rng.alnum(40) },
                ccEmailAddresses: [],
                language,
              })),
            }
          : null
        return op('DescribeCases', true, request, response)
      }
      case 'AddCommunicationToCase': {
        const request: JsonObject = { caseId, communicationBody: 'HIDDEN_DUE_TO_SECURITY_REASONS' }
        if (rng.chance(0.3)) request['ccEmailAddresses'] = [`${rng.pick(FIRST_NAMES)}@example.com`, `${rng.pick(FIRST_NAMES)}@example.com`]
        if (rng.chance(0.15)) request['attachmentSetId'] = `as-${rng.alnum(40)}`
        return op('AddCommunicationToCase', false, request, { result: true })
      }
      case 'ResolveCase':
        return op('ResolveCase', false, { caseId }, { initialCaseStatus: rng.pick(CASE_STATUSES.filter((s) => s !== 'resolved')), finalCaseStatus: 'resolved' })
      case 'DescribeCommunications':
        return op('DescribeCommunications', true, rng.chance(0.5) ? { caseId } : { caseId, maxResults: 10, afterTime: isoSeconds(this.clock - 7 * 86400_000) }, rng.chance(0.3) ? { communications: [this.communication(account, caseId), this.communication(account, caseId)] } : null)
      case 'RefreshTrustedAdvisorCheck':
        return op('RefreshTrustedAdvisorCheck', false, { checkId }, rng.chance(0.6) ? null : { status: { checkId, status: rng.pick(['enqueued', 'processing', 'success']), millisUntilNextRefreshable: rng.int(3_600_000) } })
      case 'DescribeTrustedAdvisorChecks':
        return op('DescribeTrustedAdvisorChecks', true, { language }, null)
      case 'DescribeTrustedAdvisorCheckResult':
        return op(
          'DescribeTrustedAdvisorCheckResult',
          true,
          { checkId, language },
          rng.chance(0.4)
            ? {
                result: {
                  checkId,
                  timestamp: new Date(this.clock).toISOString(),
                  status: rng.pick(['ok', 'warning', 'error']),
                  resourcesSummary: this.resourcesSummary(),
                  categorySpecificSummary: this.costSummary(),
                  flaggedResources: Array.from({ length: rng.between(0, 4) }, () => ({
                    status: rng.pick(['warning', 'error']),
                    region: rng.pick(REGIONS),
                    resourceId: rng.alnum(43),
                    isSuppressed: rng.chance(0.1),
                    metadata: [rng.pick(REGIONS), rng.pick(account.instances), rng.pick(INSTANCE_TYPES), 'Yellow', String(rng.int(100))],
                  })),
                },
              }
            : null,
        )
      case 'DescribeTrustedAdvisorCheckSummaries':
        return op(
          'DescribeTrustedAdvisorCheckSummaries',
          true,
          { checkIds },
          rng.chance(0.3)
            ? { summaries: checkIds.map((id) => ({ checkId: id, timestamp: new Date(this.clock).toISOString(), status: rng.pick(['ok', 'warning']), hasFlaggedResources: rng.chance(0.5), resourcesSummary: this.resourcesSummary(), categorySpecificSummary: this.costSummary() })) }
            : null,
        )
      case 'DescribeTrustedAdvisorCheckRefreshStatuses':
        return op('DescribeTrustedAdvisorCheckRefreshStatuses', true, { checkIds }, rng.chance(0.3) ? { statuses: checkIds.map((id) => ({ checkId: id, status: 'none', millisUntilNextRefreshable: rng.int(3_600_000) })) } : null)
      case 'DescribeServices':
        return op('DescribeServices', true, rng.chance(0.5) ? { language } : { language, serviceCodeList: [rng.pick(SUPPORT_SERVICES)] }, null)
      case 'DescribeSeverityLevels':
        return op('DescribeSeverityLevels', true, { language }, rng.chance(0.2) ? { severityLevels: SEVERITIES.map((code) => ({ code, name: code.charAt(0).toUpperCase() + code.slice(1) })) } : null)
      case 'DescribeCreateCaseOptions':
        return op('DescribeCreateCaseOptions', true, { issueType: 'technical', serviceCode: rng.pick(SUPPORT_SERVICES), language, categoryCode: rng.pick(SUPPORT_CATEGORIES) }, null)
      case 'DescribeSupportedLanguages':
        return op('DescribeSupportedLanguages', true, { issueType: 'technical', serviceCode: rng.pick(SUPPORT_SERVICES), categoryCode: rng.pick(SUPPORT_CATEGORIES) }, null)
      case 'AddAttachmentsToSet':
        return op('AddAttachmentsToSet', false, { attachments: [{ fileName: `screenshot-${rng.hex(4)}.png`, data: 'HIDDEN_DUE_TO_SECURITY_REASONS' }] }, { attachmentSetId: `as-${rng.alnum(40)}`, expiryTime: new Date(this.clock + 3600_000).toISOString() })
      default:
        return op('DescribeAttachment', true, { attachmentId: `attachment-${rng.alnum(24)}` }, null)
    }
  }

  private trustedAdvisor(account: Account): { caller: Caller; call: Call } {
    const rng = this.rng
    const caller = rng.chance(0.7) ? this.iamUser(account, true) : this.assumedRole(account, 'sso')
    const base = { eventSource: 'trustedadvisor.amazonaws.com', region: 'us-east-1', errors: [['AccessDenied', 'Access denied']] as const, failureRate: 0.04 }
    const checkId = rng.pick(TA_CHECK_IDS)
    const which = rng.weighted<string>([[20, 'RefreshCheck'], [8, 'GenerateReport'], [6, 'UpdateNotificationPreferences'], [20, 'DescribeChecks'], [15, 'DescribeCheckSummaries'], [15, 'DescribeCheckItems'], [8, 'DescribeAccount'], [8, 'DescribeNotificationPreferences']])
    switch (which) {
      case 'RefreshCheck':
        return { caller, call: { ...base, eventName: 'RefreshCheck', readOnly: false, requestParameters: { checkId }, responseElements: { status: { checkId, status: 'enqueued', millisUntilNextRefreshable: rng.int(3_600_000) } } } }
      case 'GenerateReport':
        return {
          caller,
          call: {
            ...base,
            eventName: 'GenerateReport',
            readOnly: false,
            requestParameters: {
              refresh: rng.chance(0.5),
              includeSuppressedResources: false,
              language: 'en',
              format: rng.pick(['JSON', 'CSV']),
              name: 'organizational-view-report',
              preference: { accounts: rng.chance(0.5) ? [] : [account.id], organizationalUnitIds: [`r-${rng.alnum(4).toLowerCase()}`], preferenceName: 'organizational-view-report', format: 'json', language: 'en' },
            },
            responseElements: { status: 'ENQUEUED' },
          },
        }
      case 'UpdateNotificationPreferences':
        return {
          caller,
          call: { ...base, eventName: 'UpdateNotificationPreferences', readOnly: false, requestParameters: { contacts: [{ id: 'billing', type: 'email', active: false }, { id: 'operational', type: 'email', active: true }], language: 'en' }, responseElements: null },
        }
      default:
        return { caller, call: { ...base, eventName: which, readOnly: true, requestParameters: null, responseElements: null } }
    }
  }

  private sso(account: Account): { caller: Caller; call: Call } {
    const rng = this.rng
    const caller = rng.chance(0.7) ? this.identityCenterUser(account) : this.unknownUser(account)
    const which = rng.pick(['ListApplications', 'ListAccounts', 'ListAccountRoles', 'GetRoleCredentials', 'ListProfilesForApplication'])
    const request: Json = which === 'ListAccountRoles' || which === 'GetRoleCredentials' ? { accountId: account.id, roleName: rng.pick(account.roles).name } : rng.chance(0.5) ? null : { maxResults: 100 }
    return { caller, call: { eventSource: 'sso.amazonaws.com', eventName: which, readOnly: which !== 'GetRoleCredentials', requestParameters: request, responseElements: null, failureRate: 0.01, errors: [['AccessDenied', 'Access denied']] } }
  }

  private misc(account: Account): { caller: Caller; call: Call } {
    const rng = this.rng
    const caller = this.anyCaller(account)
    const region = rng.pick(REGIONS)
    const errors = [['AccessDenied', 'Access denied'], ['ThrottlingException', 'Rate exceeded'], ['ResourceNotFoundException', 'Requested resource not found']] as const
    const fn = rng.pick(['image-resizer', 'ingest-fn', 'orders-api', 'nightly-report'])
    const which = rng.weighted<string>([[12, 'logs'], [10, 'monitoring'], [12, 'ssm'], [8, 'secretsmanager'], [8, 'dynamodb'], [6, 'cloudformation'], [6, 'ecr'], [8, 'lambda'], [4, 'lambdaUpdate']])
    const call = (eventSource: string, eventName: string, readOnly: boolean, requestParameters: Json, responseElements: Json, apiVersion?: string): { caller: Caller; call: Call } => ({
      caller,
      call: { eventSource, eventName, readOnly, requestParameters, responseElements, region, errors, ...(apiVersion === undefined ? {} : { apiVersion }) },
    })
    switch (which) {
      case 'logs':
        return call('logs.amazonaws.com', 'CreateLogStream', false, { logGroupName: `/aws/lambda/${fn}`, logStreamName: `2024/03/01/[$LATEST]${rng.hex(32)}` }, null)
      case 'monitoring':
        return call('monitoring.amazonaws.com', 'GetMetricData', true, { metricDataQueries: [{ id: 'm1', metricStat: { metric: { namespace: 'AWS/EC2', metricName: 'CPUUtilization', dimensions: [{ name: 'InstanceId', value: rng.pick(account.instances) }] }, period: 300, stat: 'Average' }, returnData: true }], startTime: javaDate(this.clock - 3600_000), endTime: javaDate(this.clock) }, null)
      case 'ssm':
        return call('ssm.amazonaws.com', 'GetParameter', true, { name: `/prod/${fn}/${rng.pick(['db-url', 'api-key', 'feature-flags'])}`, withDecryption: rng.chance(0.5) }, null)
      case 'secretsmanager':
        return call('secretsmanager.amazonaws.com', 'GetSecretValue', true, { secretId: `arn:aws:secretsmanager:${region}:${account.id}:secret:prod/db-${rng.alnum(6)}` }, null)
      case 'dynamodb':
        return call('dynamodb.amazonaws.com', 'DescribeTable', true, { tableName: rng.pick(['orders', 'sessions', 'inventory']) }, null, '2012-08-10')
      case 'cloudformation':
        return call('cloudformation.amazonaws.com', 'DescribeStacks', true, rng.chance(0.5) ? null : { stackName: `arn:aws:cloudformation:${region}:${account.id}:stack/app-${rng.hex(4)}/${rng.uuid()}` }, null)
      case 'ecr':
        return call('ecr.amazonaws.com', 'GetAuthorizationToken', true, rng.chance(0.5) ? null : { registryIds: [account.id] }, null)
      case 'lambdaUpdate':
        return call(
          'lambda.amazonaws.com',
          'UpdateFunctionConfiguration20150331v2',
          false,
          { functionName: fn, timeout: rng.pick([3, 30, 900]), memorySize: rng.pick([128, 512, 2048]), environment: { variables: 'HIDDEN_DUE_TO_SECURITY_REASONS' } },
          {
            functionName: fn,
            functionArn: `arn:aws:lambda:${region}:${account.id}:function:${fn}`,
            runtime: rng.pick(['nodejs20.x', 'python3.12', 'java21']),
            role: `arn:aws:iam::${account.id}:role/${fn}-role`,
            handler: 'index.handler',
            codeSize: rng.int(50_000_000),
            timeout: 30,
            memorySize: 512,
            lastModified: new Date(this.clock).toISOString().replace('Z', '+0000'),
            codeSha256: `${rng.alnum(43)}=`,
            version: '$LATEST',
            tracingConfig: { mode: 'PassThrough' },
            revisionId: rng.uuid(),
            state: 'Active',
            lastUpdateStatus: 'InProgress',
            packageType: 'Zip',
            architectures: ['arm64'],
            ephemeralStorage: { size: 512 },
            snapStart: { applyOn: 'None', optimizationStatus: 'Off' },
            loggingConfig: { logFormat: 'Text', logGroup: `/aws/lambda/${fn}` },
          },
          '2015-03-31',
        )
      default:
        return call('lambda.amazonaws.com', 'ListFunctions20150331', true, rng.chance(0.5) ? null : { maxItems: 50 }, null, '2015-03-31')
    }
  }

  private serviceEvent(account: Account): { caller: Caller; call: Call } {
    const rng = this.rng
    const caller = this.untyped(account)
    const which = rng.pick(['RotateKey', 'BackupJobCompleted', 'DeleteExpiredKeyMaterial'])
    if (which === 'BackupJobCompleted') {
      return {
        caller,
        call: {
          eventSource: 'backup.amazonaws.com',
          eventName: 'BackupJobCompleted',
          readOnly: false,
          eventType: 'AwsServiceEvent',
          requestParameters: null,
          responseElements: null,
          serviceEventDetails: { backupJobId: rng.uuid().toUpperCase(), backupVaultName: 'Default', resourceType: rng.pick(['EBS', 'RDS', 'DynamoDB']), state: 'COMPLETED', backupSizeInBytes: rng.int(1e10), creationDate: javaDate(this.clock - 3600_000), completionDate: javaDate(this.clock) },
          failureRate: 0,
        },
      }
    }
    const keyArn = `arn:aws:kms:us-east-1:${account.id}:key/${rng.pick(account.keys)}`
    return {
      caller,
      call: {
        eventSource: 'kms.amazonaws.com',
        eventName: which,
        readOnly: false,
        eventType: 'AwsServiceEvent',
        requestParameters: null,
        responseElements: null,
        additionalEventData: { keyId: keyArn },
        resources: [{ accountId: account.id, type: 'AWS::KMS::Key', ARN: keyArn }],
        failureRate: 0,
      },
    }
  }

  // ---- the record -------------------------------------------------------

  private eventVersion(): string {
    return this.rng.weighted<string>([[4, '1.04'], [6, '1.05'], [3, '1.07'], [30, '1.08'], [30, '1.09'], [12, '1.10'], [15, '1.11']])
  }

  private envelope(caller: Caller, call: Call): JsonObject {
    const rng = this.rng
    const version = this.eventVersion()
    const minor = Number(version.slice(2))
    const failed = rng.chance(call.failureRate ?? 0.04)
    const record: JsonObject = { eventVersion: version }
    if (caller.identity !== undefined) record['userIdentity'] = caller.identity
    record['eventTime'] = isoSeconds(this.clock)
    record['eventSource'] = call.eventSource
    record['eventName'] = call.eventName
    record['awsRegion'] = call.region ?? rng.pick(REGIONS)
    record['sourceIPAddress'] = caller.sourceIPAddress
    record['userAgent'] = caller.userAgent
    if (failed && call.errors !== undefined && call.errors.length > 0) {
      const [code, message] = rng.pick(call.errors)
      if (code !== '') record['errorCode'] = code
      if (message !== '') record['errorMessage'] = message
    }
    if (call.requestParameters !== undefined) record['requestParameters'] = call.requestParameters
    if (call.responseElements !== undefined) {
      record['responseElements'] = failed && call.eventSource !== 'signin.amazonaws.com' ? null : call.responseElements
    }
    if (call.additionalEventData !== undefined) record['additionalEventData'] = call.additionalEventData
    if (call.serviceEventDetails !== undefined) record['serviceEventDetails'] = call.serviceEventDetails
    const eventType = call.eventType ?? 'AwsApiCall'
    if (eventType === 'AwsApiCall' || eventType === 'AwsConsoleSignIn') record['requestID'] = rng.uuid()
    record['eventID'] = rng.uuid()
    record['readOnly'] = call.readOnly
    if (call.resources !== undefined) record['resources'] = call.resources
    record['eventType'] = eventType
    if (call.apiVersion !== undefined) record['apiVersion'] = call.apiVersion
    const category = call.eventCategory ?? 'Management'
    if (minor >= 6) record['managementEvent'] = category === 'Management'
    record['recipientAccountId'] = caller.account.id
    const identityAccount = caller.identity?.['accountId']
    if (typeof identityAccount === 'string' && identityAccount !== caller.account.id) record['sharedEventID'] = rng.uuid()
    if (category === 'Data' && rng.chance(0.2)) {
      record['vpcEndpointId'] = `vpce-0${rng.hex(16)}`
      if (minor >= 10) record['vpcEndpointAccountId'] = caller.account.id
    }
    if (minor >= 7) record['eventCategory'] = category
    if (minor >= 8 && caller.sourceIPAddress !== 'AWS Internal' && !caller.sourceIPAddress.endsWith('.amazonaws.com')) {
      const host = call.eventSource === 's3.amazonaws.com' ? `s3.${String(record['awsRegion'])}.amazonaws.com` : call.eventSource.replace('.amazonaws.com', `.${String(record['awsRegion'])}.amazonaws.com`)
      const tls: JsonObject = rng.chance(0.8)
        ? { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256', clientProvidedHostHeader: host }
        : { tlsVersion: 'TLSv1.2', cipherSuite: 'ECDHE-RSA-AES128-GCM-SHA256', clientProvidedHostHeader: host }
      if (minor >= 11 && rng.chance(0.3)) tls['keyExchange'] = 'x25519'
      record['tlsDetails'] = tls
    }
    if (minor >= 8 && caller.console) record['sessionCredentialFromConsole'] = 'true'
    return record
  }

  /** Makes a record invalid in one of three ways, so every validator's failure path runs. */
  private spoil(record: JsonObject): void {
    const kind = (this.count / INVALID_EVERY) % 3
    if (kind === 0) {
      record['eventTime'] = '2024-02-30T10:00:00Z'
      return
    }
    const identity = record['userIdentity']
    const context = typeof identity === 'object' && identity !== null && !Array.isArray(identity) ? identity['sessionContext'] : undefined
    const attributes = typeof context === 'object' && context !== null && !Array.isArray(context) ? context['attributes'] : undefined
    if (kind === 1 && typeof attributes === 'object' && attributes !== null && !Array.isArray(attributes)) {
      attributes['mfaAuthenticated'] = false
      return
    }
    delete record['eventName']
  }
}

/** The ARN of a caller, for error messages that name it. */
function arnOf(caller: Caller): string {
  const arn = caller.identity?.['arn']
  return typeof arn === 'string' && arn !== '' ? arn : `arn:aws:sts::${caller.account.id}:assumed-role/OrdersServiceRole/session`
}

/** The year in a case id. */
function caseYear(rng: Rng): number {
  return rng.between(2019, 2024)
}

/**
 * Generates records lazily, for as long as the caller iterates.
 *
 * @param seed - the PRNG seed
 * @returns an endless iterator of records
 *
 * @example
 * ```ts
 * for (const record of generateRecords(1)) { console.log(record.eventName); break }
 * ```
 */
export function* generateRecords(seed: number): Generator<JsonObject, never> {
  const factory = new RecordFactory(seed)
  for (;;) yield factory.next()
}

/**
 * Yields the text of a log of about `targetBytes` (UTF-8), in chunks of about
 * `chunkBytes`, without ever holding the whole text.
 *
 * @param targetBytes - the size to reach (the last record may overshoot it)
 * @param seed - the PRNG seed
 * @param format - a CloudTrail log file `{"Records":[...]}` or NDJSON
 * @param counter - counts the records yielded so far
 * @param chunkBytes - the size of each chunk
 * @returns the chunks
 */
export function* generateLogChunks(
  targetBytes: number,
  seed: number,
  format: LogFormat = 'logFile',
  counter: { records: number } = { records: 0 },
  chunkBytes = 1 << 20,
): Generator<string> {
  let written = 0
  let parts: string[] = []
  let pending = 0
  let first = true
  if (format === 'logFile') {
    parts.push('{"Records":[')
    pending += 12
  }
  for (const record of generateRecords(seed)) {
    if (written + pending >= targetBytes) break
    const text = JSON.stringify(record)
    const piece = format === 'ndjson' ? `${text}\n` : first ? text : `,${text}`
    first = false
    counter.records++
    parts.push(piece)
    pending += Buffer.byteLength(piece)
    if (pending >= chunkBytes) {
      yield parts.join('')
      written += pending
      parts = []
      pending = 0
    }
  }
  if (format === 'logFile') parts.push(']}')
  if (parts.length > 0) yield parts.join('')
}

/**
 * Generates the whole text of a log of about `targetBytes` in memory.
 *
 * @param targetBytes - the size to reach
 * @param seed - the PRNG seed
 * @param format - a CloudTrail log file or NDJSON
 * @returns the text and how many records it holds
 *
 * @example
 * ```ts
 * const { text, count } = generateLogText(50 * 2 ** 20, 20240301)
 * ```
 */
export function generateLogText(targetBytes: number, seed: number, format: LogFormat = 'logFile'): { text: string; count: number } {
  const pieces: string[] = []
  let size = 0
  let count = 0
  for (const record of generateRecords(seed)) {
    if (size >= targetBytes) break
    const text = JSON.stringify(record)
    pieces.push(text)
    size += Buffer.byteLength(text) + 1
    count++
  }
  const text = format === 'logFile' ? `{"Records":[${pieces.join(',')}]}` : `${pieces.join('\n')}\n`
  return { text, count }
}

/**
 * Writes a gzip-compressed log of about `targetBytes` uncompressed to `path`,
 * generating and compressing as it goes (memory stays flat).
 *
 * @param path - the file to write
 * @param targetBytes - the uncompressed size to reach
 * @param seed - the PRNG seed
 * @param format - a CloudTrail log file or NDJSON
 * @returns the uncompressed and compressed sizes and the number of records
 */
export async function writeGzipLog(
  path: string,
  targetBytes: number,
  seed: number,
  format: LogFormat = 'logFile',
): Promise<{ bytes: number; compressedBytes: number; records: number }> {
  const gzip = createGzip({ level: 1 })
  const out = createWriteStream(path)
  gzip.pipe(out)
  let bytes = 0
  const counter = { records: 0 }
  for (const chunk of generateLogChunks(targetBytes, seed, format, counter)) {
    const buffer = Buffer.from(chunk)
    bytes += buffer.length
    if (!gzip.write(buffer)) await once(gzip, 'drain')
  }
  gzip.end()
  await once(out, 'close')
  return { bytes, compressedBytes: out.bytesWritten, records: counter.records }
}
