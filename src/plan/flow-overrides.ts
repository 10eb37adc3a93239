import type { Policy } from '../manifest/types.js';
import { overridesChange, waitVerdict } from './flow-wait-verdict.js';
import type { Locate } from './resolve.js';
import { isChange, type FlowWait, type PlanEntry, type PlanProblem } from './types.js';

/**
 * The `policy.flowOverrides` rule over the flows' own waits on a plan's rows. Pure.
 * Evidence never changes what the plan does (ops, values, fingerprint); only `fail` turns a flow
 * that cuts a change short into an error that stops the apply.
 */

export type FlowOverridesPolicy = 'ignore' | 'warn' | 'fail';
export const DEFAULT_FLOW_OVERRIDES: FlowOverridesPolicy = 'warn';

/** What each flow waits, per action id then flow id, and why some were not read. */
export interface FlowWaitEvidence {
  byAction: ReadonlyMap<string, ReadonlyMap<string, FlowWait>>;
  /** Said once in the plan's notes; undefined when every flow in the bound was read. */
  note: string | undefined;
}

/**
 * One finding per changed row and flow whose own wait is shorter than the action's new timeout:
 * the change does not reach (or only partly reaches) that flow's calls.
 */
export function flowOverrideProblems(
  entries: readonly PlanEntry[],
  policy: Policy,
  locate?: Locate,
): PlanProblem[] {
  const setting = policy.flowOverrides ?? DEFAULT_FLOW_OVERRIDES;
  if (setting === 'ignore') return [];
  const severity = setting === 'fail' ? 'error' : 'warning';
  return entries.flatMap((e) => {
    if (!isChange(e.op) || e.usedBy === null) return [];
    const at = e.entryIndex === null ? undefined : locate?.(['actions', e.entryIndex, e.field]);
    return e.usedBy.flatMap((flow): PlanProblem[] => {
      if (flow.waits === undefined) return [];
      const verdict = waitVerdict(flow.name, flow.waits, e);
      if (!overridesChange(verdict.effect)) return [];
      const why = setting === 'fail' ? ' (policy.flowOverrides: fail)' : '';
      return [
        {
          severity,
          code: 'flow-override',
          message: `${JSON.stringify(e.actionName)} (${e.integrationName}): ${verdict.text}${why}`,
          line: at?.line ?? e.line,
          column: at?.column ?? null,
          entryIndex: e.entryIndex,
          actionId: e.actionId,
        },
      ];
    });
  });
}
