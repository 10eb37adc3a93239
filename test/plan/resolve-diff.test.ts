import { describe, expect, it } from 'vitest';
import { validateManifestText } from '../../src/manifest/validate.js';
import { buildPlan } from '../../src/plan/diff.js';
import { action, planYaml, rows } from './fixtures.js';

const ORG = [
  action('Get Customer Order', { timeoutSeconds: 10, category: 'ERP' }),
  action('Get Customer Order', {
    integrationName: 'Salesforce CRM',
    category: 'Salesforce',
    timeoutSeconds: 8,
  }),
  action('Create Return Authorization'),
  action('Legacy Order Lookup', { timeoutSeconds: 3 }),
  action('Lookup Account by Phone', {
    integrationName: 'Salesforce CRM',
    category: 'Salesforce',
    timeoutSeconds: 3,
  }),
  action('Lookup Contact by Email', {
    integrationName: 'Salesforce CRM',
    category: 'Salesforce',
    timeoutSeconds: 3,
  }),
  action('Lookup Case/Number', { integrationName: 'Salesforce CRM', category: 'Salesforce' }),
  action('Score Lead', {
    integrationName: 'Scoring Functions',
    category: 'Function Data Actions',
    kind: 'function',
    timeoutSeconds: 20,
    functionTimeoutSeconds: 15,
  }),
  action('Get User', {
    id: 'static_e7b86b86-0001',
    integrationName: 'Genesys Cloud Data Actions',
    kind: 'static',
  }),
  action('Payments Login', {
    id: 'customAuth_-_pay-1',
    integrationName: 'Payments Gateway',
    kind: 'custom-auth',
  }),
];

const header = 'version: 1\nactions:\n';

describe('diff operations', () => {
  it('sets, updates, resets and leaves unchanged, reading an absent timeout as the default', () => {
    const plan = planYaml(
      `${header}  - { name: Create Return Authorization, timeoutSeconds: 25 }
  - { name: Get Customer Order, integration: ERP Web Services, timeoutSeconds: 15 }
  - { name: Legacy Order Lookup, timeoutSeconds: default }
  - { name: Lookup Account by Phone, timeoutSeconds: 3 }
  - { name: Lookup Case/Number, timeoutSeconds: default }
`,
      ORG,
    );
    expect(rows(plan)).toEqual([
      'update Get Customer Order timeoutSeconds 10→15 @4',
      'set Create Return Authorization timeoutSeconds default→25 @3',
      'reset Legacy Order Lookup timeoutSeconds 3→default @5',
      'unchanged Lookup Account by Phone timeoutSeconds 3→3 @6',
      'unchanged Lookup Case/Number timeoutSeconds default→default @7',
    ]);
    expect(plan.counts).toMatchObject({
      set: 1,
      update: 1,
      reset: 1,
      unchanged: 2,
      changes: 3,
      changedActions: 3,
      errors: 0,
    });
  });

  it('plans the function timeout of a function data action separately from its config timeout', () => {
    const plan = planYaml(
      `${header}  - { name: Score Lead, timeoutSeconds: 20, functionTimeoutSeconds: 12 }\n`,
      ORG,
    );
    expect(rows(plan)).toEqual([
      'update Score Lead functionTimeoutSeconds 15→12 @3',
      'unchanged Score Lead timeoutSeconds 20→20 @3',
    ]);
  });
});

describe('precedence', () => {
  it('lets a name entry beat a match entry, wherever they stand in the file', () => {
    const plan = planYaml(
      `${header}  - { name: Lookup Account by Phone, timeoutSeconds: 8 }
  - { match: { category: Salesforce, name: 'Lookup *' }, timeoutSeconds: 20 }
`,
      ORG,
    );
    expect(rows(plan)).toEqual([
      'update Lookup Account by Phone timeoutSeconds 3→8 @3',
      'update Lookup Contact by Email timeoutSeconds 3→20 @4',
      'set Lookup Case/Number timeoutSeconds default→20 @4',
    ]);
    expect(plan.entries.map((e) => e.selector)).toEqual(['name', 'match', 'match']);
  });

  it('lets the last of several matching match entries win, and records its line', () => {
    const plan = planYaml(
      `${header}  - { match: { integration: 'Salesforce*' }, timeoutSeconds: 12 }
  - { match: { name: 'Lookup Contact*' }, timeoutSeconds: 30 }
`,
      ORG.filter(
        (a) => a.name === 'Lookup Contact by Email' || a.name === 'Lookup Account by Phone',
      ),
    );
    expect(rows(plan)).toEqual([
      'update Lookup Account by Phone timeoutSeconds 3→12 @3',
      'update Lookup Contact by Email timeoutSeconds 3→30 @4',
    ]);
  });

  it('decides each field separately: a name entry setting only the function timeout keeps a match timeout', () => {
    const plan = planYaml(
      `${header}  - { match: { category: 'Function*' }, timeoutSeconds: 25 }
  - { name: Score Lead, functionTimeoutSeconds: 10 }
`,
      ORG,
    );
    expect(rows(plan)).toEqual([
      'update Score Lead functionTimeoutSeconds 15→10 @4',
      'update Score Lead timeoutSeconds 20→25 @3',
    ]);
  });

  it('matches globs across slashes and braces in names, and skips static and custom-auth actions', () => {
    const plan = planYaml(
      `${header}  - { match: { name: '{Lookup Case/*,Get User,Payments*}' }, timeoutSeconds: 9 }\n`,
      ORG,
    );
    expect(rows(plan)).toEqual(['set Lookup Case/Number timeoutSeconds default→9 @3']);
  });
});

