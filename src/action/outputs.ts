import * as core from '@actions/core';
import type { Redactor } from '../util/redact.js';
import type { FailureReason } from '../util/errors.js';
import { isChange, type ApplyReport, type Plan } from '../plan/types.js';
import { renderJson } from '../render/json.js';

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

/** The outputs of a plan; `json` is its rendering (renderJson), made once per run. */
export function planOutputs(plan: Plan, json: string): Partial<Outputs> {
  return {
    hasChanges: plan.counts.changes > 0,
    changes: plan.counts.changes,
    planJson: planOutput(plan, json),
    fingerprint: plan.fingerprint,
  };
}

/**
 * The plan for the plan-json output: whole when it fits, else only its changes (counts, problems
 * and fingerprint stay whole), else empty. The full plan is always in the saved plan file.
 */
export function planOutput(plan: Plan, json = renderJson(plan), max = MAX_PLAN_OUTPUT): string {
  const full = json.trimEnd();
  if (full.length <= max) return full;
  const changes = JSON.stringify(
    JSON.parse(renderJson({ ...plan, entries: plan.entries.filter((e) => isChange(e.op)) })),
  );
  return changes.length <= max ? changes : '';
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
