// Generated from schemas/gc-timeouts-plan.schema.json by scripts/generate-schema-validator.mjs (Ajv, MIT).
// Do not edit: npm run build rewrites it; test/manifest/schema-validator.test.ts fails when stale.
/* eslint-disable */
export const validate = validate20;
export default validate20;
const schema31 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/gc-timeouts/gc-timeouts/schemas/gc-timeouts-plan.schema.json',
  title: 'gc-timeouts plan file (format 1)',
  description:
    'A plan written by `gc-timeouts plan --out`; see docs/plan-json.md. apply --plan refuses a file that does not match.',
  type: 'object',
  required: [
    'format',
    'tool',
    'label',
    'manifest',
    'region',
    'apiHost',
    'fingerprint',
    'counts',
    'entries',
    'errors',
    'warnings',
  ],
  additionalProperties: false,
  properties: {
    format: { const: 1 },
    tool: {
      type: 'object',
      required: ['name', 'version'],
      additionalProperties: false,
      properties: { name: { const: 'gc-timeouts' }, version: { type: 'string', maxLength: 100 } },
    },
    label: { type: 'string', maxLength: 1000 },
    manifest: { type: 'string', maxLength: 4096 },
    environment: {
      description:
        "The environment of the manifest the plan is of (--env, the Action's environment input); absent for a manifest without environments. apply --plan plans this environment again and refuses another --env.",
      type: 'string',
      pattern: '^[A-Za-z0-9._-]+$',
      maxLength: 100,
    },
    region: { type: 'string', minLength: 1, maxLength: 256 },
    apiHost: { type: 'string', minLength: 1, maxLength: 256 },
    fingerprint: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    counts: {
      type: 'object',
      required: [
        'set',
        'update',
        'reset',
        'unchanged',
        'unmanaged',
        'changes',
        'changedActions',
        'errors',
        'warnings',
      ],
      additionalProperties: false,
      properties: {
        set: { $ref: '#/$defs/count' },
        update: { $ref: '#/$defs/count' },
        reset: { $ref: '#/$defs/count' },
        unchanged: { $ref: '#/$defs/count' },
        unmanaged: { $ref: '#/$defs/count' },
        changes: { $ref: '#/$defs/count' },
        changedActions: { $ref: '#/$defs/count' },
        errors: { $ref: '#/$defs/count' },
        warnings: { $ref: '#/$defs/count' },
      },
    },
    entries: { type: 'array', items: { $ref: '#/$defs/entry' } },
    errors: { type: 'array', items: { $ref: '#/$defs/problem' } },
    warnings: { type: 'array', items: { $ref: '#/$defs/problem' } },
    notes: {
      type: 'array',
      items: { type: 'string' },
      description: 'Why some evidence is missing, each said once (docs/plan-json.md).',
    },
  },
  $defs: {
    count: { type: 'integer', minimum: 0 },
    seconds: { type: ['integer', 'null'], minimum: 0 },
    nullableString: { type: ['string', 'null'] },
    entry: {
      type: 'object',
      required: [
        'op',
        'actionId',
        'actionName',
        'integrationId',
        'integrationName',
        'category',
        'field',
        'from',
        'to',
        'version',
        'entryIndex',
        'line',
        'selector',
        'reason',
        'latency',
      ],
      additionalProperties: false,
      properties: {
        op: { enum: ['set', 'update', 'reset', 'unchanged', 'unmanaged'] },
        actionId: { type: 'string', minLength: 1, maxLength: 512 },
        actionName: { type: 'string' },
        integrationId: { type: 'string' },
        integrationName: { type: 'string' },
        category: { type: 'string' },
        field: { enum: ['timeoutSeconds', 'functionTimeoutSeconds'] },
        from: { $ref: '#/$defs/seconds' },
        to: { $ref: '#/$defs/seconds' },
        version: { type: 'integer', minimum: 0 },
        entryIndex: { type: ['integer', 'null'], minimum: 0 },
        line: { type: ['integer', 'null'], minimum: 1 },
        selector: { enum: ['id', 'name', 'match', null] },
        reason: { $ref: '#/$defs/nullableString' },
        latency: {
          oneOf: [
            { type: 'null' },
            {
              type: 'object',
              required: ['days', 'count', 'p95Ms', 'p99Ms'],
              additionalProperties: false,
              properties: {
                days: { type: 'number', minimum: 0 },
                count: { type: 'number', minimum: 0 },
                p95Ms: { type: ['number', 'null'], minimum: 0 },
                p99Ms: { type: ['number', 'null'], minimum: 0 },
              },
            },
          ],
        },
        usedBy: {
          oneOf: [
            { type: 'null' },
            {
              type: 'array',
              items: {
                type: 'object',
                required: ['id', 'name', 'type'],
                additionalProperties: false,
                properties: {
                  id: { type: 'string' },
                  name: { type: 'string' },
                  type: { type: 'string' },
                  waits: {
                    type: 'object',
                    required: ['kind', 'seconds', 'calls', 'ownCalls', 'why'],
                    additionalProperties: false,
                    properties: {
                      kind: { enum: ['action', 'own', 'unknown'] },
                      seconds: { type: ['number', 'null'], minimum: 0 },
                      calls: { $ref: '#/$defs/count' },
                      ownCalls: { $ref: '#/$defs/count' },
                      why: { $ref: '#/$defs/nullableString' },
                    },
                    description:
                      'What the flow waits when it calls the action (its latest configuration).',
                  },
                },
              },
            },
          ],
          description: 'The Architect flows that call the action, on rows that change.',
        },
        failures: {
          type: 'object',
          required: ['days', 'runs', 'failed', 'groups'],
          additionalProperties: false,
          properties: {
            days: { type: 'number', minimum: 0 },
            runs: { $ref: '#/$defs/count' },
            failed: { $ref: '#/$defs/count' },
            groups: {
              type: 'array',
              items: {
                type: 'object',
                required: ['errorType', 'responseStatus', 'count'],
                additionalProperties: false,
                properties: {
                  errorType: { $ref: '#/$defs/nullableString' },
                  responseStatus: { $ref: '#/$defs/nullableString' },
                  count: { $ref: '#/$defs/count' },
                },
              },
            },
          },
          description:
            'Runs of the action over the window and those that failed, by errorType and responseStatus.',
        },
        calledFrom: {
          type: 'array',
          items: {
            type: 'object',
            required: ['file', 'line', 'flow', 'timeout'],
            additionalProperties: false,
            properties: {
              file: { type: 'string' },
              line: { type: 'integer', minimum: 1 },
              flow: { $ref: '#/$defs/nullableString' },
              timeout: { $ref: '#/$defs/nullableString' },
            },
          },
          description:
            "callData blocks of the repository's Archy YAML flow files that call the action.",
        },
      },
      allOf: [
        {
          if: { properties: { op: { const: 'set' } } },
          then: { properties: { from: { type: 'null' }, to: { type: 'integer' } } },
        },
        {
          if: { properties: { op: { const: 'update' } } },
          then: { properties: { from: { type: 'integer' }, to: { type: 'integer' } } },
        },
        {
          if: { properties: { op: { const: 'reset' } } },
          then: { properties: { from: { type: 'integer' }, to: { type: 'null' } } },
        },
        {
          if: {
            properties: { op: { enum: ['set', 'update'] }, field: { const: 'timeoutSeconds' } },
          },
          then: { properties: { to: { type: 'integer', minimum: 1, maximum: 60 } } },
        },
        {
          if: {
            properties: {
              op: { enum: ['set', 'update'] },
              field: { const: 'functionTimeoutSeconds' },
            },
          },
          then: { properties: { to: { type: 'integer', minimum: 1, maximum: 15 } } },
        },
      ],
    },
    problem: {
      type: 'object',
      required: ['severity', 'code', 'message', 'line', 'column', 'entryIndex', 'actionId'],
      additionalProperties: false,
      properties: {
        severity: { enum: ['error', 'warning'] },
        code: { type: 'string' },
        message: { type: 'string' },
        line: { type: ['integer', 'null'], minimum: 1 },
        column: { type: ['integer', 'null'], minimum: 1 },
        entryIndex: { type: ['integer', 'null'], minimum: 0 },
        actionId: { $ref: '#/$defs/nullableString' },
      },
    },
  },
};
const schema32 = { type: 'integer', minimum: 0 };
const func1 = Object.prototype.hasOwnProperty;
const func2 = function ucs2length(str) {
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
const pattern4 = new RegExp('^[A-Za-z0-9._-]+$', 'u');
const pattern5 = new RegExp('^[0-9a-f]{64}$', 'u');
const schema41 = {
  type: 'object',
  required: [
    'op',
    'actionId',
    'actionName',
    'integrationId',
    'integrationName',
    'category',
    'field',
    'from',
    'to',
    'version',
    'entryIndex',
    'line',
    'selector',
    'reason',
    'latency',
  ],
  additionalProperties: false,
  properties: {
    op: { enum: ['set', 'update', 'reset', 'unchanged', 'unmanaged'] },
    actionId: { type: 'string', minLength: 1, maxLength: 512 },
    actionName: { type: 'string' },
    integrationId: { type: 'string' },
    integrationName: { type: 'string' },
    category: { type: 'string' },
    field: { enum: ['timeoutSeconds', 'functionTimeoutSeconds'] },
    from: { $ref: '#/$defs/seconds' },
    to: { $ref: '#/$defs/seconds' },
    version: { type: 'integer', minimum: 0 },
    entryIndex: { type: ['integer', 'null'], minimum: 0 },
    line: { type: ['integer', 'null'], minimum: 1 },
    selector: { enum: ['id', 'name', 'match', null] },
    reason: { $ref: '#/$defs/nullableString' },
    latency: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['days', 'count', 'p95Ms', 'p99Ms'],
          additionalProperties: false,
          properties: {
            days: { type: 'number', minimum: 0 },
            count: { type: 'number', minimum: 0 },
            p95Ms: { type: ['number', 'null'], minimum: 0 },
            p99Ms: { type: ['number', 'null'], minimum: 0 },
          },
        },
      ],
    },
    usedBy: {
      oneOf: [
        { type: 'null' },
        {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'name', 'type'],
            additionalProperties: false,
            properties: {
              id: { type: 'string' },
              name: { type: 'string' },
              type: { type: 'string' },
              waits: {
                type: 'object',
                required: ['kind', 'seconds', 'calls', 'ownCalls', 'why'],
                additionalProperties: false,
                properties: {
                  kind: { enum: ['action', 'own', 'unknown'] },
                  seconds: { type: ['number', 'null'], minimum: 0 },
                  calls: { $ref: '#/$defs/count' },
                  ownCalls: { $ref: '#/$defs/count' },
                  why: { $ref: '#/$defs/nullableString' },
                },
                description:
                  'What the flow waits when it calls the action (its latest configuration).',
              },
            },
          },
        },
      ],
      description: 'The Architect flows that call the action, on rows that change.',
    },
    failures: {
      type: 'object',
      required: ['days', 'runs', 'failed', 'groups'],
      additionalProperties: false,
      properties: {
        days: { type: 'number', minimum: 0 },
        runs: { $ref: '#/$defs/count' },
        failed: { $ref: '#/$defs/count' },
        groups: {
          type: 'array',
          items: {
            type: 'object',
            required: ['errorType', 'responseStatus', 'count'],
            additionalProperties: false,
            properties: {
              errorType: { $ref: '#/$defs/nullableString' },
              responseStatus: { $ref: '#/$defs/nullableString' },
              count: { $ref: '#/$defs/count' },
            },
          },
        },
      },
      description:
        'Runs of the action over the window and those that failed, by errorType and responseStatus.',
    },
    calledFrom: {
      type: 'array',
      items: {
        type: 'object',
        required: ['file', 'line', 'flow', 'timeout'],
        additionalProperties: false,
        properties: {
          file: { type: 'string' },
          line: { type: 'integer', minimum: 1 },
          flow: { $ref: '#/$defs/nullableString' },
          timeout: { $ref: '#/$defs/nullableString' },
        },
      },
      description:
        "callData blocks of the repository's Archy YAML flow files that call the action.",
    },
  },
  allOf: [
    {
      if: { properties: { op: { const: 'set' } } },
      then: { properties: { from: { type: 'null' }, to: { type: 'integer' } } },
    },
    {
      if: { properties: { op: { const: 'update' } } },
      then: { properties: { from: { type: 'integer' }, to: { type: 'integer' } } },
    },
    {
      if: { properties: { op: { const: 'reset' } } },
      then: { properties: { from: { type: 'integer' }, to: { type: 'null' } } },
    },
    {
      if: { properties: { op: { enum: ['set', 'update'] }, field: { const: 'timeoutSeconds' } } },
      then: { properties: { to: { type: 'integer', minimum: 1, maximum: 60 } } },
    },
    {
      if: {
        properties: { op: { enum: ['set', 'update'] }, field: { const: 'functionTimeoutSeconds' } },
      },
      then: { properties: { to: { type: 'integer', minimum: 1, maximum: 15 } } },
    },
  ],
};
const schema42 = { type: ['integer', 'null'], minimum: 0 };
const schema44 = { type: ['string', 'null'] };
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
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.op !== undefined) {
      if ('set' !== data.op) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.from !== undefined) {
        if (data.from !== null) {
          const err1 = {
            instancePath: instancePath + '/from',
            schemaPath: '#/allOf/0/then/properties/from/type',
            keyword: 'type',
            params: { type: 'null' },
            message: 'must be null',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (data.to !== undefined) {
        let data2 = data.to;
        if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
          const err2 = {
            instancePath: instancePath + '/to',
            schemaPath: '#/allOf/0/then/properties/to/type',
            keyword: 'type',
            params: { type: 'integer' },
            message: 'must be integer',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.from = true;
      props0.to = true;
      props0.op = true;
    }
  }
  if (!valid1) {
    const err3 = {
      instancePath,
      schemaPath: '#/allOf/0/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  const _errs11 = errors;
  let valid4 = true;
  const _errs12 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.op !== undefined) {
      if ('update' !== data.op) {
        const err4 = {};
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  }
  var _valid1 = _errs12 === errors;
  errors = _errs11;
  if (vErrors !== null) {
    if (_errs11) {
      vErrors.length = _errs11;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs14 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.from !== undefined) {
        let data4 = data.from;
        if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
          const err5 = {
            instancePath: instancePath + '/from',
            schemaPath: '#/allOf/1/then/properties/from/type',
            keyword: 'type',
            params: { type: 'integer' },
            message: 'must be integer',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.to !== undefined) {
        let data5 = data.to;
        if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
          const err6 = {
            instancePath: instancePath + '/to',
            schemaPath: '#/allOf/1/then/properties/to/type',
            keyword: 'type',
            params: { type: 'integer' },
            message: 'must be integer',
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
    var _valid1 = _errs14 === errors;
    valid4 = _valid1;
    if (valid4) {
      var props1 = {};
      props1.from = true;
      props1.to = true;
      props1.op = true;
    }
  }
  if (!valid4) {
    const err7 = {
      instancePath,
      schemaPath: '#/allOf/1/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  if (props0 !== true && props1 !== undefined) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  const _errs20 = errors;
  let valid7 = true;
  const _errs21 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.op !== undefined) {
      if ('reset' !== data.op) {
        const err8 = {};
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  }
  var _valid2 = _errs21 === errors;
  errors = _errs20;
  if (vErrors !== null) {
    if (_errs20) {
      vErrors.length = _errs20;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs23 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.from !== undefined) {
        let data7 = data.from;
        if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
          const err9 = {
            instancePath: instancePath + '/from',
            schemaPath: '#/allOf/2/then/properties/from/type',
            keyword: 'type',
            params: { type: 'integer' },
            message: 'must be integer',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.to !== undefined) {
        if (data.to !== null) {
          const err10 = {
            instancePath: instancePath + '/to',
            schemaPath: '#/allOf/2/then/properties/to/type',
            keyword: 'type',
            params: { type: 'null' },
            message: 'must be null',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    var _valid2 = _errs23 === errors;
    valid7 = _valid2;
    if (valid7) {
      var props2 = {};
      props2.from = true;
      props2.to = true;
      props2.op = true;
    }
  }
  if (!valid7) {
    const err11 = {
      instancePath,
      schemaPath: '#/allOf/2/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  if (props0 !== true && props2 !== undefined) {
    if (props2 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props2);
    }
  }
  const _errs29 = errors;
  let valid10 = true;
  const _errs30 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.op !== undefined) {
      let data9 = data.op;
      const _errs31 = errors;
      if (!(data9 === 'set' || data9 === 'update')) {
        const err12 = {};
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var valid11 = _errs31 === errors;
    } else {
      var valid11 = true;
    }
    if (valid11) {
      if (data.field !== undefined) {
        const _errs32 = errors;
        if ('timeoutSeconds' !== data.field) {
          const err13 = {};
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        var valid11 = _errs32 === errors;
      } else {
        var valid11 = true;
      }
    }
  }
  var _valid3 = _errs30 === errors;
  errors = _errs29;
  if (vErrors !== null) {
    if (_errs29) {
      vErrors.length = _errs29;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs33 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.to !== undefined) {
        let data11 = data.to;
        if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
          const err14 = {
            instancePath: instancePath + '/to',
            schemaPath: '#/allOf/3/then/properties/to/type',
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
        if (typeof data11 == 'number' && isFinite(data11)) {
          if (data11 > 60 || isNaN(data11)) {
            const err15 = {
              instancePath: instancePath + '/to',
              schemaPath: '#/allOf/3/then/properties/to/maximum',
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
          if (data11 < 1 || isNaN(data11)) {
            const err16 = {
              instancePath: instancePath + '/to',
              schemaPath: '#/allOf/3/then/properties/to/minimum',
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
    }
    var _valid3 = _errs33 === errors;
    valid10 = _valid3;
    if (valid10) {
      var props3 = {};
      props3.to = true;
      props3.op = true;
      props3.field = true;
    }
  }
  if (!valid10) {
    const err17 = {
      instancePath,
      schemaPath: '#/allOf/3/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  if (props0 !== true && props3 !== undefined) {
    if (props3 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props3);
    }
  }
  const _errs37 = errors;
  let valid13 = true;
  const _errs38 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.op !== undefined) {
      let data12 = data.op;
      const _errs39 = errors;
      if (!(data12 === 'set' || data12 === 'update')) {
        const err18 = {};
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var valid14 = _errs39 === errors;
    } else {
      var valid14 = true;
    }
    if (valid14) {
      if (data.field !== undefined) {
        const _errs40 = errors;
        if ('functionTimeoutSeconds' !== data.field) {
          const err19 = {};
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        var valid14 = _errs40 === errors;
      } else {
        var valid14 = true;
      }
    }
  }
  var _valid4 = _errs38 === errors;
  errors = _errs37;
  if (vErrors !== null) {
    if (_errs37) {
      vErrors.length = _errs37;
    } else {
      vErrors = null;
    }
  }
  if (_valid4) {
    const _errs41 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.to !== undefined) {
        let data14 = data.to;
        if (!(typeof data14 == 'number' && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
          const err20 = {
            instancePath: instancePath + '/to',
            schemaPath: '#/allOf/4/then/properties/to/type',
            keyword: 'type',
            params: { type: 'integer' },
            message: 'must be integer',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (typeof data14 == 'number' && isFinite(data14)) {
          if (data14 > 15 || isNaN(data14)) {
            const err21 = {
              instancePath: instancePath + '/to',
              schemaPath: '#/allOf/4/then/properties/to/maximum',
              keyword: 'maximum',
              params: { comparison: '<=', limit: 15 },
              message: 'must be <= 15',
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (data14 < 1 || isNaN(data14)) {
            const err22 = {
              instancePath: instancePath + '/to',
              schemaPath: '#/allOf/4/then/properties/to/minimum',
              keyword: 'minimum',
              params: { comparison: '>=', limit: 1 },
              message: 'must be >= 1',
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      }
    }
    var _valid4 = _errs41 === errors;
    valid13 = _valid4;
    if (valid13) {
      var props4 = {};
      props4.to = true;
      props4.op = true;
      props4.field = true;
    }
  }
  if (!valid13) {
    const err23 = {
      instancePath,
      schemaPath: '#/allOf/4/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  if (props0 !== true && props4 !== undefined) {
    if (props4 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props4);
    }
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.op === undefined) {
      const err24 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'op' },
        message: "must have required property '" + 'op' + "'",
      };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
    if (data.actionId === undefined) {
      const err25 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'actionId' },
        message: "must have required property '" + 'actionId' + "'",
      };
      if (vErrors === null) {
        vErrors = [err25];
      } else {
        vErrors.push(err25);
      }
      errors++;
    }
    if (data.actionName === undefined) {
      const err26 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'actionName' },
        message: "must have required property '" + 'actionName' + "'",
      };
      if (vErrors === null) {
        vErrors = [err26];
      } else {
        vErrors.push(err26);
      }
      errors++;
    }
    if (data.integrationId === undefined) {
      const err27 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'integrationId' },
        message: "must have required property '" + 'integrationId' + "'",
      };
      if (vErrors === null) {
        vErrors = [err27];
      } else {
        vErrors.push(err27);
      }
      errors++;
    }
    if (data.integrationName === undefined) {
      const err28 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'integrationName' },
        message: "must have required property '" + 'integrationName' + "'",
      };
      if (vErrors === null) {
        vErrors = [err28];
      } else {
        vErrors.push(err28);
      }
      errors++;
    }
    if (data.category === undefined) {
      const err29 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'category' },
        message: "must have required property '" + 'category' + "'",
      };
      if (vErrors === null) {
        vErrors = [err29];
      } else {
        vErrors.push(err29);
      }
      errors++;
    }
    if (data.field === undefined) {
      const err30 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'field' },
        message: "must have required property '" + 'field' + "'",
      };
      if (vErrors === null) {
        vErrors = [err30];
      } else {
        vErrors.push(err30);
      }
      errors++;
    }
    if (data.from === undefined) {
      const err31 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'from' },
        message: "must have required property '" + 'from' + "'",
      };
      if (vErrors === null) {
        vErrors = [err31];
      } else {
        vErrors.push(err31);
      }
      errors++;
    }
    if (data.to === undefined) {
      const err32 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'to' },
        message: "must have required property '" + 'to' + "'",
      };
      if (vErrors === null) {
        vErrors = [err32];
      } else {
        vErrors.push(err32);
      }
      errors++;
    }
    if (data.version === undefined) {
      const err33 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version' },
        message: "must have required property '" + 'version' + "'",
      };
      if (vErrors === null) {
        vErrors = [err33];
      } else {
        vErrors.push(err33);
      }
      errors++;
    }
    if (data.entryIndex === undefined) {
      const err34 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'entryIndex' },
        message: "must have required property '" + 'entryIndex' + "'",
      };
      if (vErrors === null) {
        vErrors = [err34];
      } else {
        vErrors.push(err34);
      }
      errors++;
    }
    if (data.line === undefined) {
      const err35 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'line' },
        message: "must have required property '" + 'line' + "'",
      };
      if (vErrors === null) {
        vErrors = [err35];
      } else {
        vErrors.push(err35);
      }
      errors++;
    }
    if (data.selector === undefined) {
      const err36 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'selector' },
        message: "must have required property '" + 'selector' + "'",
      };
      if (vErrors === null) {
        vErrors = [err36];
      } else {
        vErrors.push(err36);
      }
      errors++;
    }
    if (data.reason === undefined) {
      const err37 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'reason' },
        message: "must have required property '" + 'reason' + "'",
      };
      if (vErrors === null) {
        vErrors = [err37];
      } else {
        vErrors.push(err37);
      }
      errors++;
    }
    if (data.latency === undefined) {
      const err38 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'latency' },
        message: "must have required property '" + 'latency' + "'",
      };
      if (vErrors === null) {
        vErrors = [err38];
      } else {
        vErrors.push(err38);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema41.properties, key0)) {
        const err39 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
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
    if (data.op !== undefined) {
      let data15 = data.op;
      if (!(
        data15 === 'set' ||
        data15 === 'update' ||
        data15 === 'reset' ||
        data15 === 'unchanged' ||
        data15 === 'unmanaged'
      )) {
        const err40 = {
          instancePath: instancePath + '/op',
          schemaPath: '#/properties/op/enum',
          keyword: 'enum',
          params: { allowedValues: schema41.properties.op.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.actionId !== undefined) {
      let data16 = data.actionId;
      if (typeof data16 === 'string') {
        if (func2(data16) > 512) {
          const err41 = {
            instancePath: instancePath + '/actionId',
            schemaPath: '#/properties/actionId/maxLength',
            keyword: 'maxLength',
            params: { limit: 512 },
            message: 'must NOT have more than 512 characters',
          };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (func2(data16) < 1) {
          const err42 = {
            instancePath: instancePath + '/actionId',
            schemaPath: '#/properties/actionId/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = {
          instancePath: instancePath + '/actionId',
          schemaPath: '#/properties/actionId/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.actionName !== undefined) {
      if (typeof data.actionName !== 'string') {
        const err44 = {
          instancePath: instancePath + '/actionName',
          schemaPath: '#/properties/actionName/type',
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
    if (data.integrationId !== undefined) {
      if (typeof data.integrationId !== 'string') {
        const err45 = {
          instancePath: instancePath + '/integrationId',
          schemaPath: '#/properties/integrationId/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.integrationName !== undefined) {
      if (typeof data.integrationName !== 'string') {
        const err46 = {
          instancePath: instancePath + '/integrationName',
          schemaPath: '#/properties/integrationName/type',
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
    if (data.category !== undefined) {
      if (typeof data.category !== 'string') {
        const err47 = {
          instancePath: instancePath + '/category',
          schemaPath: '#/properties/category/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.field !== undefined) {
      let data21 = data.field;
      if (!(data21 === 'timeoutSeconds' || data21 === 'functionTimeoutSeconds')) {
        const err48 = {
          instancePath: instancePath + '/field',
          schemaPath: '#/properties/field/enum',
          keyword: 'enum',
          params: { allowedValues: schema41.properties.field.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.from !== undefined) {
      let data22 = data.from;
      if (
        !(typeof data22 == 'number' && !(data22 % 1) && !isNaN(data22) && isFinite(data22)) &&
        data22 !== null
      ) {
        const err49 = {
          instancePath: instancePath + '/from',
          schemaPath: '#/$defs/seconds/type',
          keyword: 'type',
          params: { type: schema42.type },
          message: 'must be integer,null',
        };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
      if (typeof data22 == 'number' && isFinite(data22)) {
        if (data22 < 0 || isNaN(data22)) {
          const err50 = {
            instancePath: instancePath + '/from',
            schemaPath: '#/$defs/seconds/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
      }
    }
    if (data.to !== undefined) {
      let data23 = data.to;
      if (
        !(typeof data23 == 'number' && !(data23 % 1) && !isNaN(data23) && isFinite(data23)) &&
        data23 !== null
      ) {
        const err51 = {
          instancePath: instancePath + '/to',
          schemaPath: '#/$defs/seconds/type',
          keyword: 'type',
          params: { type: schema42.type },
          message: 'must be integer,null',
        };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
      if (typeof data23 == 'number' && isFinite(data23)) {
        if (data23 < 0 || isNaN(data23)) {
          const err52 = {
            instancePath: instancePath + '/to',
            schemaPath: '#/$defs/seconds/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
      }
    }
    if (data.version !== undefined) {
      let data24 = data.version;
      if (!(typeof data24 == 'number' && !(data24 % 1) && !isNaN(data24) && isFinite(data24))) {
        const err53 = {
          instancePath: instancePath + '/version',
          schemaPath: '#/properties/version/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
      if (typeof data24 == 'number' && isFinite(data24)) {
        if (data24 < 0 || isNaN(data24)) {
          const err54 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/properties/version/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
      }
    }
    if (data.entryIndex !== undefined) {
      let data25 = data.entryIndex;
      if (
        !(typeof data25 == 'number' && !(data25 % 1) && !isNaN(data25) && isFinite(data25)) &&
        data25 !== null
      ) {
        const err55 = {
          instancePath: instancePath + '/entryIndex',
          schemaPath: '#/properties/entryIndex/type',
          keyword: 'type',
          params: { type: schema41.properties.entryIndex.type },
          message: 'must be integer,null',
        };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
      if (typeof data25 == 'number' && isFinite(data25)) {
        if (data25 < 0 || isNaN(data25)) {
          const err56 = {
            instancePath: instancePath + '/entryIndex',
            schemaPath: '#/properties/entryIndex/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
      }
    }
    if (data.line !== undefined) {
      let data26 = data.line;
      if (
        !(typeof data26 == 'number' && !(data26 % 1) && !isNaN(data26) && isFinite(data26)) &&
        data26 !== null
      ) {
        const err57 = {
          instancePath: instancePath + '/line',
          schemaPath: '#/properties/line/type',
          keyword: 'type',
          params: { type: schema41.properties.line.type },
          message: 'must be integer,null',
        };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
      if (typeof data26 == 'number' && isFinite(data26)) {
        if (data26 < 1 || isNaN(data26)) {
          const err58 = {
            instancePath: instancePath + '/line',
            schemaPath: '#/properties/line/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
      }
    }
    if (data.selector !== undefined) {
      let data27 = data.selector;
      if (!(data27 === 'id' || data27 === 'name' || data27 === 'match' || data27 === null)) {
        const err59 = {
          instancePath: instancePath + '/selector',
          schemaPath: '#/properties/selector/enum',
          keyword: 'enum',
          params: { allowedValues: schema41.properties.selector.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.reason !== undefined) {
      let data28 = data.reason;
      if (typeof data28 !== 'string' && data28 !== null) {
        const err60 = {
          instancePath: instancePath + '/reason',
          schemaPath: '#/$defs/nullableString/type',
          keyword: 'type',
          params: { type: schema44.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.latency !== undefined) {
      let data29 = data.latency;
      const _errs74 = errors;
      let valid20 = false;
      let passing0 = null;
      const _errs75 = errors;
      if (data29 !== null) {
        const err61 = {
          instancePath: instancePath + '/latency',
          schemaPath: '#/properties/latency/oneOf/0/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
      var _valid5 = _errs75 === errors;
      if (_valid5) {
        valid20 = true;
        passing0 = 0;
      }
      const _errs77 = errors;
      if (data29 && typeof data29 == 'object' && !Array.isArray(data29)) {
        if (data29.days === undefined) {
          const err62 = {
            instancePath: instancePath + '/latency',
            schemaPath: '#/properties/latency/oneOf/1/required',
            keyword: 'required',
            params: { missingProperty: 'days' },
            message: "must have required property '" + 'days' + "'",
          };
          if (vErrors === null) {
            vErrors = [err62];
          } else {
            vErrors.push(err62);
          }
          errors++;
        }
        if (data29.count === undefined) {
          const err63 = {
            instancePath: instancePath + '/latency',
            schemaPath: '#/properties/latency/oneOf/1/required',
            keyword: 'required',
            params: { missingProperty: 'count' },
            message: "must have required property '" + 'count' + "'",
          };
          if (vErrors === null) {
            vErrors = [err63];
          } else {
            vErrors.push(err63);
          }
          errors++;
        }
        if (data29.p95Ms === undefined) {
          const err64 = {
            instancePath: instancePath + '/latency',
            schemaPath: '#/properties/latency/oneOf/1/required',
            keyword: 'required',
            params: { missingProperty: 'p95Ms' },
            message: "must have required property '" + 'p95Ms' + "'",
          };
          if (vErrors === null) {
            vErrors = [err64];
          } else {
            vErrors.push(err64);
          }
          errors++;
        }
        if (data29.p99Ms === undefined) {
          const err65 = {
            instancePath: instancePath + '/latency',
            schemaPath: '#/properties/latency/oneOf/1/required',
            keyword: 'required',
            params: { missingProperty: 'p99Ms' },
            message: "must have required property '" + 'p99Ms' + "'",
          };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
        for (const key1 in data29) {
          if (!(key1 === 'days' || key1 === 'count' || key1 === 'p95Ms' || key1 === 'p99Ms')) {
            const err66 = {
              instancePath: instancePath + '/latency',
              schemaPath: '#/properties/latency/oneOf/1/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data29.days !== undefined) {
          let data30 = data29.days;
          if (typeof data30 == 'number' && isFinite(data30)) {
            if (data30 < 0 || isNaN(data30)) {
              const err67 = {
                instancePath: instancePath + '/latency/days',
                schemaPath: '#/properties/latency/oneOf/1/properties/days/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
          } else {
            const err68 = {
              instancePath: instancePath + '/latency/days',
              schemaPath: '#/properties/latency/oneOf/1/properties/days/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
            };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data29.count !== undefined) {
          let data31 = data29.count;
          if (typeof data31 == 'number' && isFinite(data31)) {
            if (data31 < 0 || isNaN(data31)) {
              const err69 = {
                instancePath: instancePath + '/latency/count',
                schemaPath: '#/properties/latency/oneOf/1/properties/count/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          } else {
            const err70 = {
              instancePath: instancePath + '/latency/count',
              schemaPath: '#/properties/latency/oneOf/1/properties/count/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
            };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data29.p95Ms !== undefined) {
          let data32 = data29.p95Ms;
          if (!(typeof data32 == 'number' && isFinite(data32)) && data32 !== null) {
            const err71 = {
              instancePath: instancePath + '/latency/p95Ms',
              schemaPath: '#/properties/latency/oneOf/1/properties/p95Ms/type',
              keyword: 'type',
              params: { type: schema41.properties.latency.oneOf[1].properties.p95Ms.type },
              message: 'must be number,null',
            };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
          if (typeof data32 == 'number' && isFinite(data32)) {
            if (data32 < 0 || isNaN(data32)) {
              const err72 = {
                instancePath: instancePath + '/latency/p95Ms',
                schemaPath: '#/properties/latency/oneOf/1/properties/p95Ms/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
          }
        }
        if (data29.p99Ms !== undefined) {
          let data33 = data29.p99Ms;
          if (!(typeof data33 == 'number' && isFinite(data33)) && data33 !== null) {
            const err73 = {
              instancePath: instancePath + '/latency/p99Ms',
              schemaPath: '#/properties/latency/oneOf/1/properties/p99Ms/type',
              keyword: 'type',
              params: { type: schema41.properties.latency.oneOf[1].properties.p99Ms.type },
              message: 'must be number,null',
            };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
          if (typeof data33 == 'number' && isFinite(data33)) {
            if (data33 < 0 || isNaN(data33)) {
              const err74 = {
                instancePath: instancePath + '/latency/p99Ms',
                schemaPath: '#/properties/latency/oneOf/1/properties/p99Ms/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
          }
        }
      } else {
        const err75 = {
          instancePath: instancePath + '/latency',
          schemaPath: '#/properties/latency/oneOf/1/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
      var _valid5 = _errs77 === errors;
      if (_valid5 && valid20) {
        valid20 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid5) {
          valid20 = true;
          passing0 = 1;
        }
      }
      if (!valid20) {
        const err76 = {
          instancePath: instancePath + '/latency',
          schemaPath: '#/properties/latency/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing0 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      } else {
        errors = _errs74;
        if (vErrors !== null) {
          if (_errs74) {
            vErrors.length = _errs74;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.usedBy !== undefined) {
      let data34 = data.usedBy;
      const _errs89 = errors;
      let valid22 = false;
      let passing1 = null;
      const _errs90 = errors;
      if (data34 !== null) {
        const err77 = {
          instancePath: instancePath + '/usedBy',
          schemaPath: '#/properties/usedBy/oneOf/0/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
      var _valid6 = _errs90 === errors;
      if (_valid6) {
        valid22 = true;
        passing1 = 0;
      }
      const _errs92 = errors;
      if (Array.isArray(data34)) {
        const len0 = data34.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data35 = data34[i0];
          if (data35 && typeof data35 == 'object' && !Array.isArray(data35)) {
            if (data35.id === undefined) {
              const err78 = {
                instancePath: instancePath + '/usedBy/' + i0,
                schemaPath: '#/properties/usedBy/oneOf/1/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
              };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            if (data35.name === undefined) {
              const err79 = {
                instancePath: instancePath + '/usedBy/' + i0,
                schemaPath: '#/properties/usedBy/oneOf/1/items/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            if (data35.type === undefined) {
              const err80 = {
                instancePath: instancePath + '/usedBy/' + i0,
                schemaPath: '#/properties/usedBy/oneOf/1/items/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
                message: "must have required property '" + 'type' + "'",
              };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            for (const key2 in data35) {
              if (!(key2 === 'id' || key2 === 'name' || key2 === 'type' || key2 === 'waits')) {
                const err81 = {
                  instancePath: instancePath + '/usedBy/' + i0,
                  schemaPath: '#/properties/usedBy/oneOf/1/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key2 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data35.id !== undefined) {
              if (typeof data35.id !== 'string') {
                const err82 = {
                  instancePath: instancePath + '/usedBy/' + i0 + '/id',
                  schemaPath: '#/properties/usedBy/oneOf/1/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data35.name !== undefined) {
              if (typeof data35.name !== 'string') {
                const err83 = {
                  instancePath: instancePath + '/usedBy/' + i0 + '/name',
                  schemaPath: '#/properties/usedBy/oneOf/1/items/properties/name/type',
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
            if (data35.type !== undefined) {
              if (typeof data35.type !== 'string') {
                const err84 = {
                  instancePath: instancePath + '/usedBy/' + i0 + '/type',
                  schemaPath: '#/properties/usedBy/oneOf/1/items/properties/type/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data35.waits !== undefined) {
              let data39 = data35.waits;
              if (data39 && typeof data39 == 'object' && !Array.isArray(data39)) {
                if (data39.kind === undefined) {
                  const err85 = {
                    instancePath: instancePath + '/usedBy/' + i0 + '/waits',
                    schemaPath: '#/properties/usedBy/oneOf/1/items/properties/waits/required',
                    keyword: 'required',
                    params: { missingProperty: 'kind' },
                    message: "must have required property '" + 'kind' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
                if (data39.seconds === undefined) {
                  const err86 = {
                    instancePath: instancePath + '/usedBy/' + i0 + '/waits',
                    schemaPath: '#/properties/usedBy/oneOf/1/items/properties/waits/required',
                    keyword: 'required',
                    params: { missingProperty: 'seconds' },
                    message: "must have required property '" + 'seconds' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
                if (data39.calls === undefined) {
                  const err87 = {
                    instancePath: instancePath + '/usedBy/' + i0 + '/waits',
                    schemaPath: '#/properties/usedBy/oneOf/1/items/properties/waits/required',
                    keyword: 'required',
                    params: { missingProperty: 'calls' },
                    message: "must have required property '" + 'calls' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
                if (data39.ownCalls === undefined) {
                  const err88 = {
                    instancePath: instancePath + '/usedBy/' + i0 + '/waits',
                    schemaPath: '#/properties/usedBy/oneOf/1/items/properties/waits/required',
                    keyword: 'required',
                    params: { missingProperty: 'ownCalls' },
                    message: "must have required property '" + 'ownCalls' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
                if (data39.why === undefined) {
                  const err89 = {
                    instancePath: instancePath + '/usedBy/' + i0 + '/waits',
                    schemaPath: '#/properties/usedBy/oneOf/1/items/properties/waits/required',
                    keyword: 'required',
                    params: { missingProperty: 'why' },
                    message: "must have required property '" + 'why' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
                for (const key3 in data39) {
                  if (!(
                    key3 === 'kind' ||
                    key3 === 'seconds' ||
                    key3 === 'calls' ||
                    key3 === 'ownCalls' ||
                    key3 === 'why'
                  )) {
                    const err90 = {
                      instancePath: instancePath + '/usedBy/' + i0 + '/waits',
                      schemaPath:
                        '#/properties/usedBy/oneOf/1/items/properties/waits/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key3 },
                      message: 'must NOT have additional properties',
                    };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
                if (data39.kind !== undefined) {
                  let data40 = data39.kind;
                  if (!(data40 === 'action' || data40 === 'own' || data40 === 'unknown')) {
                    const err91 = {
                      instancePath: instancePath + '/usedBy/' + i0 + '/waits/kind',
                      schemaPath:
                        '#/properties/usedBy/oneOf/1/items/properties/waits/properties/kind/enum',
                      keyword: 'enum',
                      params: {
                        allowedValues:
                          schema41.properties.usedBy.oneOf[1].items.properties.waits.properties.kind
                            .enum,
                      },
                      message: 'must be equal to one of the allowed values',
                    };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
                if (data39.seconds !== undefined) {
                  let data41 = data39.seconds;
                  if (!(typeof data41 == 'number' && isFinite(data41)) && data41 !== null) {
                    const err92 = {
                      instancePath: instancePath + '/usedBy/' + i0 + '/waits/seconds',
                      schemaPath:
                        '#/properties/usedBy/oneOf/1/items/properties/waits/properties/seconds/type',
                      keyword: 'type',
                      params: {
                        type: schema41.properties.usedBy.oneOf[1].items.properties.waits.properties
                          .seconds.type,
                      },
                      message: 'must be number,null',
                    };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                  if (typeof data41 == 'number' && isFinite(data41)) {
                    if (data41 < 0 || isNaN(data41)) {
                      const err93 = {
                        instancePath: instancePath + '/usedBy/' + i0 + '/waits/seconds',
                        schemaPath:
                          '#/properties/usedBy/oneOf/1/items/properties/waits/properties/seconds/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0',
                      };
                      if (vErrors === null) {
                        vErrors = [err93];
                      } else {
                        vErrors.push(err93);
                      }
                      errors++;
                    }
                  }
                }
                if (data39.calls !== undefined) {
                  let data42 = data39.calls;
                  if (!(
                    typeof data42 == 'number' &&
                    !(data42 % 1) &&
                    !isNaN(data42) &&
                    isFinite(data42)
                  )) {
                    const err94 = {
                      instancePath: instancePath + '/usedBy/' + i0 + '/waits/calls',
                      schemaPath: '#/$defs/count/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                  if (typeof data42 == 'number' && isFinite(data42)) {
                    if (data42 < 0 || isNaN(data42)) {
                      const err95 = {
                        instancePath: instancePath + '/usedBy/' + i0 + '/waits/calls',
                        schemaPath: '#/$defs/count/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0',
                      };
                      if (vErrors === null) {
                        vErrors = [err95];
                      } else {
                        vErrors.push(err95);
                      }
                      errors++;
                    }
                  }
                }
                if (data39.ownCalls !== undefined) {
                  let data43 = data39.ownCalls;
                  if (!(
                    typeof data43 == 'number' &&
                    !(data43 % 1) &&
                    !isNaN(data43) &&
                    isFinite(data43)
                  )) {
                    const err96 = {
                      instancePath: instancePath + '/usedBy/' + i0 + '/waits/ownCalls',
                      schemaPath: '#/$defs/count/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                  if (typeof data43 == 'number' && isFinite(data43)) {
                    if (data43 < 0 || isNaN(data43)) {
                      const err97 = {
                        instancePath: instancePath + '/usedBy/' + i0 + '/waits/ownCalls',
                        schemaPath: '#/$defs/count/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0',
                      };
                      if (vErrors === null) {
                        vErrors = [err97];
                      } else {
                        vErrors.push(err97);
                      }
                      errors++;
                    }
                  }
                }
                if (data39.why !== undefined) {
                  let data44 = data39.why;
                  if (typeof data44 !== 'string' && data44 !== null) {
                    const err98 = {
                      instancePath: instancePath + '/usedBy/' + i0 + '/waits/why',
                      schemaPath: '#/$defs/nullableString/type',
                      keyword: 'type',
                      params: { type: schema44.type },
                      message: 'must be string,null',
                    };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
              } else {
                const err99 = {
                  instancePath: instancePath + '/usedBy/' + i0 + '/waits',
                  schemaPath: '#/properties/usedBy/oneOf/1/items/properties/waits/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
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
              instancePath: instancePath + '/usedBy/' + i0,
              schemaPath: '#/properties/usedBy/oneOf/1/items/type',
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
          instancePath: instancePath + '/usedBy',
          schemaPath: '#/properties/usedBy/oneOf/1/type',
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
      var _valid6 = _errs92 === errors;
      if (_valid6 && valid22) {
        valid22 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid6) {
          valid22 = true;
          passing1 = 1;
        }
      }
      if (!valid22) {
        const err102 = {
          instancePath: instancePath + '/usedBy',
          schemaPath: '#/properties/usedBy/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing1 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err102];
        } else {
          vErrors.push(err102);
        }
        errors++;
      } else {
        errors = _errs89;
        if (vErrors !== null) {
          if (_errs89) {
            vErrors.length = _errs89;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.failures !== undefined) {
      let data45 = data.failures;
      if (data45 && typeof data45 == 'object' && !Array.isArray(data45)) {
        if (data45.days === undefined) {
          const err103 = {
            instancePath: instancePath + '/failures',
            schemaPath: '#/properties/failures/required',
            keyword: 'required',
            params: { missingProperty: 'days' },
            message: "must have required property '" + 'days' + "'",
          };
          if (vErrors === null) {
            vErrors = [err103];
          } else {
            vErrors.push(err103);
          }
          errors++;
        }
        if (data45.runs === undefined) {
          const err104 = {
            instancePath: instancePath + '/failures',
            schemaPath: '#/properties/failures/required',
            keyword: 'required',
            params: { missingProperty: 'runs' },
            message: "must have required property '" + 'runs' + "'",
          };
          if (vErrors === null) {
            vErrors = [err104];
          } else {
            vErrors.push(err104);
          }
          errors++;
        }
        if (data45.failed === undefined) {
          const err105 = {
            instancePath: instancePath + '/failures',
            schemaPath: '#/properties/failures/required',
            keyword: 'required',
            params: { missingProperty: 'failed' },
            message: "must have required property '" + 'failed' + "'",
          };
          if (vErrors === null) {
            vErrors = [err105];
          } else {
            vErrors.push(err105);
          }
          errors++;
        }
        if (data45.groups === undefined) {
          const err106 = {
            instancePath: instancePath + '/failures',
            schemaPath: '#/properties/failures/required',
            keyword: 'required',
            params: { missingProperty: 'groups' },
            message: "must have required property '" + 'groups' + "'",
          };
          if (vErrors === null) {
            vErrors = [err106];
          } else {
            vErrors.push(err106);
          }
          errors++;
        }
        for (const key4 in data45) {
          if (!(key4 === 'days' || key4 === 'runs' || key4 === 'failed' || key4 === 'groups')) {
            const err107 = {
              instancePath: instancePath + '/failures',
              schemaPath: '#/properties/failures/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key4 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
        }
        if (data45.days !== undefined) {
          let data46 = data45.days;
          if (typeof data46 == 'number' && isFinite(data46)) {
            if (data46 < 0 || isNaN(data46)) {
              const err108 = {
                instancePath: instancePath + '/failures/days',
                schemaPath: '#/properties/failures/properties/days/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
          } else {
            const err109 = {
              instancePath: instancePath + '/failures/days',
              schemaPath: '#/properties/failures/properties/days/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
            };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
        }
        if (data45.runs !== undefined) {
          let data47 = data45.runs;
          if (!(typeof data47 == 'number' && !(data47 % 1) && !isNaN(data47) && isFinite(data47))) {
            const err110 = {
              instancePath: instancePath + '/failures/runs',
              schemaPath: '#/$defs/count/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
          if (typeof data47 == 'number' && isFinite(data47)) {
            if (data47 < 0 || isNaN(data47)) {
              const err111 = {
                instancePath: instancePath + '/failures/runs',
                schemaPath: '#/$defs/count/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err111];
              } else {
                vErrors.push(err111);
              }
              errors++;
            }
          }
        }
        if (data45.failed !== undefined) {
          let data48 = data45.failed;
          if (!(typeof data48 == 'number' && !(data48 % 1) && !isNaN(data48) && isFinite(data48))) {
            const err112 = {
              instancePath: instancePath + '/failures/failed',
              schemaPath: '#/$defs/count/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
          if (typeof data48 == 'number' && isFinite(data48)) {
            if (data48 < 0 || isNaN(data48)) {
              const err113 = {
                instancePath: instancePath + '/failures/failed',
                schemaPath: '#/$defs/count/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err113];
              } else {
                vErrors.push(err113);
              }
              errors++;
            }
          }
        }
        if (data45.groups !== undefined) {
          let data49 = data45.groups;
          if (Array.isArray(data49)) {
            const len1 = data49.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data50 = data49[i1];
              if (data50 && typeof data50 == 'object' && !Array.isArray(data50)) {
                if (data50.errorType === undefined) {
                  const err114 = {
                    instancePath: instancePath + '/failures/groups/' + i1,
                    schemaPath: '#/properties/failures/properties/groups/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'errorType' },
                    message: "must have required property '" + 'errorType' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
                if (data50.responseStatus === undefined) {
                  const err115 = {
                    instancePath: instancePath + '/failures/groups/' + i1,
                    schemaPath: '#/properties/failures/properties/groups/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'responseStatus' },
                    message: "must have required property '" + 'responseStatus' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err115];
                  } else {
                    vErrors.push(err115);
                  }
                  errors++;
                }
                if (data50.count === undefined) {
                  const err116 = {
                    instancePath: instancePath + '/failures/groups/' + i1,
                    schemaPath: '#/properties/failures/properties/groups/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'count' },
                    message: "must have required property '" + 'count' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err116];
                  } else {
                    vErrors.push(err116);
                  }
                  errors++;
                }
                for (const key5 in data50) {
                  if (!(key5 === 'errorType' || key5 === 'responseStatus' || key5 === 'count')) {
                    const err117 = {
                      instancePath: instancePath + '/failures/groups/' + i1,
                      schemaPath:
                        '#/properties/failures/properties/groups/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key5 },
                      message: 'must NOT have additional properties',
                    };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                }
                if (data50.errorType !== undefined) {
                  let data51 = data50.errorType;
                  if (typeof data51 !== 'string' && data51 !== null) {
                    const err118 = {
                      instancePath: instancePath + '/failures/groups/' + i1 + '/errorType',
                      schemaPath: '#/$defs/nullableString/type',
                      keyword: 'type',
                      params: { type: schema44.type },
                      message: 'must be string,null',
                    };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                }
                if (data50.responseStatus !== undefined) {
                  let data52 = data50.responseStatus;
                  if (typeof data52 !== 'string' && data52 !== null) {
                    const err119 = {
                      instancePath: instancePath + '/failures/groups/' + i1 + '/responseStatus',
                      schemaPath: '#/$defs/nullableString/type',
                      keyword: 'type',
                      params: { type: schema44.type },
                      message: 'must be string,null',
                    };
                    if (vErrors === null) {
                      vErrors = [err119];
                    } else {
                      vErrors.push(err119);
                    }
                    errors++;
                  }
                }
                if (data50.count !== undefined) {
                  let data53 = data50.count;
                  if (!(
                    typeof data53 == 'number' &&
                    !(data53 % 1) &&
                    !isNaN(data53) &&
                    isFinite(data53)
                  )) {
                    const err120 = {
                      instancePath: instancePath + '/failures/groups/' + i1 + '/count',
                      schemaPath: '#/$defs/count/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                  }
                  if (typeof data53 == 'number' && isFinite(data53)) {
                    if (data53 < 0 || isNaN(data53)) {
                      const err121 = {
                        instancePath: instancePath + '/failures/groups/' + i1 + '/count',
                        schemaPath: '#/$defs/count/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0',
                      };
                      if (vErrors === null) {
                        vErrors = [err121];
                      } else {
                        vErrors.push(err121);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err122 = {
                  instancePath: instancePath + '/failures/groups/' + i1,
                  schemaPath: '#/properties/failures/properties/groups/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
            }
          } else {
            const err123 = {
              instancePath: instancePath + '/failures/groups',
              schemaPath: '#/properties/failures/properties/groups/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          }
        }
      } else {
        const err124 = {
          instancePath: instancePath + '/failures',
          schemaPath: '#/properties/failures/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err124];
        } else {
          vErrors.push(err124);
        }
        errors++;
      }
    }
    if (data.calledFrom !== undefined) {
      let data54 = data.calledFrom;
      if (Array.isArray(data54)) {
        const len2 = data54.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data55 = data54[i2];
          if (data55 && typeof data55 == 'object' && !Array.isArray(data55)) {
            if (data55.file === undefined) {
              const err125 = {
                instancePath: instancePath + '/calledFrom/' + i2,
                schemaPath: '#/properties/calledFrom/items/required',
                keyword: 'required',
                params: { missingProperty: 'file' },
                message: "must have required property '" + 'file' + "'",
              };
              if (vErrors === null) {
                vErrors = [err125];
              } else {
                vErrors.push(err125);
              }
              errors++;
            }
            if (data55.line === undefined) {
              const err126 = {
                instancePath: instancePath + '/calledFrom/' + i2,
                schemaPath: '#/properties/calledFrom/items/required',
                keyword: 'required',
                params: { missingProperty: 'line' },
                message: "must have required property '" + 'line' + "'",
              };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
            if (data55.flow === undefined) {
              const err127 = {
                instancePath: instancePath + '/calledFrom/' + i2,
                schemaPath: '#/properties/calledFrom/items/required',
                keyword: 'required',
                params: { missingProperty: 'flow' },
                message: "must have required property '" + 'flow' + "'",
              };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
            if (data55.timeout === undefined) {
              const err128 = {
                instancePath: instancePath + '/calledFrom/' + i2,
                schemaPath: '#/properties/calledFrom/items/required',
                keyword: 'required',
                params: { missingProperty: 'timeout' },
                message: "must have required property '" + 'timeout' + "'",
              };
              if (vErrors === null) {
                vErrors = [err128];
              } else {
                vErrors.push(err128);
              }
              errors++;
            }
            for (const key6 in data55) {
              if (!(key6 === 'file' || key6 === 'line' || key6 === 'flow' || key6 === 'timeout')) {
                const err129 = {
                  instancePath: instancePath + '/calledFrom/' + i2,
                  schemaPath: '#/properties/calledFrom/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key6 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
            }
            if (data55.file !== undefined) {
              if (typeof data55.file !== 'string') {
                const err130 = {
                  instancePath: instancePath + '/calledFrom/' + i2 + '/file',
                  schemaPath: '#/properties/calledFrom/items/properties/file/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err130];
                } else {
                  vErrors.push(err130);
                }
                errors++;
              }
            }
            if (data55.line !== undefined) {
              let data57 = data55.line;
              if (!(
                typeof data57 == 'number' &&
                !(data57 % 1) &&
                !isNaN(data57) &&
                isFinite(data57)
              )) {
                const err131 = {
                  instancePath: instancePath + '/calledFrom/' + i2 + '/line',
                  schemaPath: '#/properties/calledFrom/items/properties/line/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err131];
                } else {
                  vErrors.push(err131);
                }
                errors++;
              }
              if (typeof data57 == 'number' && isFinite(data57)) {
                if (data57 < 1 || isNaN(data57)) {
                  const err132 = {
                    instancePath: instancePath + '/calledFrom/' + i2 + '/line',
                    schemaPath: '#/properties/calledFrom/items/properties/line/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 1 },
                    message: 'must be >= 1',
                  };
                  if (vErrors === null) {
                    vErrors = [err132];
                  } else {
                    vErrors.push(err132);
                  }
                  errors++;
                }
              }
            }
            if (data55.flow !== undefined) {
              let data58 = data55.flow;
              if (typeof data58 !== 'string' && data58 !== null) {
                const err133 = {
                  instancePath: instancePath + '/calledFrom/' + i2 + '/flow',
                  schemaPath: '#/$defs/nullableString/type',
                  keyword: 'type',
                  params: { type: schema44.type },
                  message: 'must be string,null',
                };
                if (vErrors === null) {
                  vErrors = [err133];
                } else {
                  vErrors.push(err133);
                }
                errors++;
              }
            }
            if (data55.timeout !== undefined) {
              let data59 = data55.timeout;
              if (typeof data59 !== 'string' && data59 !== null) {
                const err134 = {
                  instancePath: instancePath + '/calledFrom/' + i2 + '/timeout',
                  schemaPath: '#/$defs/nullableString/type',
                  keyword: 'type',
                  params: { type: schema44.type },
                  message: 'must be string,null',
                };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
            }
          } else {
            const err135 = {
              instancePath: instancePath + '/calledFrom/' + i2,
              schemaPath: '#/properties/calledFrom/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err135];
            } else {
              vErrors.push(err135);
            }
            errors++;
          }
        }
      } else {
        const err136 = {
          instancePath: instancePath + '/calledFrom',
          schemaPath: '#/properties/calledFrom/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err136];
        } else {
          vErrors.push(err136);
        }
        errors++;
      }
    }
  } else {
    const err137 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err137];
    } else {
      vErrors.push(err137);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema55 = {
  type: 'object',
  required: ['severity', 'code', 'message', 'line', 'column', 'entryIndex', 'actionId'],
  additionalProperties: false,
  properties: {
    severity: { enum: ['error', 'warning'] },
    code: { type: 'string' },
    message: { type: 'string' },
    line: { type: ['integer', 'null'], minimum: 1 },
    column: { type: ['integer', 'null'], minimum: 1 },
    entryIndex: { type: ['integer', 'null'], minimum: 0 },
    actionId: { $ref: '#/$defs/nullableString' },
  },
};
function validate23(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.severity === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'severity' },
        message: "must have required property '" + 'severity' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.code === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'code' },
        message: "must have required property '" + 'code' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.message === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'message' },
        message: "must have required property '" + 'message' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.line === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'line' },
        message: "must have required property '" + 'line' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.column === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'column' },
        message: "must have required property '" + 'column' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.entryIndex === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'entryIndex' },
        message: "must have required property '" + 'entryIndex' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.actionId === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'actionId' },
        message: "must have required property '" + 'actionId' + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'severity' ||
        key0 === 'code' ||
        key0 === 'message' ||
        key0 === 'line' ||
        key0 === 'column' ||
        key0 === 'entryIndex' ||
        key0 === 'actionId'
      )) {
        const err7 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.severity !== undefined) {
      let data0 = data.severity;
      if (!(data0 === 'error' || data0 === 'warning')) {
        const err8 = {
          instancePath: instancePath + '/severity',
          schemaPath: '#/properties/severity/enum',
          keyword: 'enum',
          params: { allowedValues: schema55.properties.severity.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.code !== undefined) {
      if (typeof data.code !== 'string') {
        const err9 = {
          instancePath: instancePath + '/code',
          schemaPath: '#/properties/code/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.message !== undefined) {
      if (typeof data.message !== 'string') {
        const err10 = {
          instancePath: instancePath + '/message',
          schemaPath: '#/properties/message/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.line !== undefined) {
      let data3 = data.line;
      if (
        !(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3)) &&
        data3 !== null
      ) {
        const err11 = {
          instancePath: instancePath + '/line',
          schemaPath: '#/properties/line/type',
          keyword: 'type',
          params: { type: schema55.properties.line.type },
          message: 'must be integer,null',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data3 == 'number' && isFinite(data3)) {
        if (data3 < 1 || isNaN(data3)) {
          const err12 = {
            instancePath: instancePath + '/line',
            schemaPath: '#/properties/line/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.column !== undefined) {
      let data4 = data.column;
      if (
        !(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4)) &&
        data4 !== null
      ) {
        const err13 = {
          instancePath: instancePath + '/column',
          schemaPath: '#/properties/column/type',
          keyword: 'type',
          params: { type: schema55.properties.column.type },
          message: 'must be integer,null',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data4 == 'number' && isFinite(data4)) {
        if (data4 < 1 || isNaN(data4)) {
          const err14 = {
            instancePath: instancePath + '/column',
            schemaPath: '#/properties/column/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.entryIndex !== undefined) {
      let data5 = data.entryIndex;
      if (
        !(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5)) &&
        data5 !== null
      ) {
        const err15 = {
          instancePath: instancePath + '/entryIndex',
          schemaPath: '#/properties/entryIndex/type',
          keyword: 'type',
          params: { type: schema55.properties.entryIndex.type },
          message: 'must be integer,null',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data5 == 'number' && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err16 = {
            instancePath: instancePath + '/entryIndex',
            schemaPath: '#/properties/entryIndex/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
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
    if (data.actionId !== undefined) {
      let data6 = data.actionId;
      if (typeof data6 !== 'string' && data6 !== null) {
        const err17 = {
          instancePath: instancePath + '/actionId',
          schemaPath: '#/$defs/nullableString/type',
          keyword: 'type',
          params: { type: schema44.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate20(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://github.com/gc-timeouts/gc-timeouts/schemas/gc-timeouts-plan.schema.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.format === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'format' },
        message: "must have required property '" + 'format' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tool === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tool' },
        message: "must have required property '" + 'tool' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.label === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'label' },
        message: "must have required property '" + 'label' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.manifest === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'manifest' },
        message: "must have required property '" + 'manifest' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.region === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'region' },
        message: "must have required property '" + 'region' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.apiHost === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'apiHost' },
        message: "must have required property '" + 'apiHost' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.fingerprint === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'fingerprint' },
        message: "must have required property '" + 'fingerprint' + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.counts === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'counts' },
        message: "must have required property '" + 'counts' + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.entries === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'entries' },
        message: "must have required property '" + 'entries' + "'",
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.errors === undefined) {
      const err9 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errors' },
        message: "must have required property '" + 'errors' + "'",
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.warnings === undefined) {
      const err10 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'warnings' },
        message: "must have required property '" + 'warnings' + "'",
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err11 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.format !== undefined) {
      if (1 !== data.format) {
        const err12 = {
          instancePath: instancePath + '/format',
          schemaPath: '#/properties/format/const',
          keyword: 'const',
          params: { allowedValue: 1 },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.tool !== undefined) {
      let data1 = data.tool;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        if (data1.name === undefined) {
          const err13 = {
            instancePath: instancePath + '/tool',
            schemaPath: '#/properties/tool/required',
            keyword: 'required',
            params: { missingProperty: 'name' },
            message: "must have required property '" + 'name' + "'",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data1.version === undefined) {
          const err14 = {
            instancePath: instancePath + '/tool',
            schemaPath: '#/properties/tool/required',
            keyword: 'required',
            params: { missingProperty: 'version' },
            message: "must have required property '" + 'version' + "'",
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === 'name' || key1 === 'version')) {
            const err15 = {
              instancePath: instancePath + '/tool',
              schemaPath: '#/properties/tool/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data1.name !== undefined) {
          if ('gc-timeouts' !== data1.name) {
            const err16 = {
              instancePath: instancePath + '/tool/name',
              schemaPath: '#/properties/tool/properties/name/const',
              keyword: 'const',
              params: { allowedValue: 'gc-timeouts' },
              message: 'must be equal to constant',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data1.version !== undefined) {
          let data3 = data1.version;
          if (typeof data3 === 'string') {
            if (func2(data3) > 100) {
              const err17 = {
                instancePath: instancePath + '/tool/version',
                schemaPath: '#/properties/tool/properties/version/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
                message: 'must NOT have more than 100 characters',
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = {
              instancePath: instancePath + '/tool/version',
              schemaPath: '#/properties/tool/properties/version/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
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
          instancePath: instancePath + '/tool',
          schemaPath: '#/properties/tool/type',
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
    if (data.label !== undefined) {
      let data4 = data.label;
      if (typeof data4 === 'string') {
        if (func2(data4) > 1000) {
          const err20 = {
            instancePath: instancePath + '/label',
            schemaPath: '#/properties/label/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/label',
          schemaPath: '#/properties/label/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.manifest !== undefined) {
      let data5 = data.manifest;
      if (typeof data5 === 'string') {
        if (func2(data5) > 4096) {
          const err22 = {
            instancePath: instancePath + '/manifest',
            schemaPath: '#/properties/manifest/maxLength',
            keyword: 'maxLength',
            params: { limit: 4096 },
            message: 'must NOT have more than 4096 characters',
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = {
          instancePath: instancePath + '/manifest',
          schemaPath: '#/properties/manifest/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.environment !== undefined) {
      let data6 = data.environment;
      if (typeof data6 === 'string') {
        if (func2(data6) > 100) {
          const err24 = {
            instancePath: instancePath + '/environment',
            schemaPath: '#/properties/environment/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (!pattern4.test(data6)) {
          const err25 = {
            instancePath: instancePath + '/environment',
            schemaPath: '#/properties/environment/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9._-]+$' },
            message: 'must match pattern "' + '^[A-Za-z0-9._-]+$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = {
          instancePath: instancePath + '/environment',
          schemaPath: '#/properties/environment/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.region !== undefined) {
      let data7 = data.region;
      if (typeof data7 === 'string') {
        if (func2(data7) > 256) {
          const err27 = {
            instancePath: instancePath + '/region',
            schemaPath: '#/properties/region/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (func2(data7) < 1) {
          const err28 = {
            instancePath: instancePath + '/region',
            schemaPath: '#/properties/region/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = {
          instancePath: instancePath + '/region',
          schemaPath: '#/properties/region/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.apiHost !== undefined) {
      let data8 = data.apiHost;
      if (typeof data8 === 'string') {
        if (func2(data8) > 256) {
          const err30 = {
            instancePath: instancePath + '/apiHost',
            schemaPath: '#/properties/apiHost/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (func2(data8) < 1) {
          const err31 = {
            instancePath: instancePath + '/apiHost',
            schemaPath: '#/properties/apiHost/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = {
          instancePath: instancePath + '/apiHost',
          schemaPath: '#/properties/apiHost/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.fingerprint !== undefined) {
      let data9 = data.fingerprint;
      if (typeof data9 === 'string') {
        if (!pattern5.test(data9)) {
          const err33 = {
            instancePath: instancePath + '/fingerprint',
            schemaPath: '#/properties/fingerprint/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9a-f]{64}$' },
            message: 'must match pattern "' + '^[0-9a-f]{64}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = {
          instancePath: instancePath + '/fingerprint',
          schemaPath: '#/properties/fingerprint/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.counts !== undefined) {
      let data10 = data.counts;
      if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
        if (data10.set === undefined) {
          const err35 = {
            instancePath: instancePath + '/counts',
            schemaPath: '#/properties/counts/required',
            keyword: 'required',
            params: { missingProperty: 'set' },
            message: "must have required property '" + 'set' + "'",
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data10.update === undefined) {
          const err36 = {
            instancePath: instancePath + '/counts',
            schemaPath: '#/properties/counts/required',
            keyword: 'required',
            params: { missingProperty: 'update' },
            message: "must have required property '" + 'update' + "'",
          };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (data10.reset === undefined) {
          const err37 = {
            instancePath: instancePath + '/counts',
            schemaPath: '#/properties/counts/required',
            keyword: 'required',
            params: { missingProperty: 'reset' },
            message: "must have required property '" + 'reset' + "'",
          };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (data10.unchanged === undefined) {
          const err38 = {
            instancePath: instancePath + '/counts',
            schemaPath: '#/properties/counts/required',
            keyword: 'required',
            params: { missingProperty: 'unchanged' },
            message: "must have required property '" + 'unchanged' + "'",
          };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (data10.unmanaged === undefined) {
          const err39 = {
            instancePath: instancePath + '/counts',
            schemaPath: '#/properties/counts/required',
            keyword: 'required',
            params: { missingProperty: 'unmanaged' },
            message: "must have required property '" + 'unmanaged' + "'",
          };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (data10.changes === undefined) {
          const err40 = {
            instancePath: instancePath + '/counts',
            schemaPath: '#/properties/counts/required',
            keyword: 'required',
            params: { missingProperty: 'changes' },
            message: "must have required property '" + 'changes' + "'",
          };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        if (data10.changedActions === undefined) {
          const err41 = {
            instancePath: instancePath + '/counts',
            schemaPath: '#/properties/counts/required',
            keyword: 'required',
            params: { missingProperty: 'changedActions' },
            message: "must have required property '" + 'changedActions' + "'",
          };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (data10.errors === undefined) {
          const err42 = {
            instancePath: instancePath + '/counts',
            schemaPath: '#/properties/counts/required',
            keyword: 'required',
            params: { missingProperty: 'errors' },
            message: "must have required property '" + 'errors' + "'",
          };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (data10.warnings === undefined) {
          const err43 = {
            instancePath: instancePath + '/counts',
            schemaPath: '#/properties/counts/required',
            keyword: 'required',
            params: { missingProperty: 'warnings' },
            message: "must have required property '" + 'warnings' + "'",
          };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        for (const key2 in data10) {
          if (!func1.call(schema31.properties.counts.properties, key2)) {
            const err44 = {
              instancePath: instancePath + '/counts',
              schemaPath: '#/properties/counts/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data10.set !== undefined) {
          let data11 = data10.set;
          if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
            const err45 = {
              instancePath: instancePath + '/counts/set',
              schemaPath: '#/$defs/count/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          if (typeof data11 == 'number' && isFinite(data11)) {
            if (data11 < 0 || isNaN(data11)) {
              const err46 = {
                instancePath: instancePath + '/counts/set',
                schemaPath: '#/$defs/count/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
        }
        if (data10.update !== undefined) {
          let data12 = data10.update;
          if (!(typeof data12 == 'number' && !(data12 % 1) && !isNaN(data12) && isFinite(data12))) {
            const err47 = {
              instancePath: instancePath + '/counts/update',
              schemaPath: '#/$defs/count/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          if (typeof data12 == 'number' && isFinite(data12)) {
            if (data12 < 0 || isNaN(data12)) {
              const err48 = {
                instancePath: instancePath + '/counts/update',
                schemaPath: '#/$defs/count/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          }
        }
        if (data10.reset !== undefined) {
          let data13 = data10.reset;
          if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
            const err49 = {
              instancePath: instancePath + '/counts/reset',
              schemaPath: '#/$defs/count/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          if (typeof data13 == 'number' && isFinite(data13)) {
            if (data13 < 0 || isNaN(data13)) {
              const err50 = {
                instancePath: instancePath + '/counts/reset',
                schemaPath: '#/$defs/count/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          }
        }
        if (data10.unchanged !== undefined) {
          let data14 = data10.unchanged;
          if (!(typeof data14 == 'number' && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
            const err51 = {
              instancePath: instancePath + '/counts/unchanged',
              schemaPath: '#/$defs/count/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          if (typeof data14 == 'number' && isFinite(data14)) {
            if (data14 < 0 || isNaN(data14)) {
              const err52 = {
                instancePath: instancePath + '/counts/unchanged',
                schemaPath: '#/$defs/count/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          }
        }
        if (data10.unmanaged !== undefined) {
          let data15 = data10.unmanaged;
          if (!(typeof data15 == 'number' && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
            const err53 = {
              instancePath: instancePath + '/counts/unmanaged',
              schemaPath: '#/$defs/count/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          if (typeof data15 == 'number' && isFinite(data15)) {
            if (data15 < 0 || isNaN(data15)) {
              const err54 = {
                instancePath: instancePath + '/counts/unmanaged',
                schemaPath: '#/$defs/count/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          }
        }
        if (data10.changes !== undefined) {
          let data16 = data10.changes;
          if (!(typeof data16 == 'number' && !(data16 % 1) && !isNaN(data16) && isFinite(data16))) {
            const err55 = {
              instancePath: instancePath + '/counts/changes',
              schemaPath: '#/$defs/count/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
          if (typeof data16 == 'number' && isFinite(data16)) {
            if (data16 < 0 || isNaN(data16)) {
              const err56 = {
                instancePath: instancePath + '/counts/changes',
                schemaPath: '#/$defs/count/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
        }
        if (data10.changedActions !== undefined) {
          let data17 = data10.changedActions;
          if (!(typeof data17 == 'number' && !(data17 % 1) && !isNaN(data17) && isFinite(data17))) {
            const err57 = {
              instancePath: instancePath + '/counts/changedActions',
              schemaPath: '#/$defs/count/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
          if (typeof data17 == 'number' && isFinite(data17)) {
            if (data17 < 0 || isNaN(data17)) {
              const err58 = {
                instancePath: instancePath + '/counts/changedActions',
                schemaPath: '#/$defs/count/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          }
        }
        if (data10.errors !== undefined) {
          let data18 = data10.errors;
          if (!(typeof data18 == 'number' && !(data18 % 1) && !isNaN(data18) && isFinite(data18))) {
            const err59 = {
              instancePath: instancePath + '/counts/errors',
              schemaPath: '#/$defs/count/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          if (typeof data18 == 'number' && isFinite(data18)) {
            if (data18 < 0 || isNaN(data18)) {
              const err60 = {
                instancePath: instancePath + '/counts/errors',
                schemaPath: '#/$defs/count/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
          }
        }
        if (data10.warnings !== undefined) {
          let data19 = data10.warnings;
          if (!(typeof data19 == 'number' && !(data19 % 1) && !isNaN(data19) && isFinite(data19))) {
            const err61 = {
              instancePath: instancePath + '/counts/warnings',
              schemaPath: '#/$defs/count/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
          if (typeof data19 == 'number' && isFinite(data19)) {
            if (data19 < 0 || isNaN(data19)) {
              const err62 = {
                instancePath: instancePath + '/counts/warnings',
                schemaPath: '#/$defs/count/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          }
        }
      } else {
        const err63 = {
          instancePath: instancePath + '/counts',
          schemaPath: '#/properties/counts/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.entries !== undefined) {
      let data20 = data.entries;
      if (Array.isArray(data20)) {
        const len0 = data20.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate21(data20[i0], {
              instancePath: instancePath + '/entries/' + i0,
              parentData: data20,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err64 = {
          instancePath: instancePath + '/entries',
          schemaPath: '#/properties/entries/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data.errors !== undefined) {
      let data22 = data.errors;
      if (Array.isArray(data22)) {
        const len1 = data22.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (
            !validate23(data22[i1], {
              instancePath: instancePath + '/errors/' + i1,
              parentData: data22,
              parentDataProperty: i1,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err65 = {
          instancePath: instancePath + '/errors',
          schemaPath: '#/properties/errors/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.warnings !== undefined) {
      let data24 = data.warnings;
      if (Array.isArray(data24)) {
        const len2 = data24.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (
            !validate23(data24[i2], {
              instancePath: instancePath + '/warnings/' + i2,
              parentData: data24,
              parentDataProperty: i2,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err66 = {
          instancePath: instancePath + '/warnings',
          schemaPath: '#/properties/warnings/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.notes !== undefined) {
      let data26 = data.notes;
      if (Array.isArray(data26)) {
        const len3 = data26.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data26[i3] !== 'string') {
            const err67 = {
              instancePath: instancePath + '/notes/' + i3,
              schemaPath: '#/properties/notes/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
      } else {
        const err68 = {
          instancePath: instancePath + '/notes',
          schemaPath: '#/properties/notes/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
  } else {
    const err69 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err69];
    } else {
      vErrors.push(err69);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
