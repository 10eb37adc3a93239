import * as core from '@actions/core';
import type { Redactor } from '../util/redact.js';
import type { FailureReason } from '../util/errors.js';
import { isChange, type ApplyReport, type Plan } from '../plan/types.js';
import { renderJsonChunks } from '../render/json.js';

/** Every output of action.yml, set in every mode so a later step never reads an unset one. */
export interface Outputs {
  hasChanges: boolean;
  changes: number;
  planJson: string;
  fingerprint: string;
  drift: boolean;
  applied: number;
  failed: number;
  failureReason: FailureReason | '';
  commentUrl: string;
  /** Path of the apply report (apply mode), empty otherwise. */
  applyReport: string;
}

export function emptyOutputs(): Outputs {
  return {
    hasChanges: false,
    changes: 0,
    planJson: '',
    fingerprint: '',
    drift: false,
    applied: 0,
    failed: 0,
    failureReason: '',
    commentUrl: '',
    applyReport: '',
  };
}

/** GitHub keeps at most 1 MB of outputs per job; the plan must leave room for the rest. */
export const MAX_PLAN_OUTPUT = 512 * 1024;

/** The outputs of a plan; `fit` says how much of it the plan-json output holds (planOutputFit). */
export function planOutputs(plan: Plan, fit = planOutputFit(plan)): Partial<Outputs> {
  return {
    hasChanges: plan.counts.changes > 0,
    changes: plan.counts.changes,
    planJson: fit.json,
    fingerprint: plan.fingerprint,
  };
}

/** The plan-json output, and whether it is the whole plan, only its changes, or nothing. */
export interface OutputFit {
  json: string;
  holds: 'plan' | 'changes' | 'nothing';
}

/**
 * The plan for the plan-json output: whole when it fits, else only its changes (counts, problems
 * and fingerprint stay whole), without whitespace, else empty. Each is rendered a piece at a time
 * and given up as soon as it passes `max`: the JSON of a plan over 100,000 actions is some 80 MB,
 * and made whole (then its changes made, parsed and made again) for an output of 512 KiB it took
 * the Action past half a gigabyte. The full plan is always in the saved plan file.
 */
export function planOutputFit(plan: Plan, max = MAX_PLAN_OUTPUT): OutputFit {
  // The trailing newline of the file's layout is not part of the output.
  const full = upTo(renderJsonChunks(plan), max + 1)?.trimEnd();
  if (full !== undefined && full.length <= max) return { json: full, holds: 'plan' };
  const changes = { ...plan, entries: plan.entries.filter((e) => isChange(e.op)) };
  const compact = upTo(renderJsonChunks(changes, {}, 'compact'), max);
  return compact === undefined
    ? { json: '', holds: 'nothing' }
    : { json: compact, holds: 'changes' };
}

export function planOutput(plan: Plan, max = MAX_PLAN_OUTPUT): string {
  return planOutputFit(plan, max).json;
}

/** The pieces' text when it is at most `max` characters; undefined, read no further, when longer. */
function upTo(pieces: Iterable<string>, max: number): string | undefined {
  const kept: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    length += piece.length;
    if (length > max) return undefined;
    kept.push(piece);
  }
  return kept.join('');
}

export function applyOutputs(report: ApplyReport): Partial<Outputs> {
  return { applied: report.counts.applied, failed: report.counts.failed };
}

/** The failure reasons action.yml documents; any other leaves the output empty. */
const DOCUMENTED: readonly FailureReason[] = [
  'invalid-manifest',
  'plan-errors',
  'plan-changed',
  'version-conflict',
  'apply-failed',
  'rate-limited',
  'auth-failed',
  'drift',
  'network-error',
  'timeout',
  'server-error',
  'protocol-error',
  'api-error',
  'internal-error',
  'usage',
];

export function writeOutputs(outputs: Outputs, redactor: Redactor): void {
  core.setOutput('has-changes', String(outputs.hasChanges));
  core.setOutput('changes', String(outputs.changes));
  // Structured: only registered secrets are masked, so no action name is rewritten.
  core.setOutput('plan-json', redactor.redactSecrets(outputs.planJson));
  core.setOutput('fingerprint', outputs.fingerprint);
  core.setOutput('drift', String(outputs.drift));
  core.setOutput('applied', String(outputs.applied));
  core.setOutput('failed', String(outputs.failed));
  core.setOutput(
    'failure-reason',
    outputs.failureReason !== '' && DOCUMENTED.includes(outputs.failureReason)
      ? outputs.failureReason
      : '',
  );
  core.setOutput('comment-url', redactor.redact(outputs.commentUrl));
  core.setOutput('apply-report', redactor.redact(outputs.applyReport));
}
