import type { ApplyReport, ApplyResult, Plan } from '../plan/types.js';

/**
 * The audit trail of an apply (format 1, docs/apply-report-json.md): what the plan wanted of every
 * action and what became of it. Keys in the documented order, so two reports diff line by line.
 */

export interface ApplyReportDocument {
  format: 1;
  tool: { name: 'gc-timeouts'; version: string };
  label: string;
  manifest: string;
  /** The environment of the manifest applied; absent without environments. */
  environment?: string;
  region: string;
  fingerprint: string;
  /** When the apply finished (ISO-8601, UTC). */
  finishedAt: string;
  counts: { applied: number; alreadyApplied: number; failed: number };
  results: ApplyResult[];
}

export function renderApplyReportJson(plan: Plan, report: ApplyReport, finishedAt: number): string {
  const doc: ApplyReportDocument = {
    format: 1,
    tool: { name: plan.tool.name, version: plan.tool.version },
    label: plan.label,
    manifest: plan.manifest,
    ...(plan.environment === undefined ? {} : { environment: plan.environment }),
    region: plan.region,
    fingerprint: report.fingerprint,
    finishedAt: new Date(finishedAt).toISOString(),
    counts: {
      applied: report.counts.applied,
      alreadyApplied: report.counts.alreadyApplied,
      failed: report.counts.failed,
    },
    results: report.results.map((r) => ({
      actionId: r.actionId,
      actionName: r.actionName,
      integrationName: r.integrationName,
      field: r.field,
      from: r.from,
      to: r.to,
      status: r.status,
      reason: r.reason,
      message: r.message,
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
