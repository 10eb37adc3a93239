import type { PlanEntry, PlanFlow } from '../plan/types.js';

/**
 * The flow and failure evidence of a plan row in the plan file's documented key order
 * (docs/plan-json.md, "Flow evidence"). Optional keys are left out when not read.
 */

export function orderedFlow(f: PlanFlow): PlanFlow {
  return {
    id: f.id,
    name: f.name,
    type: f.type,
    ...(f.waits === undefined
      ? {}
      : {
          waits: {
            kind: f.waits.kind,
            seconds: f.waits.seconds,
            calls: f.waits.calls,
            ownCalls: f.waits.ownCalls,
            why: f.waits.why,
          },
        }),
  };
}

export function flowEvidenceFields(e: PlanEntry): Pick<PlanEntry, 'failures' | 'calledFrom'> {
  return {
    ...(e.failures === undefined
      ? {}
      : {
          failures: {
            days: e.failures.days,
            runs: e.failures.runs,
            failed: e.failures.failed,
            groups: e.failures.groups.map((g) => ({
              errorType: g.errorType,
              responseStatus: g.responseStatus,
              count: g.count,
            })),
          },
        }),
    ...(e.calledFrom === undefined
      ? {}
      : {
          calledFrom: e.calledFrom.map((c) => ({
            file: c.file,
            line: c.line,
            flow: c.flow,
            timeout: c.timeout,
          })),
        }),
  };
}
