import { escapeMarkdown, inlineCode } from './escape.js';

/**
 * The fleet view: one table over every environment's plan file (the artifacts of a matrix run),
 * so a reviewer sees changes, drift and failures of all orgs in one place. Pure: the caller reads
 * the files; a missing or unreadable plan is a failed environment, never a silent gap.
 */

/** One environment's plan file as read, or why there is none (its job failed before writing one). */
export interface FleetInput {
  environment: string;
  /** The plan file's text (docs/plan-json.md); undefined when the job left none. */
  planJson: string | undefined;
}

export type FleetResult = 'changes' | 'in-sync' | 'errors' | 'failed';

export interface FleetRow {
  environment: string;
  result: FleetResult;
  changes: number | null;
  errors: number | null;
  warnings: number | null;
  fingerprint: string | null;
  region: string | null;
  /** Why the row failed: no plan, or a plan file that is not one. */
  problem: string | null;
}

export interface FleetSummary {
  rows: FleetRow[];
  counts: Record<FleetResult, number>;
}

function count(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

function failed(environment: string, problem: string): FleetRow {
  const none = { changes: null, errors: null, warnings: null, fingerprint: null, region: null };
  return { environment, result: 'failed', ...none, problem };
}

function rowOf({ environment, planJson }: FleetInput): FleetRow {
  if (planJson === undefined)
    return failed(environment, 'no plan: see the job of this environment');
  let plan: unknown;
  try {
    plan = JSON.parse(planJson);
  } catch {
    return failed(environment, 'the plan file is not JSON');
  }
  const doc = (plan ?? {}) as {
    format?: unknown;
    counts?: Record<string, unknown>;
    fingerprint?: unknown;
    region?: unknown;
  };
  const counts = doc.counts ?? {};
  const changes = count(counts['changes']);
  const errors = count(counts['errors']);
  const warnings = count(counts['warnings']);
  if (doc.format !== 1 || changes === null || errors === null || warnings === null)
    return failed(environment, 'the plan file is not a gc-timeouts plan (format 1)');
  const result: FleetResult = errors > 0 ? 'errors' : changes > 0 ? 'changes' : 'in-sync';
  const fingerprint = typeof doc.fingerprint === 'string' ? doc.fingerprint : null;
  const region = typeof doc.region === 'string' ? doc.region : null;
  return { environment, result, changes, errors, warnings, fingerprint, region, problem: null };
}

/** One row per environment, in the order given (the matrix's). */
export function fleetSummary(inputs: readonly FleetInput[]): FleetSummary {
  const rows = inputs.map(rowOf);
  const counts: Record<FleetResult, number> = { changes: 0, 'in-sync': 0, errors: 0, failed: 0 };
  for (const row of rows) counts[row.result] += 1;
  return { rows, counts };
}

const RESULT_TEXT: Record<FleetResult, string> = {
  changes: 'changes',
  'in-sync': 'in sync',
  errors: 'errors',
  failed: 'failed',
};

/**
 * The job summary table. `drift` words a scheduled run: its changes are drift. Environment names
 * and regions come from the workflow and the files, so they are escaped like any other text.
 */
export function renderFleetMarkdown(
  summary: FleetSummary,
  mode: 'plan' | 'drift' = 'plan',
): string {
  const changes = mode === 'drift' ? 'Drift' : 'Changes';
  const lines = [
    '### gc-timeouts fleet',
    '',
    `| Environment | Result | Region | ${changes} | Errors | Warnings | Fingerprint |`,
    '|---|---|---|---|---|---|---|',
  ];
  for (const row of summary.rows) {
    const result = row.result === 'changes' && mode === 'drift' ? 'drift' : RESULT_TEXT[row.result];
    const cells = [
      escapeMarkdown(row.environment),
      row.problem === null ? result : `${result}: ${escapeMarkdown(row.problem)}`,
      row.region === null ? '' : escapeMarkdown(row.region),
      String(row.changes ?? ''),
      String(row.errors ?? ''),
      String(row.warnings ?? ''),
      row.fingerprint === null ? '' : inlineCode(row.fingerprint.slice(0, 12)),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** Whether the fleet needs attention: a failed or erroring environment (for an exit code). */
export function fleetFailed(summary: FleetSummary): boolean {
  return summary.counts.failed > 0 || summary.counts.errors > 0;
}
