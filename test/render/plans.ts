import type { Plan, PlanEntry, PlanProblem } from '../../src/plan/types.js';

/** Plans built by hand, so these tests depend on the model only, not on how plans are computed. */

export const FINGERPRINT = '9c1e5f0b7d3a2e4f6a8b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5';
export const EMPTY_FINGERPRINT = '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945';

type EntrySpec = Pick<PlanEntry, 'op' | 'actionName'> & Partial<PlanEntry>;

export function entry(spec: EntrySpec): PlanEntry {
  const managed = spec.op !== 'unmanaged';
  return {
    actionId: `custom_-_${spec.actionName.length}-${spec.op}`,
    integrationId: 'int-1',
    integrationName: 'ERP Web Services',
    category: 'ERP',
    field: 'timeoutSeconds',
    from: 10,
    to: spec.op === 'unchanged' || spec.op === 'unmanaged' ? (spec.from ?? 10) : 15,
    version: 3,
    entryIndex: managed ? 0 : null,
    line: managed ? 12 : null,
    selector: managed ? 'name' : null,
    reason: null,
    latency: null,
    usedBy: null,
    ...spec,
  };
}

export function problem(
  severity: PlanProblem['severity'],
  message: string,
  line: number | null = null,
): PlanProblem {
  return {
    severity,
    code: severity === 'error' ? 'unknown-name' : 'policy',
    message,
    line,
    column: line === null ? null : 5,
    entryIndex: line === null ? null : 0,
    actionId: null,
  };
}

export function plan(
  entries: PlanEntry[],
  problems: PlanProblem[] = [],
  overrides: Partial<Pick<Plan, 'label' | 'manifest' | 'region' | 'fingerprint' | 'notes'>> = {},
): Plan {
  const count = (op: PlanEntry['op']): number => entries.filter((e) => e.op === op).length;
  const changed = entries.filter((e) => ['set', 'update', 'reset'].includes(e.op));
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  return {
    format: 1,
    tool: { name: 'gc-timeouts', version: '0.1.0' },
    label: 'production',
    manifest: 'gc-timeouts.yaml',
    region: 'us-east-1',
    fingerprint: changed.length === 0 ? EMPTY_FINGERPRINT : FINGERPRINT,
    counts: {
      set: count('set'),
      update: count('update'),
      reset: count('reset'),
      unchanged: count('unchanged'),
      unmanaged: count('unmanaged'),
      changes: changed.length,
      changedActions: new Set(changed.map((e) => e.actionId)).size,
      errors: errors.length,
      warnings: warnings.length,
    },
    entries,
    errors,
    warnings,
    notes: [],
    ...overrides,
  };
}

/** update, set, reset, two unchanged, one unmanaged, an error and a warning. */
export function typicalPlan(): Plan {
  return plan(
    [
      entry({
        op: 'update',
        actionName: 'Get Customer Order',
        from: 10,
        to: 15,
        line: 12,
        reason: 'ERP p99 is 11 s since the March upgrade',
      }),
      entry({
        op: 'update',
        actionName: 'Score Lead',
        integrationName: 'Lead Functions',
        field: 'functionTimeoutSeconds',
        from: 5,
        to: 12,
        line: 22,
      }),
      entry({
        op: 'set',
        actionName: 'Lookup Account',
        integrationName: 'Salesforce',
        from: null,
        to: 20,
        line: 18,
        selector: 'match',
      }),
      entry({ op: 'reset', actionName: 'Legacy Lookup', from: 30, to: null, line: 25 }),
      entry({ op: 'unchanged', actionName: 'Get Invoice', from: 15, line: 14 }),
      entry({ op: 'unchanged', actionName: 'Get Shipment', from: null, to: null, line: 16 }),
      entry({ op: 'unmanaged', actionName: 'Create Ticket', integrationName: 'Zendesk', from: 45 }),
    ],
    [
      problem(
        'error',
        'actions[5]: no action is named "Get Custmer"; did you mean "Get Customer Order"?',
        30,
      ),
      problem(
        'warning',
        'unmanaged "Create Ticket" (Zendesk) has a live timeout of 45 s, above policy.maxTimeoutSeconds (40)',
      ),
    ],
  );
}

/** `n` update rows, as a match selector over a big org would produce. */
export function hugePlan(n: number): Plan {
  const entries = Array.from({ length: n }, (_, i) =>
    entry({
      op: 'update',
      actionName: `Lookup Order ${String(i).padStart(5, '0')}`,
      actionId: `custom_-_${String(i).padStart(8, '0')}`,
      integrationName: `Integration ${i % 40}`,
      line: 7,
      selector: 'match',
      reason: 'raise every lookup for the holiday peak',
    }),
  );
  return plan(entries);
}