describe('live-side errors', () => {
  const cases: { name: string; yaml: string; code: string; message: RegExp }[] = [
    {
      name: 'unknown name with suggestions',
      yaml: '  - { name: Get Custmer Order, integration: ERP Web Services, timeoutSeconds: 5 }',
      code: 'unknown-name',
      message:
        /no action named "Get Custmer Order" in integration "ERP Web Services"; did you mean "Get Customer Order"\?/,
    },
    {
      name: 'name present only in another integration',
      yaml: '  - { name: Create Return Authorization, integration: Salesforce CRM, timeoutSeconds: 5 }',
      code: 'unknown-name',
      message: /it exists in integration "ERP Web Services", category "ERP"/,
    },
    {
      name: 'ambiguous name listing candidates with integrations',
      yaml: '  - { name: Get Customer Order, timeoutSeconds: 5 }',
      code: 'ambiguous-name',
      message:
        /matches 2 actions: ERP Web Services \/ ERP \(custom_-_[^)]+\), Salesforce CRM \/ Salesforce .*narrow it with integration or category, or select by id/,
    },
    {
      name: 'unknown id',
      yaml: '  - { id: custom_-_nope, timeoutSeconds: 5 }',
      code: 'unknown-id',
      message: /no action has id "custom_-_nope"/,
    },
    {
      name: 'static action',
      yaml: '  - { name: Get User, timeoutSeconds: 5 }',
      code: 'static-action',
      message: /built-in \(static\) action/,
    },
    {
      name: 'custom-auth action',
      yaml: '  - { id: customAuth_-_pay-1, timeoutSeconds: 5 }',
      code: 'custom-auth-action',
      message: /custom authentication action/,
    },
    {
      name: 'function timeout on a non-function action',
      yaml: '  - { name: Legacy Order Lookup, functionTimeoutSeconds: 5 }',
      code: 'not-a-function-action',
      message: /not a function data action \(integration type custom-rest-actions\)/,
    },
    {
      name: 'two entries selecting one action (id and name)',
      yaml: '  - { name: Legacy Order Lookup, timeoutSeconds: 5 }\n  - { id: custom_-_erpwebservices-legacy-order-lookup, timeoutSeconds: 6 }',
      code: 'duplicate-target',
      message:
        /actions\[1\]: selects "Legacy Order Lookup" .* which actions\[0\] \(line 3\) already selects/,
    },
  ];

  it.each(cases)('$name', ({ yaml, code, message }) => {
    const plan = planYaml(`${header}${yaml}\n`, ORG);
    expect(plan.errors).toHaveLength(1);
    expect(plan.errors[0]?.code).toBe(code);
    expect(plan.errors[0]?.message).toMatch(message);
    expect(plan.errors[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('warns about a match that selects nothing', () => {
    const plan = planYaml(
      `${header}  - { match: { category: Billing }, timeoutSeconds: 5 }\n`,
      ORG,
    );
    expect(plan.errors).toEqual([]);
    expect(plan.warnings.map((w) => w.code)).toEqual(['no-match']);
  });
});

describe('policy', () => {
  it('refuses a plan that changes more actions than maxChanges', () => {
    const plan = planYaml(
      `version: 1\npolicy: { maxChanges: 2 }\nactions:\n  - { match: { integration: '*' }, timeoutSeconds: 7 }\n`,
      ORG,
    );
    expect(plan.counts.changedActions).toBe(8);
    expect(plan.errors.map((e) => e.message)).toEqual([
      'the plan changes 8 actions, more than policy.maxChanges (2); check the match globs, or raise the limit if this is intended',
    ]);
  });

  it('lists unmanaged actions when asked, and fails the plan with unmanaged: fail', () => {
    const yaml = (mode: string): string =>
      `version: 1\npolicy: { unmanaged: ${mode}, minTimeoutSeconds: 5 }\nactions:\n  - { name: Score Lead, timeoutSeconds: 20 }\n`;
    expect(planYaml(yaml('ignore'), ORG).counts.unmanaged).toBe(0);
    const report = planYaml(yaml('report'), ORG);
    expect(report.counts.unmanaged).toBe(7);
    expect(report.entries.filter((e) => e.op === 'unmanaged').every((e) => e.line === null)).toBe(
      true,
    );
    expect(report.errors).toEqual([]);
    expect(report.warnings.filter((w) => w.code === 'policy').map((w) => w.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          '"Legacy Order Lookup" (ERP Web Services) has a live timeout of 3 s, below policy.minTimeoutSeconds (5)',
        ),
      ]),
    );
    const fail = planYaml(yaml('fail'), ORG);
    expect(fail.errors.map((e) => e.code)).toEqual(['unmanaged']);
  });
});

describe('fingerprint', () => {
  const yaml = `${header}  - { name: Create Return Authorization, timeoutSeconds: 25 }\n  - { name: Legacy Order Lookup, timeoutSeconds: default }\n`;

  it('is stable across entry order and unchanged rows, and changes when a value does', () => {
    const a = planYaml(yaml, ORG);
    const reordered = planYaml(
      `${header}  - { name: Legacy Order Lookup, timeoutSeconds: default }\n  - { name: Create Return Authorization, timeoutSeconds: 25 }\n  - { name: Lookup Account by Phone, timeoutSeconds: 3 }\n`,
      [...ORG].reverse(),
    );
    expect(reordered.fingerprint).toBe(a.fingerprint);
    const different = planYaml(yaml.replace('25', '26'), ORG);
    expect(different.fingerprint).not.toBe(a.fingerprint);
    expect(a.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when the live value moved, even if the desired value did not', () => {
    const a = planYaml(yaml, ORG);
    const moved = ORG.map((x) =>
      x.name === 'Legacy Order Lookup' ? { ...x, timeoutSeconds: 4 } : x,
    );
    expect(planYaml(yaml, moved).fingerprint).not.toBe(a.fingerprint);
  });
});

describe('observed latency', () => {
  const live = [
    action('Score Lead', {
      integrationName: 'Scoring Functions',
      kind: 'function',
      timeoutSeconds: 20,
      functionTimeoutSeconds: 15,
    }),
    action('Get Customer Order', { timeoutSeconds: 10 }),
    action('Quiet Action', { timeoutSeconds: 2 }),
  ];
  const id = (name: string): string => live.find((a) => a.name === name)?.id ?? '';
  const latency = {
    days: 7,
    byAction: new Map([
      [id('Score Lead'), { count: 1900, p95: 9200, p99: 13500 }],
      [id('Get Customer Order'), { count: 2400, p95: 9000, p99: 11000 }],
      [id('Quiet Action'), { count: 5, p95: 9000, p99: 9500 }],
    ]),
  };

  function planWith(yaml: string) {
    const result = validateManifestText(yaml, 'gc-timeouts.yaml');
    if (result.manifest === undefined || result.source === undefined) throw new Error('invalid');
    const source = result.source;
    return buildPlan(
      {
        manifest: result.manifest,
        manifestPath: 'm',
        label: 'l',
        region: 'us-east-1',
        live,
        locate: (p) => source.locate(p),
      },
      { latency },
    );
  }

  it('warns when a new timeout is below the observed p99, and says how many runs would fail', () => {
    const plan = planWith(
      `${header}  - { name: Score Lead, functionTimeoutSeconds: 12 }\n  - { name: Get Customer Order, timeoutSeconds: 15 }\n`,
    );
    expect(plan.warnings.map((w) => w.message)).toEqual([
      '"Score Lead" (Scoring Functions): the planned functionTimeoutSeconds of 12 s is below the observed p99 of 13.5 s over 7 days (1,900 runs); more than 1 run in 100 would time out',
    ]);
    expect(plan.warnings[0]?.line).toBe(3);
    expect(plan.entries.find((e) => e.actionName === 'Get Customer Order')?.latency).toEqual({
      days: 7,
      count: 2400,
      p95Ms: 9000,
      p99Ms: 11000,
    });
  });

  it('flags an unchanged timeout that is already too short, below p95 as 1 run in 20', () => {
    const plan = planWith(`${header}  - { name: Get Customer Order, timeoutSeconds: 8 }\n`);
    expect(plan.warnings.map((w) => w.message)).toEqual([
      '"Get Customer Order" (ERP Web Services): the planned timeoutSeconds of 8 s is below the observed p99 of 11.0 s over 7 days (2,400 runs); more than 1 run in 20 would time out',
    ]);
    const unchanged = planWith(`${header}  - { name: Get Customer Order, timeoutSeconds: 10 }\n`);
    expect(unchanged.warnings[0]?.message).toContain(
      'its timeoutSeconds of 10 s is below the observed p99',
    );
  });

  it('ignores too few runs, unmanaged actions, and never changes the fingerprint', () => {
    const plan = planWith(
      `version: 1\npolicy: { unmanaged: report }\nactions:\n  - { name: Quiet Action, timeoutSeconds: 3 }\n`,
    );
    expect(plan.warnings.filter((w) => w.code === 'latency')).toEqual([]);
    expect(plan.entries.find((e) => e.op === 'unmanaged')?.latency).toBeNull();
    const without = planYaml(
      `${header}  - { name: Score Lead, functionTimeoutSeconds: 12 }\n`,
      live,
    );
    expect(
      planWith(`${header}  - { name: Score Lead, functionTimeoutSeconds: 12 }\n`).fingerprint,
    ).toBe(without.fingerprint);
  });
});
