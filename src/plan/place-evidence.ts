import type { Policy } from '../manifest/types.js';
import {
  observedLatency,
  usedByOf,
  type FailureEvidence,
  type PlanEvidence,
  type RepoFlowEvidence,
} from './evidence.js';
import { flowOverrideProblems } from './flow-overrides.js';
import { latencyProblems } from './latency-rules.js';
import { repoCallsIndex, repoCallsOf } from './repo-flows.js';
import type { Locate } from './resolve.js';
import { isChange, type ObservedFailures, type PlanEntry, type PlanProblem } from './types.js';

/**
 * Puts everything read for a reviewer on the plan's rows, in place, as the plan is built
 * (diff.ts finishPlan): latency, the flows of each change with what each waits, the failure share
 * and the repository's calls. Pure. Evidence never changes what the plan does (ops, values,
 * fingerprint); only the policy's latency and flow-override rules add problems.
 */
export function placeEvidence(
  entries: PlanEntry[],
  evidence: PlanEvidence,
  policy: Policy,
  locate: Locate | undefined,
): { problems: PlanProblem[]; notes: string[] } {
  const { latency, flows, flowWaits, failures, repoFlows } = evidence;
  const repo = repoFlows === undefined ? undefined : repoCallsIndex(repoFlows.calls);
  for (const e of entries) {
    if (latency !== undefined || flows !== undefined) {
      e.latency = e.entryIndex === null ? null : observedLatency(e.actionId, latency);
      e.usedBy = usedByOf(e, flows, flowWaits);
    }
    if (!isChange(e.op)) continue;
    const failed = failures === undefined ? undefined : failuresOf(e.actionId, failures);
    if (failed !== undefined) e.failures = failed;
    if (repo !== undefined) e.calledFrom = repoCallsOf(e, repo);
  }
  const problems = [
    ...(latency === undefined
      ? []
      : latencyProblems({ entries, policy, observedDays: latency.days, locate })),
    ...(flowWaits === undefined ? [] : flowOverrideProblems(entries, policy, locate)),
  ];
  return { problems, notes: notesOf(evidence, repoFlows) };
}

function failuresOf(id: string, evidence: FailureEvidence): ObservedFailures | undefined {
  const found = evidence.byAction.get(id);
  if (found === undefined || found.runs === 0) return undefined;
  return {
    days: evidence.days,
    runs: found.runs,
    failed: found.failed,
    groups: found.groups.map((g) => ({ ...g })),
  };
}

/** Why some evidence is missing, each said once, in the order it was read. */
function notesOf(evidence: PlanEvidence, repo: RepoFlowEvidence | undefined): string[] {
  const said = [evidence.flows?.note, evidence.flowWaits?.note, evidence.failures?.note];
  return [
    ...(evidence.notes ?? []),
    ...said.filter((n): n is string => n !== undefined),
    ...(repo?.notes ?? []),
  ];
}
