// Generated from schemas/gc-timeouts.schema.json by scripts/generate-schema-validator.mjs (Ajv, MIT).
// Do not edit: npm run build rewrites it; test/manifest/schema-validator.test.ts fails when stale.
/* eslint-disable */
export const validate = validate20;
export default validate20;
const schema31 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:gc-timeouts:manifest:v1',
  title: 'gc-timeouts manifest',
  description:
    'Desired timeouts of Genesys Cloud data actions, kept in Git. gc-timeouts validates this file, plans the changes against the live org, and applies them when the plan is merged.',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'actions'],
  properties: {
    version: {
      title: 'Manifest format version',
      description: "The version of this file's format. Only 1 exists.",
      const: 1,
      examples: [1],
    },
    org: {
      title: 'Genesys Cloud org',
      description: 'Which Genesys Cloud org this manifest describes.',
      type: 'object',
      additionalProperties: false,
      properties: {
        region: {
          title: 'Region',
          description:
            "The org's region (us-east-1) or environment host (mypurecloud.com). The region input or --region overrides it; GENESYSCLOUD_REGION applies only when this is absent.",
          type: 'string',
          enum: [
            'us-east-1',
            'us-east-2',
            'us-west-2',
            'ca-central-1',
            'sa-east-1',
            'mx-central-1',
            'eu-west-1',
            'eu-west-2',
            'eu-central-1',
            'eu-central-2',
            'eusc-de-east-1',
            'me-central-1',
            'ap-northeast-1',
            'ap-northeast-2',
            'ap-northeast-3',
            'ap-south-1',
            'ap-southeast-1',
            'ap-southeast-2',
            'mypurecloud.com',
            'use2.us-gov-pure.cloud',
            'usw2.pure.cloud',
            'cac1.pure.cloud',
            'sae1.pure.cloud',
            'mxc1.pure.cloud',
            'mypurecloud.ie',
            'euw2.pure.cloud',
            'mypurecloud.de',
            'euc2.pure.cloud',
            'edee1.eusc-pure.cloud',
            'mec1.pure.cloud',
            'mypurecloud.jp',
            'apne2.pure.cloud',
            'apne3.pure.cloud',
            'aps1.pure.cloud',
            'apse1.pure.cloud',
            'mypurecloud.com.au',
          ],
          examples: ['us-east-1', 'mypurecloud.ie'],
        },
      },
    },
    environments: {
      title: 'Environments (orgs)',
      description:
        "The orgs this manifest manages, by name (dev, test, prod, ...): each with its region and optional policy. Every command then takes one environment (--env, or the Action's environment input). Without this key the manifest manages one org, described by org and policy. With it, org is not used: give each environment its region.",
      type: 'object',
      minProperties: 1,
      additionalProperties: { $ref: '#/$defs/environment' },
      examples: [
        { dev: { region: 'us-east-1' }, prod: { region: 'eu-west-1', policy: { maxChanges: 10 } } },
      ],
    },
    policy: {
      title: 'Guard rails',
      description: 'Limits every plan must respect. All optional.',
      type: 'object',
      additionalProperties: false,
      properties: {
        minTimeoutSeconds: {
          title: 'Smallest allowed timeout',
          description: 'No entry may set a timeout below this many seconds.',
          type: 'integer',
          minimum: 1,
          maximum: 60,
          examples: [3],
        },
        maxTimeoutSeconds: {
          title: 'Largest allowed timeout',
          description: 'No entry may set a timeout above this many seconds.',
          type: 'integer',
          minimum: 1,
          maximum: 60,
          examples: [45],
        },
        maxChanges: {
          title: 'Most changes in one plan',
          description:
            'A plan that would change more actions than this is refused, so a bad glob cannot rewrite the whole org.',
          type: 'integer',
          minimum: 1,
          examples: [25],
        },
        unmanaged: {
          title: 'Live actions no entry selects',
          description:
            'ignore: leave them out of the plan; report: list them; fail: make the plan fail until every action is managed.',
          type: 'string',
          enum: ['ignore', 'report', 'fail'],
          default: 'ignore',
        },
        latencyHeadroom: {
          title: 'Headroom over the p99',
          description:
            'recommend proposes the observed p99 times this factor, rounded up to whole seconds. More than 1; default 1.5.',
          type: 'number',
          exclusiveMinimum: 1,
          default: 1.5,
          examples: [1.5, 2],
        },
        failBelowP99: {
          title: 'Fail below the p99',
          description:
            "true: a timeout below the action's observed p99 (at least 20 runs) is a plan error, not a warning.",
          type: 'boolean',
          default: false,
        },
        flowOverrides: {
          title: 'Flows that wait their own timeout',
          description:
            "A flow whose Call Data Action waits its own timeout, shorter than a change's new timeout, does not get the change. ignore: say nothing; warn: a plan warning (default); fail: a plan error.",
          type: 'string',
          enum: ['ignore', 'warn', 'fail'],
          default: 'warn',
        },
      },
    },
    flows: {
      title: 'Architect flow files in the repository',
      description:
        "Globs of Archy YAML flow files (relative to this file's directory, e.g. flows/**/*.yaml). The plan shows which of their callData blocks call each changed action, with file and line, even without credentials. The YAML does not show whether a flow waits its own timeout.",
      type: 'array',
      items: { type: 'string', minLength: 1, maxLength: 500 },
      maxItems: 50,
      examples: [['flows/**/*.yaml']],
    },
    actions: {
      title: 'Managed data actions',
      description:
        'One entry per action (or group of actions, with match) and the timeout it should have.',
      type: 'array',
      items: { $ref: '#/$defs/entry' },
    },
  },
  $defs: {
    entry: {
      title: 'Action entry',
      description:
        'Selects actions with exactly one of id, name or match, and sets timeoutSeconds and/or functionTimeoutSeconds.',
      type: 'object',
      additionalProperties: false,
      properties: {
        id: {
          title: 'Action id',
          description: "The action's id, e.g. custom_-_3f1c2a9e-.... Stable across renames.",
          type: 'string',
          minLength: 1,
          examples: ['custom_-_3f1c2a9e-5b7d-4c1e-9f0a-2b6d8e4c1a7f'],
        },
        name: {
          title: 'Action name',
          description:
            "The action's exact name. Narrow it with integration or category when the name repeats.",
          type: 'string',
          minLength: 1,
          maxLength: 256,
          examples: ['Get Customer Order'],
        },
        integration: {
          title: 'Integration name',
          description: 'With name: only the action of this integration.',
          type: 'string',
          minLength: 1,
          examples: ['ERP Web Services'],
        },
        category: {
          title: 'Category',
          description: 'With name: only the action in this category.',
          type: 'string',
          minLength: 1,
          examples: ['Salesforce'],
        },
        match: {
          title: 'Glob selector',
          description:
            'Selects every action whose name, category and integration match these globs (* ? [abc] {a,b}). Entries by id or name win over match; among matches, the last one in the file wins.',
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: {
            name: {
              title: 'Name glob',
              description: 'Glob over the action name.',
              type: 'string',
              minLength: 1,
              examples: ['Lookup *'],
            },
            category: {
              title: 'Category glob',
              description: 'Glob over the action category.',
              type: 'string',
              minLength: 1,
              examples: ['Salesforce'],
            },
            integration: {
              title: 'Integration glob',
              description: 'Glob over the integration name.',
              type: 'string',
              minLength: 1,
              examples: ['ERP *'],
            },
          },
        },
        timeoutSeconds: {
          title: 'Timeout (seconds)',
          description:
            'config.timeoutSeconds: 1 to 60, or default to remove the override so the platform default (60 s) applies. In a manifest with environments, also a mapping of environment name to value, with default for the others: { default: 30, prod: 15 }.',
          if: { type: 'object' },
          then: {
            title: 'Timeout per environment',
            description:
              'Environment name to timeout (1-60 or default); the key default gives the value of every environment not named.',
            type: 'object',
            minProperties: 1,
            additionalProperties: {
              anyOf: [{ type: 'integer', minimum: 1, maximum: 60 }, { const: 'default' }],
            },
          },
          else: { anyOf: [{ type: 'integer', minimum: 1, maximum: 60 }, { const: 'default' }] },
          examples: [15, 'default', { default: 30, prod: 15 }],
        },
        functionTimeoutSeconds: {
          title: 'Function timeout (seconds)',
          description:
            'function.timeoutSeconds of a function data action: 1 to 15. In a manifest with environments, also a mapping of environment name to value, with default for the others: { default: 12, prod: 8 }.',
          if: { type: 'object' },
          then: {
            title: 'Function timeout per environment',
            description:
              'Environment name to function timeout (1-15); the key default gives the value of every environment not named.',
            type: 'object',
            minProperties: 1,
            additionalProperties: { type: 'integer', minimum: 1, maximum: 15 },
          },
          else: { type: 'integer', minimum: 1, maximum: 15 },
          examples: [12, { default: 12, prod: 8 }],
        },
        reason: {
          title: 'Reason',
          description: 'Why this timeout: shown in the plan next to the change.',
          type: 'string',
          maxLength: 500,
          examples: ['ERP p99 is 11 s since the March upgrade'],
        },
        acceptDrift: {
          title: 'Accepted drift',
          description:
            'Until this date, a live timeout that differs from this entry is reported as accepted, not as drift. After it, drift is reported again.',
          type: 'object',
          additionalProperties: false,
          required: ['until', 'reason'],
          properties: {
            until: {
              title: 'Accepted until',
              description: 'The last day (YYYY-MM-DD, UTC) the drift is accepted.',
              type: 'string',
              pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
              examples: ['2027-01-31'],
            },
            reason: {
              title: 'Why the drift is accepted',
              description: 'Shown with the drift, e.g. an incident and its ticket.',
              type: 'string',
              minLength: 1,
              maxLength: 500,
              examples: ['INC-4411: raised by hand during the ERP outage'],
            },
          },
        },
        environments: {
          title: 'Environments of this entry',
          description:
            'The environments this entry exists in (all when absent). An id entry names exactly one, because ids differ from org to org.',
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: { type: 'string', minLength: 1 },
          examples: [['dev', 'test'], ['prod']],
        },
      },
      oneOf: [{ required: ['id'] }, { required: ['name'] }, { required: ['match'] }],
      anyOf: [{ required: ['timeoutSeconds'] }, { required: ['functionTimeoutSeconds'] }],
      dependentRequired: { integration: ['name'], category: ['name'] },
    },
    environment: {
      title: 'Environment',
      description:
        'One org: its region and, optionally, a policy that overrides the top-level policy key by key.',
      type: 'object',
      additionalProperties: false,
      properties: {
        region: {
          title: 'Region',
          description:
            "This org's region (us-east-1) or environment host (mypurecloud.com). The region input or --region overrides it.",
          $ref: '#/properties/org/properties/region',
        },
        policy: {
          title: 'Guard rails of this org',
          description:
            'Overrides the top-level policy key by key for this environment, e.g. a smaller maxChanges in prod.',
          $ref: '#/properties/policy',
        },
      },
    },
  },
};
const schema35 = {
  title: 'Action entry',
  description:
    'Selects actions with exactly one of id, name or match, and sets timeoutSeconds and/or functionTimeoutSeconds.',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: {
      title: 'Action id',
      description: "The action's id, e.g. custom_-_3f1c2a9e-.... Stable across renames.",
      type: 'string',
      minLength: 1,
      examples: ['custom_-_3f1c2a9e-5b7d-4c1e-9f0a-2b6d8e4c1a7f'],
    },
    name: {
      title: 'Action name',
      description:
        "The action's exact name. Narrow it with integration or category when the name repeats.",
      type: 'string',
      minLength: 1,
      maxLength: 256,
      examples: ['Get Customer Order'],
    },
    integration: {
      title: 'Integration name',
      description: 'With name: only the action of this integration.',
      type: 'string',
      minLength: 1,
      examples: ['ERP Web Services'],
    },
    category: {
      title: 'Category',
      description: 'With name: only the action in this category.',
      type: 'string',
      minLength: 1,
      examples: ['Salesforce'],
    },
    match: {
      title: 'Glob selector',
      description:
        'Selects every action whose name, category and integration match these globs (* ? [abc] {a,b}). Entries by id or name win over match; among matches, the last one in the file wins.',
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        name: {
          title: 'Name glob',
          description: 'Glob over the action name.',
          type: 'string',
          minLength: 1,
          examples: ['Lookup *'],
        },
        category: {
          title: 'Category glob',
          description: 'Glob over the action category.',
          type: 'string',
          minLength: 1,
          examples: ['Salesforce'],
        },
        integration: {
          title: 'Integration glob',
          description: 'Glob over the integration name.',
          type: 'string',
          minLength: 1,
          examples: ['ERP *'],
        },
      },
    },
    timeoutSeconds: {
      title: 'Timeout (seconds)',
      description:
        'config.timeoutSeconds: 1 to 60, or default to remove the override so the platform default (60 s) applies. In a manifest with environments, also a mapping of environment name to value, with default for the others: { default: 30, prod: 15 }.',
      if: { type: 'object' },
      then: {
        title: 'Timeout per environment',
        description:
          'Environment name to timeout (1-60 or default); the key default gives the value of every environment not named.',
        type: 'object',
        minProperties: 1,
        additionalProperties: {
          anyOf: [{ type: 'integer', minimum: 1, maximum: 60 }, { const: 'default' }],
        },
      },
      else: { anyOf: [{ type: 'integer', minimum: 1, maximum: 60 }, { const: 'default' }] },
      examples: [15, 'default', { default: 30, prod: 15 }],
    },
    functionTimeoutSeconds: {
      title: 'Function timeout (seconds)',
      description:
        'function.timeoutSeconds of a function data action: 1 to 15. In a manifest with environments, also a mapping of environment name to value, with default for the others: { default: 12, prod: 8 }.',
      if: { type: 'object' },
      then: {
        title: 'Function timeout per environment',
        description:
          'Environment name to function timeout (1-15); the key default gives the value of every environment not named.',
        type: 'object',
        minProperties: 1,
        additionalProperties: { type: 'integer', minimum: 1, maximum: 15 },
      },
      else: { type: 'integer', minimum: 1, maximum: 15 },
      examples: [12, { default: 12, prod: 8 }],
    },
    reason: {
      title: 'Reason',
      description: 'Why this timeout: shown in the plan next to the change.',
      type: 'string',
      maxLength: 500,
      examples: ['ERP p99 is 11 s since the March upgrade'],
    },
    acceptDrift: {
      title: 'Accepted drift',
      description:
        'Until this date, a live timeout that differs from this entry is reported as accepted, not as drift. After it, drift is reported again.',
      type: 'object',
      additionalProperties: false,
      required: ['until', 'reason'],
      properties: {
        until: {
          title: 'Accepted until',
          description: 'The last day (YYYY-MM-DD, UTC) the drift is accepted.',
          type: 'string',
          pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
          examples: ['2027-01-31'],
        },
        reason: {
          title: 'Why the drift is accepted',
          description: 'Shown with the drift, e.g. an incident and its ticket.',
          type: 'string',
          minLength: 1,
          maxLength: 500,
          examples: ['INC-4411: raised by hand during the ERP outage'],
        },
      },
    },
    environments: {
      title: 'Environments of this entry',
      description:
        'The environments this entry exists in (all when absent). An id entry names exactly one, because ids differ from org to org.',
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', minLength: 1 },
      examples: [['dev', 'test'], ['prod']],
    },
  },
  oneOf: [{ required: ['id'] }, { required: ['name'] }, { required: ['match'] }],
  anyOf: [{ required: ['timeoutSeconds'] }, { required: ['functionTimeoutSeconds'] }],
  dependentRequired: { integration: ['name'], category: ['name'] },
};
const schema32 = {
  title: 'Environment',
  description:
    'One org: its region and, optionally, a policy that overrides the top-level policy key by key.',
  type: 'object',
  additionalProperties: false,
  properties: {
    region: {
      title: 'Region',
      description:
        "This org's region (us-east-1) or environment host (mypurecloud.com). The region input or --region overrides it.",
      $ref: '#/properties/org/properties/region',
    },
    policy: {
      title: 'Guard rails of this org',
      description:
        'Overrides the top-level policy key by key for this environment, e.g. a smaller maxChanges in prod.',
      $ref: '#/properties/policy',
    },
  },
};
const schema33 = {
  title: 'Region',
  description:
    "The org's region (us-east-1) or environment host (mypurecloud.com). The region input or --region overrides it; GENESYSCLOUD_REGION applies only when this is absent.",
  type: 'string',
  enum: [
    'us-east-1',
    'us-east-2',
    'us-west-2',
    'ca-central-1',
    'sa-east-1',
    'mx-central-1',
    'eu-west-1',
    'eu-west-2',
    'eu-central-1',
    'eu-central-2',
    'eusc-de-east-1',
    'me-central-1',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-south-1',
    'ap-southeast-1',
    'ap-southeast-2',
    'mypurecloud.com',
    'use2.us-gov-pure.cloud',
    'usw2.pure.cloud',
    'cac1.pure.cloud',
    'sae1.pure.cloud',
    'mxc1.pure.cloud',
    'mypurecloud.ie',
    'euw2.pure.cloud',
    'mypurecloud.de',
    'euc2.pure.cloud',
    'edee1.eusc-pure.cloud',
    'mec1.pure.cloud',
    'mypurecloud.jp',
    'apne2.pure.cloud',
    'apne3.pure.cloud',
    'aps1.pure.cloud',
    'apse1.pure.cloud',
    'mypurecloud.com.au',
  ],
  examples: ['us-east-1', 'mypurecloud.ie'],
};
const schema34 = {
  title: 'Guard rails',
  description: 'Limits every plan must respect. All optional.',
  type: 'object',
  additionalProperties: false,
  properties: {
    minTimeoutSeconds: {
      title: 'Smallest allowed timeout',
      description: 'No entry may set a timeout below this many seconds.',
      type: 'integer',
      minimum: 1,
      maximum: 60,
      examples: [3],
    },
    maxTimeoutSeconds: {
      title: 'Largest allowed timeout',
      description: 'No entry may set a timeout above this many seconds.',
      type: 'integer',
      minimum: 1,
      maximum: 60,
      examples: [45],
    },
    maxChanges: {
      title: 'Most changes in one plan',
      description:
        'A plan that would change more actions than this is refused, so a bad glob cannot rewrite the whole org.',
      type: 'integer',
      minimum: 1,
      examples: [25],
    },
    unmanaged: {
      title: 'Live actions no entry selects',
      description:
        'ignore: leave them out of the plan; report: list them; fail: make the plan fail until every action is managed.',
      type: 'string',
      enum: ['ignore', 'report', 'fail'],
      default: 'ignore',
    },
    latencyHeadroom: {
      title: 'Headroom over the p99',
      description:
        'recommend proposes the observed p99 times this factor, rounded up to whole seconds. More than 1; default 1.5.',
      type: 'number',
      exclusiveMinimum: 1,
      default: 1.5,
      examples: [1.5, 2],
    },
    failBelowP99: {
      title: 'Fail below the p99',
      description:
        "true: a timeout below the action's observed p99 (at least 20 runs) is a plan error, not a warning.",
      type: 'boolean',
      default: false,
    },
    flowOverrides: {
      title: 'Flows that wait their own timeout',
      description:
        "A flow whose Call Data Action waits its own timeout, shorter than a change's new timeout, does not get the change. ignore: say nothing; warn: a plan warning (default); fail: a plan error.",
      type: 'string',
      enum: ['ignore', 'warn', 'fail'],
      default: 'warn',
    },
  },
};
function validate21(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'region' || key0 === 'policy')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.region !== undefined) {
      let data0 = data.region;
      if (typeof data0 !== 'string') {
        const err1 = {
          instancePath: instancePath + '/region',
          schemaPath: '#/properties/org/properties/region/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(
        data0 === 'us-east-1' ||
        data0 === 'us-east-2' ||
        data0 === 'us-west-2' ||
        data0 === 'ca-central-1' ||
        data0 === 'sa-east-1' ||
        data0 === 'mx-central-1' ||
        data0 === 'eu-west-1' ||
        data0 === 'eu-west-2' ||
        data0 === 'eu-central-1' ||
        data0 === 'eu-central-2' ||
        data0 === 'eusc-de-east-1' ||
        data0 === 'me-central-1' ||
        data0 === 'ap-northeast-1' ||
        data0 === 'ap-northeast-2' ||
        data0 === 'ap-northeast-3' ||
        data0 === 'ap-south-1' ||
        data0 === 'ap-southeast-1' ||
        data0 === 'ap-southeast-2' ||
        data0 === 'mypurecloud.com' ||
        data0 === 'use2.us-gov-pure.cloud' ||
        data0 === 'usw2.pure.cloud' ||
        data0 === 'cac1.pure.cloud' ||
        data0 === 'sae1.pure.cloud' ||
        data0 === 'mxc1.pure.cloud' ||
        data0 === 'mypurecloud.ie' ||
        data0 === 'euw2.pure.cloud' ||
        data0 === 'mypurecloud.de' ||
        data0 === 'euc2.pure.cloud' ||
        data0 === 'edee1.eusc-pure.cloud' ||
        data0 === 'mec1.pure.cloud' ||
        data0 === 'mypurecloud.jp' ||
        data0 === 'apne2.pure.cloud' ||
        data0 === 'apne3.pure.cloud' ||
        data0 === 'aps1.pure.cloud' ||
        data0 === 'apse1.pure.cloud' ||
        data0 === 'mypurecloud.com.au'
      )) {
        const err2 = {
          instancePath: instancePath + '/region',
          schemaPath: '#/properties/org/properties/region/enum',
          keyword: 'enum',
          params: { allowedValues: schema33.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.policy !== undefined) {
      let data1 = data.policy;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(
            key1 === 'minTimeoutSeconds' ||
            key1 === 'maxTimeoutSeconds' ||
            key1 === 'maxChanges' ||
            key1 === 'unmanaged' ||
            key1 === 'latencyHeadroom' ||
            key1 === 'failBelowP99' ||
            key1 === 'flowOverrides'
          )) {
            const err3 = {
              instancePath: instancePath + '/policy',
              schemaPath: '#/properties/policy/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data1.minTimeoutSeconds !== undefined) {
          let data2 = data1.minTimeoutSeconds;
          if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
            const err4 = {
              instancePath: instancePath + '/policy/minTimeoutSeconds',
              schemaPath: '#/properties/policy/properties/minTimeoutSeconds/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (typeof data2 == 'number' && isFinite(data2)) {
            if (data2 > 60 || isNaN(data2)) {
              const err5 = {
                instancePath: instancePath + '/policy/minTimeoutSeconds',
                schemaPath: '#/properties/policy/properties/minTimeoutSeconds/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 60 },
                message: 'must be <= 60',
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data2 < 1 || isNaN(data2)) {
              const err6 = {
                instancePath: instancePath + '/policy/minTimeoutSeconds',
                schemaPath: '#/properties/policy/properties/minTimeoutSeconds/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
        }
        if (data1.maxTimeoutSeconds !== undefined) {
          let data3 = data1.maxTimeoutSeconds;
          if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
            const err7 = {
              instancePath: instancePath + '/policy/maxTimeoutSeconds',
              schemaPath: '#/properties/policy/properties/maxTimeoutSeconds/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (typeof data3 == 'number' && isFinite(data3)) {
            if (data3 > 60 || isNaN(data3)) {
              const err8 = {
                instancePath: instancePath + '/policy/maxTimeoutSeconds',
                schemaPath: '#/properties/policy/properties/maxTimeoutSeconds/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 60 },
                message: 'must be <= 60',
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data3 < 1 || isNaN(data3)) {
              const err9 = {
                instancePath: instancePath + '/policy/maxTimeoutSeconds',
                schemaPath: '#/properties/policy/properties/maxTimeoutSeconds/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          }
        }
        if (data1.maxChanges !== undefined) {
          let data4 = data1.maxChanges;
          if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
            const err10 = {
              instancePath: instancePath + '/policy/maxChanges',
              schemaPath: '#/properties/policy/properties/maxChanges/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (typeof data4 == 'number' && isFinite(data4)) {
            if (data4 < 1 || isNaN(data4)) {
              const err11 = {
                instancePath: instancePath + '/policy/maxChanges',
                schemaPath: '#/properties/policy/properties/maxChanges/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
        }
        if (data1.unmanaged !== undefined) {
          let data5 = data1.unmanaged;
          if (typeof data5 !== 'string') {
            const err12 = {
              instancePath: instancePath + '/policy/unmanaged',
              schemaPath: '#/properties/policy/properties/unmanaged/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (!(data5 === 'ignore' || data5 === 'report' || data5 === 'fail')) {
            const err13 = {
              instancePath: instancePath + '/policy/unmanaged',
              schemaPath: '#/properties/policy/properties/unmanaged/enum',
              keyword: 'enum',
              params: { allowedValues: schema34.properties.unmanaged.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data1.latencyHeadroom !== undefined) {
          let data6 = data1.latencyHeadroom;
          if (typeof data6 == 'number' && isFinite(data6)) {
            if (data6 <= 1 || isNaN(data6)) {
              const err14 = {
                instancePath: instancePath + '/policy/latencyHeadroom',
                schemaPath: '#/properties/policy/properties/latencyHeadroom/exclusiveMinimum',
                keyword: 'exclusiveMinimum',
                params: { comparison: '>', limit: 1 },
                message: 'must be > 1',
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = {
              instancePath: instancePath + '/policy/latencyHeadroom',
              schemaPath: '#/properties/policy/properties/latencyHeadroom/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data1.failBelowP99 !== undefined) {
          if (typeof data1.failBelowP99 !== 'boolean') {
            const err16 = {
              instancePath: instancePath + '/policy/failBelowP99',
              schemaPath: '#/properties/policy/properties/failBelowP99/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data1.flowOverrides !== undefined) {
          let data8 = data1.flowOverrides;
          if (typeof data8 !== 'string') {
            const err17 = {
              instancePath: instancePath + '/policy/flowOverrides',
              schemaPath: '#/properties/policy/properties/flowOverrides/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (!(data8 === 'ignore' || data8 === 'warn' || data8 === 'fail')) {
            const err18 = {
              instancePath: instancePath + '/policy/flowOverrides',
              schemaPath: '#/properties/policy/properties/flowOverrides/enum',
              keyword: 'enum',
              params: { allowedValues: schema34.properties.flowOverrides.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/policy',
          schemaPath: '#/properties/policy/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const func1 = function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < len) {
      // high surrogate, and there is a next character
      value = str.charCodeAt(pos);
      if ((value & 0xfc00) === 0xdc00) pos++; // low surrogate
    }
  }
  return length;
};
const func3 = Object.prototype.hasOwnProperty;
const pattern4 = new RegExp('^[0-9]{4}-[0-9]{2}-[0-9]{2}$', 'u');
function validate20(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="urn:gc-timeouts:manifest:v1" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.version === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version' },
        message: "must have required property '" + 'version' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.actions === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'actions' },
        message: "must have required property '" + 'actions' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'version' ||
        key0 === 'org' ||
        key0 === 'environments' ||
        key0 === 'policy' ||
        key0 === 'flows' ||
        key0 === 'actions'
      )) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.version !== undefined) {
      if (1 !== data.version) {
        const err3 = {
          instancePath: instancePath + '/version',
          schemaPath: '#/properties/version/const',
          keyword: 'const',
          params: { allowedValue: 1 },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.org !== undefined) {
      let data1 = data.org;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === 'region')) {
            const err4 = {
              instancePath: instancePath + '/org',
              schemaPath: '#/properties/org/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1.region !== undefined) {
          let data2 = data1.region;
          if (typeof data2 !== 'string') {
            const err5 = {
              instancePath: instancePath + '/org/region',
              schemaPath: '#/properties/org/properties/region/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          if (!(
            data2 === 'us-east-1' ||
            data2 === 'us-east-2' ||
            data2 === 'us-west-2' ||
            data2 === 'ca-central-1' ||
            data2 === 'sa-east-1' ||
            data2 === 'mx-central-1' ||
            data2 === 'eu-west-1' ||
            data2 === 'eu-west-2' ||
            data2 === 'eu-central-1' ||
            data2 === 'eu-central-2' ||
            data2 === 'eusc-de-east-1' ||
            data2 === 'me-central-1' ||
            data2 === 'ap-northeast-1' ||
            data2 === 'ap-northeast-2' ||
            data2 === 'ap-northeast-3' ||
            data2 === 'ap-south-1' ||
            data2 === 'ap-southeast-1' ||
            data2 === 'ap-southeast-2' ||
            data2 === 'mypurecloud.com' ||
            data2 === 'use2.us-gov-pure.cloud' ||
            data2 === 'usw2.pure.cloud' ||
            data2 === 'cac1.pure.cloud' ||
            data2 === 'sae1.pure.cloud' ||
            data2 === 'mxc1.pure.cloud' ||
            data2 === 'mypurecloud.ie' ||
            data2 === 'euw2.pure.cloud' ||
            data2 === 'mypurecloud.de' ||
            data2 === 'euc2.pure.cloud' ||
            data2 === 'edee1.eusc-pure.cloud' ||
            data2 === 'mec1.pure.cloud' ||
            data2 === 'mypurecloud.jp' ||
            data2 === 'apne2.pure.cloud' ||
            data2 === 'apne3.pure.cloud' ||
            data2 === 'aps1.pure.cloud' ||
            data2 === 'apse1.pure.cloud' ||
            data2 === 'mypurecloud.com.au'
          )) {
            const err6 = {
              instancePath: instancePath + '/org/region',
              schemaPath: '#/properties/org/properties/region/enum',
              keyword: 'enum',
              params: { allowedValues: schema31.properties.org.properties.region.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/org',
          schemaPath: '#/properties/org/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.environments !== undefined) {
      let data3 = data.environments;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (Object.keys(data3).length < 1) {
          const err8 = {
            instancePath: instancePath + '/environments',
            schemaPath: '#/properties/environments/minProperties',
            keyword: 'minProperties',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 properties',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key2 in data3) {
          if (
            !validate21(data3[key2], {
              instancePath:
                instancePath + '/environments/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data3,
              parentDataProperty: key2,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/environments',
          schemaPath: '#/properties/environments/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.policy !== undefined) {
      let data5 = data.policy;
      if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
        for (const key3 in data5) {
          if (!(
            key3 === 'minTimeoutSeconds' ||
            key3 === 'maxTimeoutSeconds' ||
            key3 === 'maxChanges' ||
            key3 === 'unmanaged' ||
            key3 === 'latencyHeadroom' ||
            key3 === 'failBelowP99' ||
            key3 === 'flowOverrides'
          )) {
            const err10 = {
              instancePath: instancePath + '/policy',
              schemaPath: '#/properties/policy/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key3 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data5.minTimeoutSeconds !== undefined) {
          let data6 = data5.minTimeoutSeconds;
          if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
            const err11 = {
              instancePath: instancePath + '/policy/minTimeoutSeconds',
              schemaPath: '#/properties/policy/properties/minTimeoutSeconds/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (typeof data6 == 'number' && isFinite(data6)) {
            if (data6 > 60 || isNaN(data6)) {
              const err12 = {
                instancePath: instancePath + '/policy/minTimeoutSeconds',
                schemaPath: '#/properties/policy/properties/minTimeoutSeconds/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 60 },
                message: 'must be <= 60',
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data6 < 1 || isNaN(data6)) {
              const err13 = {
                instancePath: instancePath + '/policy/minTimeoutSeconds',
                schemaPath: '#/properties/policy/properties/minTimeoutSeconds/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
        }
        if (data5.maxTimeoutSeconds !== undefined) {
          let data7 = data5.maxTimeoutSeconds;
          if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
            const err14 = {
              instancePath: instancePath + '/policy/maxTimeoutSeconds',
              schemaPath: '#/properties/policy/properties/maxTimeoutSeconds/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (typeof data7 == 'number' && isFinite(data7)) {
            if (data7 > 60 || isNaN(data7)) {
              const err15 = {
                instancePath: instancePath + '/policy/maxTimeoutSeconds',
                schemaPath: '#/properties/policy/properties/maxTimeoutSeconds/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 60 },
                message: 'must be <= 60',
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data7 < 1 || isNaN(data7)) {
              const err16 = {
                instancePath: instancePath + '/policy/maxTimeoutSeconds',
                schemaPath: '#/properties/policy/properties/maxTimeoutSeconds/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
        }
        if (data5.maxChanges !== undefined) {
          let data8 = data5.maxChanges;
          if (!(typeof data8 == 'number' && !(data8 % 1) && !isNaN(data8) && isFinite(data8))) {
            const err17 = {
              instancePath: instancePath + '/policy/maxChanges',
              schemaPath: '#/properties/policy/properties/maxChanges/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (typeof data8 == 'number' && isFinite(data8)) {
            if (data8 < 1 || isNaN(data8)) {
              const err18 = {
                instancePath: instancePath + '/policy/maxChanges',
                schemaPath: '#/properties/policy/properties/maxChanges/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
        }
        if (data5.unmanaged !== undefined) {
          let data9 = data5.unmanaged;
          if (typeof data9 !== 'string') {
            const err19 = {
              instancePath: instancePath + '/policy/unmanaged',
              schemaPath: '#/properties/policy/properties/unmanaged/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (!(data9 === 'ignore' || data9 === 'report' || data9 === 'fail')) {
            const err20 = {
              instancePath: instancePath + '/policy/unmanaged',
              schemaPath: '#/properties/policy/properties/unmanaged/enum',
              keyword: 'enum',
              params: { allowedValues: schema31.properties.policy.properties.unmanaged.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data5.latencyHeadroom !== undefined) {
          let data10 = data5.latencyHeadroom;
          if (typeof data10 == 'number' && isFinite(data10)) {
            if (data10 <= 1 || isNaN(data10)) {
              const err21 = {
                instancePath: instancePath + '/policy/latencyHeadroom',
                schemaPath: '#/properties/policy/properties/latencyHeadroom/exclusiveMinimum',
                keyword: 'exclusiveMinimum',
                params: { comparison: '>', limit: 1 },
                message: 'must be > 1',
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = {
              instancePath: instancePath + '/policy/latencyHeadroom',
              schemaPath: '#/properties/policy/properties/latencyHeadroom/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data5.failBelowP99 !== undefined) {
          if (typeof data5.failBelowP99 !== 'boolean') {
            const err23 = {
              instancePath: instancePath + '/policy/failBelowP99',
              schemaPath: '#/properties/policy/properties/failBelowP99/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data5.flowOverrides !== undefined) {
          let data12 = data5.flowOverrides;
          if (typeof data12 !== 'string') {
            const err24 = {
              instancePath: instancePath + '/policy/flowOverrides',
              schemaPath: '#/properties/policy/properties/flowOverrides/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (!(data12 === 'ignore' || data12 === 'warn' || data12 === 'fail')) {
            const err25 = {
              instancePath: instancePath + '/policy/flowOverrides',
              schemaPath: '#/properties/policy/properties/flowOverrides/enum',
              keyword: 'enum',
              params: { allowedValues: schema31.properties.policy.properties.flowOverrides.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = {
          instancePath: instancePath + '/policy',
          schemaPath: '#/properties/policy/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.flows !== undefined) {
      let data13 = data.flows;
      if (Array.isArray(data13)) {
        if (data13.length > 50) {
          const err27 = {
            instancePath: instancePath + '/flows',
            schemaPath: '#/properties/flows/maxItems',
            keyword: 'maxItems',
            params: { limit: 50 },
            message: 'must NOT have more than 50 items',
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        const len0 = data13.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data14 = data13[i0];
          if (typeof data14 === 'string') {
            if (func1(data14) > 500) {
              const err28 = {
                instancePath: instancePath + '/flows/' + i0,
                schemaPath: '#/properties/flows/items/maxLength',
                keyword: 'maxLength',
                params: { limit: 500 },
                message: 'must NOT have more than 500 characters',
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (func1(data14) < 1) {
              const err29 = {
                instancePath: instancePath + '/flows/' + i0,
                schemaPath: '#/properties/flows/items/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = {
              instancePath: instancePath + '/flows/' + i0,
              schemaPath: '#/properties/flows/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = {
          instancePath: instancePath + '/flows',
          schemaPath: '#/properties/flows/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.actions !== undefined) {
      let data15 = data.actions;
      if (Array.isArray(data15)) {
        const len1 = data15.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data16 = data15[i1];
          const _errs38 = errors;
          let valid9 = false;
          const _errs39 = errors;
          if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
            if (data16.timeoutSeconds === undefined) {
              const err32 = {
                instancePath: instancePath + '/actions/' + i1,
                schemaPath: '#/$defs/entry/anyOf/0/required',
                keyword: 'required',
                params: { missingProperty: 'timeoutSeconds' },
                message: "must have required property '" + 'timeoutSeconds' + "'",
              };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
          var _valid0 = _errs39 === errors;
          valid9 = valid9 || _valid0;
          const _errs40 = errors;
          if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
            if (data16.functionTimeoutSeconds === undefined) {
              const err33 = {
                instancePath: instancePath + '/actions/' + i1,
                schemaPath: '#/$defs/entry/anyOf/1/required',
                keyword: 'required',
                params: { missingProperty: 'functionTimeoutSeconds' },
                message: "must have required property '" + 'functionTimeoutSeconds' + "'",
              };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
          var _valid0 = _errs40 === errors;
          valid9 = valid9 || _valid0;
          if (!valid9) {
            const err34 = {
              instancePath: instancePath + '/actions/' + i1,
              schemaPath: '#/$defs/entry/anyOf',
              keyword: 'anyOf',
              params: {},
              message: 'must match a schema in anyOf',
            };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          } else {
            errors = _errs38;
            if (vErrors !== null) {
              if (_errs38) {
                vErrors.length = _errs38;
              } else {
                vErrors = null;
              }
            }
          }
          const _errs41 = errors;
          let valid10 = false;
          let passing0 = null;
          const _errs42 = errors;
          if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
            if (data16.id === undefined) {
              const err35 = {
                instancePath: instancePath + '/actions/' + i1,
                schemaPath: '#/$defs/entry/oneOf/0/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
              };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
          var _valid1 = _errs42 === errors;
          if (_valid1) {
            valid10 = true;
            passing0 = 0;
          }
          const _errs43 = errors;
          if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
            if (data16.name === undefined) {
              const err36 = {
                instancePath: instancePath + '/actions/' + i1,
                schemaPath: '#/$defs/entry/oneOf/1/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
          var _valid1 = _errs43 === errors;
          if (_valid1 && valid10) {
            valid10 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid1) {
              valid10 = true;
              passing0 = 1;
            }
            const _errs44 = errors;
            if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
              if (data16.match === undefined) {
                const err37 = {
                  instancePath: instancePath + '/actions/' + i1,
                  schemaPath: '#/$defs/entry/oneOf/2/required',
                  keyword: 'required',
                  params: { missingProperty: 'match' },
                  message: "must have required property '" + 'match' + "'",
                };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            var _valid1 = _errs44 === errors;
            if (_valid1 && valid10) {
              valid10 = false;
              passing0 = [passing0, 2];
            } else {
              if (_valid1) {
                valid10 = true;
                passing0 = 2;
              }
            }
          }
          if (!valid10) {
            const err38 = {
              instancePath: instancePath + '/actions/' + i1,
              schemaPath: '#/$defs/entry/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing0 },
              message: 'must match exactly one schema in oneOf',
            };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          } else {
            errors = _errs41;
            if (vErrors !== null) {
              if (_errs41) {
                vErrors.length = _errs41;
              } else {
                vErrors = null;
              }
            }
          }
          if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
            for (const key4 in data16) {
              if (!func3.call(schema35.properties, key4)) {
                const err39 = {
                  instancePath: instancePath + '/actions/' + i1,
                  schemaPath: '#/$defs/entry/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key4 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data16.id !== undefined) {
              let data17 = data16.id;
              if (typeof data17 === 'string') {
                if (func1(data17) < 1) {
                  const err40 = {
                    instancePath: instancePath + '/actions/' + i1 + '/id',
                    schemaPath: '#/$defs/entry/properties/id/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              } else {
                const err41 = {
                  instancePath: instancePath + '/actions/' + i1 + '/id',
                  schemaPath: '#/$defs/entry/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data16.name !== undefined) {
              let data18 = data16.name;
              if (typeof data18 === 'string') {
                if (func1(data18) > 256) {
                  const err42 = {
                    instancePath: instancePath + '/actions/' + i1 + '/name',
                    schemaPath: '#/$defs/entry/properties/name/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 256 },
                    message: 'must NOT have more than 256 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
                if (func1(data18) < 1) {
                  const err43 = {
                    instancePath: instancePath + '/actions/' + i1 + '/name',
                    schemaPath: '#/$defs/entry/properties/name/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              } else {
                const err44 = {
                  instancePath: instancePath + '/actions/' + i1 + '/name',
                  schemaPath: '#/$defs/entry/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data16.integration !== undefined) {
              let data19 = data16.integration;
              if (typeof data19 === 'string') {
                if (func1(data19) < 1) {
                  const err45 = {
                    instancePath: instancePath + '/actions/' + i1 + '/integration',
                    schemaPath: '#/$defs/entry/properties/integration/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              } else {
                const err46 = {
                  instancePath: instancePath + '/actions/' + i1 + '/integration',
                  schemaPath: '#/$defs/entry/properties/integration/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data16.category !== undefined) {
              let data20 = data16.category;
              if (typeof data20 === 'string') {
                if (func1(data20) < 1) {
                  const err47 = {
                    instancePath: instancePath + '/actions/' + i1 + '/category',
                    schemaPath: '#/$defs/entry/properties/category/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              } else {
                const err48 = {
                  instancePath: instancePath + '/actions/' + i1 + '/category',
                  schemaPath: '#/$defs/entry/properties/category/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data16.match !== undefined) {
              let data21 = data16.match;
              if (data21 && typeof data21 == 'object' && !Array.isArray(data21)) {
                if (Object.keys(data21).length < 1) {
                  const err49 = {
                    instancePath: instancePath + '/actions/' + i1 + '/match',
                    schemaPath: '#/$defs/entry/properties/match/minProperties',
                    keyword: 'minProperties',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 properties',
                  };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
                for (const key5 in data21) {
                  if (!(key5 === 'name' || key5 === 'category' || key5 === 'integration')) {
                    const err50 = {
                      instancePath: instancePath + '/actions/' + i1 + '/match',
                      schemaPath: '#/$defs/entry/properties/match/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key5 },
                      message: 'must NOT have additional properties',
                    };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
                if (data21.name !== undefined) {
                  let data22 = data21.name;
                  if (typeof data22 === 'string') {
                    if (func1(data22) < 1) {
                      const err51 = {
                        instancePath: instancePath + '/actions/' + i1 + '/match/name',
                        schemaPath: '#/$defs/entry/properties/match/properties/name/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                  } else {
                    const err52 = {
                      instancePath: instancePath + '/actions/' + i1 + '/match/name',
                      schemaPath: '#/$defs/entry/properties/match/properties/name/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
                if (data21.category !== undefined) {
                  let data23 = data21.category;
                  if (typeof data23 === 'string') {
                    if (func1(data23) < 1) {
                      const err53 = {
                        instancePath: instancePath + '/actions/' + i1 + '/match/category',
                        schemaPath: '#/$defs/entry/properties/match/properties/category/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                  } else {
                    const err54 = {
                      instancePath: instancePath + '/actions/' + i1 + '/match/category',
                      schemaPath: '#/$defs/entry/properties/match/properties/category/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
                if (data21.integration !== undefined) {
                  let data24 = data21.integration;
                  if (typeof data24 === 'string') {
                    if (func1(data24) < 1) {
                      const err55 = {
                        instancePath: instancePath + '/actions/' + i1 + '/match/integration',
                        schemaPath:
                          '#/$defs/entry/properties/match/properties/integration/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err55];
                      } else {
                        vErrors.push(err55);
                      }
                      errors++;
                    }
                  } else {
                    const err56 = {
                      instancePath: instancePath + '/actions/' + i1 + '/match/integration',
                      schemaPath: '#/$defs/entry/properties/match/properties/integration/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
              } else {
                const err57 = {
                  instancePath: instancePath + '/actions/' + i1 + '/match',
                  schemaPath: '#/$defs/entry/properties/match/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data16.timeoutSeconds !== undefined) {
              let data25 = data16.timeoutSeconds;
              const _errs64 = errors;
              let valid13 = true;
              const _errs65 = errors;
              if (!(data25 && typeof data25 == 'object' && !Array.isArray(data25))) {
                const err58 = {};
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
              var _valid2 = _errs65 === errors;
              errors = _errs64;
              if (vErrors !== null) {
                if (_errs64) {
                  vErrors.length = _errs64;
                } else {
                  vErrors = null;
                }
              }
              let ifClause0;
              if (_valid2) {
                const _errs67 = errors;
                if (data25 && typeof data25 == 'object' && !Array.isArray(data25)) {
                  if (Object.keys(data25).length < 1) {
                    const err59 = {
                      instancePath: instancePath + '/actions/' + i1 + '/timeoutSeconds',
                      schemaPath: '#/$defs/entry/properties/timeoutSeconds/then/minProperties',
                      keyword: 'minProperties',
                      params: { limit: 1 },
                      message: 'must NOT have fewer than 1 properties',
                    };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                  for (const key6 in data25) {
                    let data26 = data25[key6];
                    const _errs71 = errors;
                    let valid15 = false;
                    const _errs72 = errors;
                    if (!(
                      typeof data26 == 'number' &&
                      !(data26 % 1) &&
                      !isNaN(data26) &&
                      isFinite(data26)
                    )) {
                      const err60 = {
                        instancePath:
                          instancePath +
                          '/actions/' +
                          i1 +
                          '/timeoutSeconds/' +
                          key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                        schemaPath:
                          '#/$defs/entry/properties/timeoutSeconds/then/additionalProperties/anyOf/0/type',
                        keyword: 'type',
                        params: { type: 'integer' },
                        message: 'must be integer',
                      };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                    if (typeof data26 == 'number' && isFinite(data26)) {
                      if (data26 > 60 || isNaN(data26)) {
                        const err61 = {
                          instancePath:
                            instancePath +
                            '/actions/' +
                            i1 +
                            '/timeoutSeconds/' +
                            key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                          schemaPath:
                            '#/$defs/entry/properties/timeoutSeconds/then/additionalProperties/anyOf/0/maximum',
                          keyword: 'maximum',
                          params: { comparison: '<=', limit: 60 },
                          message: 'must be <= 60',
                        };
                        if (vErrors === null) {
                          vErrors = [err61];
                        } else {
                          vErrors.push(err61);
                        }
                        errors++;
                      }
                      if (data26 < 1 || isNaN(data26)) {
                        const err62 = {
                          instancePath:
                            instancePath +
                            '/actions/' +
                            i1 +
                            '/timeoutSeconds/' +
                            key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                          schemaPath:
                            '#/$defs/entry/properties/timeoutSeconds/then/additionalProperties/anyOf/0/minimum',
                          keyword: 'minimum',
                          params: { comparison: '>=', limit: 1 },
                          message: 'must be >= 1',
                        };
                        if (vErrors === null) {
                          vErrors = [err62];
                        } else {
                          vErrors.push(err62);
                        }
                        errors++;
                      }
                    }
                    var _valid3 = _errs72 === errors;
                    valid15 = valid15 || _valid3;
                    const _errs74 = errors;
                    if ('default' !== data26) {
                      const err63 = {
                        instancePath:
                          instancePath +
                          '/actions/' +
                          i1 +
                          '/timeoutSeconds/' +
                          key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                        schemaPath:
                          '#/$defs/entry/properties/timeoutSeconds/then/additionalProperties/anyOf/1/const',
                        keyword: 'const',
                        params: { allowedValue: 'default' },
                        message: 'must be equal to constant',
                      };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                    var _valid3 = _errs74 === errors;
                    valid15 = valid15 || _valid3;
                    if (!valid15) {
                      const err64 = {
                        instancePath:
                          instancePath +
                          '/actions/' +
                          i1 +
                          '/timeoutSeconds/' +
                          key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                        schemaPath:
                          '#/$defs/entry/properties/timeoutSeconds/then/additionalProperties/anyOf',
                        keyword: 'anyOf',
                        params: {},
                        message: 'must match a schema in anyOf',
                      };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    } else {
                      errors = _errs71;
                      if (vErrors !== null) {
                        if (_errs71) {
                          vErrors.length = _errs71;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                  }
                } else {
                  const err65 = {
                    instancePath: instancePath + '/actions/' + i1 + '/timeoutSeconds',
                    schemaPath: '#/$defs/entry/properties/timeoutSeconds/then/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                  };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
                var _valid2 = _errs67 === errors;
                valid13 = _valid2;
                ifClause0 = 'then';
              } else {
                const _errs75 = errors;
                const _errs76 = errors;
                let valid16 = false;
                const _errs77 = errors;
                if (!(
                  typeof data25 == 'number' &&
                  !(data25 % 1) &&
                  !isNaN(data25) &&
                  isFinite(data25)
                )) {
                  const err66 = {
                    instancePath: instancePath + '/actions/' + i1 + '/timeoutSeconds',
                    schemaPath: '#/$defs/entry/properties/timeoutSeconds/else/anyOf/0/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                  };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
                if (typeof data25 == 'number' && isFinite(data25)) {
                  if (data25 > 60 || isNaN(data25)) {
                    const err67 = {
                      instancePath: instancePath + '/actions/' + i1 + '/timeoutSeconds',
                      schemaPath: '#/$defs/entry/properties/timeoutSeconds/else/anyOf/0/maximum',
                      keyword: 'maximum',
                      params: { comparison: '<=', limit: 60 },
                      message: 'must be <= 60',
                    };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                  if (data25 < 1 || isNaN(data25)) {
                    const err68 = {
                      instancePath: instancePath + '/actions/' + i1 + '/timeoutSeconds',
                      schemaPath: '#/$defs/entry/properties/timeoutSeconds/else/anyOf/0/minimum',
                      keyword: 'minimum',
                      params: { comparison: '>=', limit: 1 },
                      message: 'must be >= 1',
                    };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
                var _valid4 = _errs77 === errors;
                valid16 = valid16 || _valid4;
                const _errs79 = errors;
                if ('default' !== data25) {
                  const err69 = {
                    instancePath: instancePath + '/actions/' + i1 + '/timeoutSeconds',
                    schemaPath: '#/$defs/entry/properties/timeoutSeconds/else/anyOf/1/const',
                    keyword: 'const',
                    params: { allowedValue: 'default' },
                    message: 'must be equal to constant',
                  };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
                var _valid4 = _errs79 === errors;
                valid16 = valid16 || _valid4;
                if (!valid16) {
                  const err70 = {
                    instancePath: instancePath + '/actions/' + i1 + '/timeoutSeconds',
                    schemaPath: '#/$defs/entry/properties/timeoutSeconds/else/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                  };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                } else {
                  errors = _errs76;
                  if (vErrors !== null) {
                    if (_errs76) {
                      vErrors.length = _errs76;
                    } else {
                      vErrors = null;
                    }
                  }
                }
                var _valid2 = _errs75 === errors;
                valid13 = _valid2;
                ifClause0 = 'else';
              }
              if (!valid13) {
                const err71 = {
                  instancePath: instancePath + '/actions/' + i1 + '/timeoutSeconds',
                  schemaPath: '#/$defs/entry/properties/timeoutSeconds/if',
                  keyword: 'if',
                  params: { failingKeyword: ifClause0 },
                  message: 'must match "' + ifClause0 + '" schema',
                };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data16.functionTimeoutSeconds !== undefined) {
              let data27 = data16.functionTimeoutSeconds;
              const _errs81 = errors;
              let valid17 = true;
              const _errs82 = errors;
              if (!(data27 && typeof data27 == 'object' && !Array.isArray(data27))) {
                const err72 = {};
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
              var _valid5 = _errs82 === errors;
              errors = _errs81;
              if (vErrors !== null) {
                if (_errs81) {
                  vErrors.length = _errs81;
                } else {
                  vErrors = null;
                }
              }
              let ifClause1;
              if (_valid5) {
                const _errs84 = errors;
                if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
                  if (Object.keys(data27).length < 1) {
                    const err73 = {
                      instancePath: instancePath + '/actions/' + i1 + '/functionTimeoutSeconds',
                      schemaPath:
                        '#/$defs/entry/properties/functionTimeoutSeconds/then/minProperties',
                      keyword: 'minProperties',
                      params: { limit: 1 },
                      message: 'must NOT have fewer than 1 properties',
                    };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                  for (const key7 in data27) {
                    let data28 = data27[key7];
                    if (!(
                      typeof data28 == 'number' &&
                      !(data28 % 1) &&
                      !isNaN(data28) &&
                      isFinite(data28)
                    )) {
                      const err74 = {
                        instancePath:
                          instancePath +
                          '/actions/' +
                          i1 +
                          '/functionTimeoutSeconds/' +
                          key7.replace(/~/g, '~0').replace(/\//g, '~1'),
                        schemaPath:
                          '#/$defs/entry/properties/functionTimeoutSeconds/then/additionalProperties/type',
                        keyword: 'type',
                        params: { type: 'integer' },
                        message: 'must be integer',
                      };
                      if (vErrors === null) {
                        vErrors = [err74];
                      } else {
                        vErrors.push(err74);
                      }
                      errors++;
                    }
                    if (typeof data28 == 'number' && isFinite(data28)) {
                      if (data28 > 15 || isNaN(data28)) {
                        const err75 = {
                          instancePath:
                            instancePath +
                            '/actions/' +
                            i1 +
                            '/functionTimeoutSeconds/' +
                            key7.replace(/~/g, '~0').replace(/\//g, '~1'),
                          schemaPath:
                            '#/$defs/entry/properties/functionTimeoutSeconds/then/additionalProperties/maximum',
                          keyword: 'maximum',
                          params: { comparison: '<=', limit: 15 },
                          message: 'must be <= 15',
                        };
                        if (vErrors === null) {
                          vErrors = [err75];
                        } else {
                          vErrors.push(err75);
                        }
                        errors++;
                      }
                      if (data28 < 1 || isNaN(data28)) {
                        const err76 = {
                          instancePath:
                            instancePath +
                            '/actions/' +
                            i1 +
                            '/functionTimeoutSeconds/' +
                            key7.replace(/~/g, '~0').replace(/\//g, '~1'),
                          schemaPath:
                            '#/$defs/entry/properties/functionTimeoutSeconds/then/additionalProperties/minimum',
                          keyword: 'minimum',
                          params: { comparison: '>=', limit: 1 },
                          message: 'must be >= 1',
                        };
                        if (vErrors === null) {
                          vErrors = [err76];
                        } else {
                          vErrors.push(err76);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err77 = {
                    instancePath: instancePath + '/actions/' + i1 + '/functionTimeoutSeconds',
                    schemaPath: '#/$defs/entry/properties/functionTimeoutSeconds/then/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                  };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
                var _valid5 = _errs84 === errors;
                valid17 = _valid5;
                ifClause1 = 'then';
              } else {
                const _errs89 = errors;
                if (!(
                  typeof data27 == 'number' &&
                  !(data27 % 1) &&
                  !isNaN(data27) &&
                  isFinite(data27)
                )) {
                  const err78 = {
                    instancePath: instancePath + '/actions/' + i1 + '/functionTimeoutSeconds',
                    schemaPath: '#/$defs/entry/properties/functionTimeoutSeconds/else/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                  };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
                if (typeof data27 == 'number' && isFinite(data27)) {
                  if (data27 > 15 || isNaN(data27)) {
                    const err79 = {
                      instancePath: instancePath + '/actions/' + i1 + '/functionTimeoutSeconds',
                      schemaPath: '#/$defs/entry/properties/functionTimeoutSeconds/else/maximum',
                      keyword: 'maximum',
                      params: { comparison: '<=', limit: 15 },
                      message: 'must be <= 15',
                    };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                  if (data27 < 1 || isNaN(data27)) {
                    const err80 = {
                      instancePath: instancePath + '/actions/' + i1 + '/functionTimeoutSeconds',
                      schemaPath: '#/$defs/entry/properties/functionTimeoutSeconds/else/minimum',
                      keyword: 'minimum',
                      params: { comparison: '>=', limit: 1 },
                      message: 'must be >= 1',
                    };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                }
                var _valid5 = _errs89 === errors;
                valid17 = _valid5;
                ifClause1 = 'else';
              }
              if (!valid17) {
                const err81 = {
                  instancePath: instancePath + '/actions/' + i1 + '/functionTimeoutSeconds',
                  schemaPath: '#/$defs/entry/properties/functionTimeoutSeconds/if',
                  keyword: 'if',
                  params: { failingKeyword: ifClause1 },
                  message: 'must match "' + ifClause1 + '" schema',
                };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data16.reason !== undefined) {
              let data29 = data16.reason;
              if (typeof data29 === 'string') {
                if (func1(data29) > 500) {
                  const err82 = {
                    instancePath: instancePath + '/actions/' + i1 + '/reason',
                    schemaPath: '#/$defs/entry/properties/reason/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 500 },
                    message: 'must NOT have more than 500 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              } else {
                const err83 = {
                  instancePath: instancePath + '/actions/' + i1 + '/reason',
                  schemaPath: '#/$defs/entry/properties/reason/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data16.acceptDrift !== undefined) {
              let data30 = data16.acceptDrift;
              if (data30 && typeof data30 == 'object' && !Array.isArray(data30)) {
                if (data30.until === undefined) {
                  const err84 = {
                    instancePath: instancePath + '/actions/' + i1 + '/acceptDrift',
                    schemaPath: '#/$defs/entry/properties/acceptDrift/required',
                    keyword: 'required',
                    params: { missingProperty: 'until' },
                    message: "must have required property '" + 'until' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
                if (data30.reason === undefined) {
                  const err85 = {
                    instancePath: instancePath + '/actions/' + i1 + '/acceptDrift',
                    schemaPath: '#/$defs/entry/properties/acceptDrift/required',
                    keyword: 'required',
                    params: { missingProperty: 'reason' },
                    message: "must have required property '" + 'reason' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
                for (const key8 in data30) {
                  if (!(key8 === 'until' || key8 === 'reason')) {
                    const err86 = {
                      instancePath: instancePath + '/actions/' + i1 + '/acceptDrift',
                      schemaPath: '#/$defs/entry/properties/acceptDrift/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key8 },
                      message: 'must NOT have additional properties',
                    };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                }
                if (data30.until !== undefined) {
                  let data31 = data30.until;
                  if (typeof data31 === 'string') {
                    if (!pattern4.test(data31)) {
                      const err87 = {
                        instancePath: instancePath + '/actions/' + i1 + '/acceptDrift/until',
                        schemaPath: '#/$defs/entry/properties/acceptDrift/properties/until/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
                        message: 'must match pattern "' + '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err87];
                      } else {
                        vErrors.push(err87);
                      }
                      errors++;
                    }
                  } else {
                    const err88 = {
                      instancePath: instancePath + '/actions/' + i1 + '/acceptDrift/until',
                      schemaPath: '#/$defs/entry/properties/acceptDrift/properties/until/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                }
                if (data30.reason !== undefined) {
                  let data32 = data30.reason;
                  if (typeof data32 === 'string') {
                    if (func1(data32) > 500) {
                      const err89 = {
                        instancePath: instancePath + '/actions/' + i1 + '/acceptDrift/reason',
                        schemaPath:
                          '#/$defs/entry/properties/acceptDrift/properties/reason/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 500 },
                        message: 'must NOT have more than 500 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err89];
                      } else {
                        vErrors.push(err89);
                      }
                      errors++;
                    }
                    if (func1(data32) < 1) {
                      const err90 = {
                        instancePath: instancePath + '/actions/' + i1 + '/acceptDrift/reason',
                        schemaPath:
                          '#/$defs/entry/properties/acceptDrift/properties/reason/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err90];
                      } else {
                        vErrors.push(err90);
                      }
                      errors++;
                    }
                  } else {
                    const err91 = {
                      instancePath: instancePath + '/actions/' + i1 + '/acceptDrift/reason',
                      schemaPath: '#/$defs/entry/properties/acceptDrift/properties/reason/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
              } else {
                const err92 = {
                  instancePath: instancePath + '/actions/' + i1 + '/acceptDrift',
                  schemaPath: '#/$defs/entry/properties/acceptDrift/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data16.environments !== undefined) {
              let data33 = data16.environments;
              if (Array.isArray(data33)) {
                if (data33.length < 1) {
                  const err93 = {
                    instancePath: instancePath + '/actions/' + i1 + '/environments',
                    schemaPath: '#/$defs/entry/properties/environments/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                  };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
                const len2 = data33.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data34 = data33[i2];
                  if (typeof data34 === 'string') {
                    if (func1(data34) < 1) {
                      const err94 = {
                        instancePath: instancePath + '/actions/' + i1 + '/environments/' + i2,
                        schemaPath: '#/$defs/entry/properties/environments/items/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err94];
                      } else {
                        vErrors.push(err94);
                      }
                      errors++;
                    }
                  } else {
                    const err95 = {
                      instancePath: instancePath + '/actions/' + i1 + '/environments/' + i2,
                      schemaPath: '#/$defs/entry/properties/environments/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                }
                let i3 = data33.length;
                let j0;
                if (i3 > 1) {
                  const indices0 = {};
                  for (; i3--;) {
                    let item0 = data33[i3];
                    if (typeof item0 !== 'string') {
                      continue;
                    }
                    if (typeof indices0[item0] == 'number') {
                      j0 = indices0[item0];
                      const err96 = {
                        instancePath: instancePath + '/actions/' + i1 + '/environments',
                        schemaPath: '#/$defs/entry/properties/environments/uniqueItems',
                        keyword: 'uniqueItems',
                        params: { i: i3, j: j0 },
                        message:
                          'must NOT have duplicate items (items ## ' +
                          j0 +
                          ' and ' +
                          i3 +
                          ' are identical)',
                      };
                      if (vErrors === null) {
                        vErrors = [err96];
                      } else {
                        vErrors.push(err96);
                      }
                      errors++;
                      break;
                    }
                    indices0[item0] = i3;
                  }
                }
              } else {
                const err97 = {
                  instancePath: instancePath + '/actions/' + i1 + '/environments',
                  schemaPath: '#/$defs/entry/properties/environments/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
            if (data16.integration !== undefined) {
              if (data16.name === undefined) {
                const err98 = {
                  instancePath: instancePath + '/actions/' + i1,
                  schemaPath: '#/$defs/entry/dependentRequired',
                  keyword: 'dependentRequired',
                  params: {
                    property: 'integration',
                    missingProperty: 'name',
                    depsCount: 1,
                    deps: 'name',
                  },
                  message: 'must have property name when property integration is present',
                };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
            if (data16.category !== undefined) {
              if (data16.name === undefined) {
                const err99 = {
                  instancePath: instancePath + '/actions/' + i1,
                  schemaPath: '#/$defs/entry/dependentRequired',
                  keyword: 'dependentRequired',
                  params: {
                    property: 'category',
                    missingProperty: 'name',
                    depsCount: 1,
                    deps: 'name',
                  },
                  message: 'must have property name when property category is present',
                };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
          } else {
            const err100 = {
              instancePath: instancePath + '/actions/' + i1,
              schemaPath: '#/$defs/entry/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
      } else {
        const err101 = {
          instancePath: instancePath + '/actions',
          schemaPath: '#/properties/actions/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
  } else {
    const err102 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err102];
    } else {
      vErrors.push(err102);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
