import { thousands } from '../util/plural.js';
import { waitVerdict } from '../plan/flow-wait-verdict.js';
import { YAML_CANNOT_TELL } from '../plan/repo-flows.js';
import type { ObservedFailures, PlanEntry, RepoFlowCall } from '../plan/types.js';
import { formatLatency } from './format.js';

/** "used by 3 flows: Main IVR, Billing Queue, Where Is My Order", the same words in every rendering. */

/** Dependency tracking is rebuilt after flow changes (GENESYS_API.md §11): say how fresh it is. */
export const FLOWS_AS_OF = 'as of the last dependency build';

export interface FlowName {
  name: string;
}

/** Names up to `max`, then "and N more"; `null` flows (not read) give undefined. */
export function usedByText(flows: readonly FlowName[] | null, max = 3): string | undefined {
  if (flows === null) return undefined;
  if (flows.length === 0) return 'used by no flow';
  const names = flows.slice(0, max).map((f) => f.name);
  const more = flows.length - names.length;
  const list = more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
  return `used by ${flows.length} flow${flows.length === 1 ? '' : 's'}: ${list}`;
}

/** What each flow that was read waits, against the change: one sentence per flow. */
export function flowWaitTexts(entry: PlanEntry): string[] {
  return (entry.usedBy ?? []).flatMap((f) =>
    f.waits === undefined ? [] : [waitVerdict(f.name, f.waits, entry).text],
  );
}

/** "2.1 % of 14,200 runs failed, errorType X"; undefined when not read. */
export function failureText(failures: ObservedFailures | undefined): string | undefined {
  if (failures === undefined || failures.runs === 0) return undefined;
  const runs = thousands(failures.runs);
  if (failures.failed === 0) return `none of ${runs} runs failed`;
  const share = (100 * failures.failed) / failures.runs;
  const shown = share < 0.1 ? '< 0.1' : share.toFixed(1);
  const top = failures.groups[0];
  const kind =
    top === undefined
      ? ''
      : top.errorType !== null
        ? `, errorType ${top.errorType}`
        : top.responseStatus !== null
          ? `, responseStatus ${top.responseStatus}`
          : '';
  const more = failures.groups.length > 1 ? ` and ${failures.groups.length - 1} more` : '';
  return `${shown} % of ${runs} runs failed${kind}${more}`;
}

/** The observed p99 and, beside it, the failure share: "11.2 s · 2.1 % of 14,200 runs failed". */
export function latencyCell(entry: PlanEntry): string {
  const p99 = formatLatency(entry.latency);
  // Beside a p99 only: the column is the p99's, and a plan without percentiles shows none.
  if (p99 === '') return '';
  return [p99, failureText(entry.failures) ?? ''].filter((s) => s !== '').join(' · ');
}

/**
 * "called from flows/ivr.yaml:120 (Main IVR), …"; undefined when no flow file was named or none
 * calls the action (said on every other change, it would bury the ones that matter).
 */
export function calledFromText(
  calls: readonly RepoFlowCall[] | undefined,
  max = 5,
): string | undefined {
  if (calls === undefined) return undefined;
  if (calls.length === 0) return undefined;
  const shown = calls.slice(0, max).map((c) => {
    const flow = c.flow === null ? '' : ` (${c.flow})`;
    const timeout = c.timeout === null ? '' : `, timeout ${c.timeout}`;
    return `${c.file}:${c.line}${flow}${timeout}`;
  });
  const more = calls.length > max ? ` and ${calls.length - max} more` : '';
  return `called from ${shown.join(', ')}${more}; ${YAML_CANNOT_TELL}`;
}

/** Every line of flow evidence for a changed row, the "used by" sentence first. */
export function flowEvidenceTexts(entry: PlanEntry): string[] {
  return [
    usedByText(entry.usedBy),
    ...flowWaitTexts(entry),
    calledFromText(entry.calledFrom),
  ].filter((s): s is string => s !== undefined);
}

/**
 * Offline (validate, fork pull requests without credentials): each manifest entry that names an
 * action, and the repository flow files that call it. "Get Customer Order: called from …".
 */
export function offlineFlowLines(
  entries: readonly { label: string; calls: readonly RepoFlowCall[] }[],
): string[] {
  const lines = entries.flatMap((e) => {
    const text = calledFromText(e.calls);
    return e.calls.length === 0 || text === undefined ? [] : [`  ${e.label}: ${text}`];
  });
  return lines.length === 0
    ? []
    : ['Flow files in the repository that call the managed actions:', ...lines];
}
