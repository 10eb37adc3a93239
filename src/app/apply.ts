import type { Endpoint } from '../genesys/endpoint.js';
import type { OrgSession } from '../org/session.js';
import type { ApplyReport, Plan } from '../plan/types.js';
import { GcTimeoutsError, type FailureReason } from '../util/errors.js';
import { plural } from '../util/plural.js';
import type { Connection } from './connection.js';
import { selected, type EnvironmentRequest } from './environment.js';
import type { AppPorts } from './ports.js';
import { recheckPlanFile } from './plan-recheck.js';
import { withOrg } from './session.js';

/** Whether the face lets a plan with changes be applied: its review, its confirmation. */
export type Approval = { apply: true } | { apply: false; reason: string };

/** What an apply needs besides the plan; grows with new capabilities (environments). */
export interface ApplyHooks {
  /** Hears the plan as soon as it exists, before anything is decided (to show or save it). */
  onPlanned?: ((plan: Plan) => Promise<void> | void) | undefined;
  /** Asked only for a plan with changes and no errors; without it the plan is applied. */
  approve?: ((plan: Plan) => Promise<Approval> | Approval) | undefined;
}

export interface ApplyRequest extends ApplyHooks, EnvironmentRequest {
  connection: Connection;
  label: string;
}

export type ApplyOutcome =
  | { status: 'plan-errors'; plan: Plan; failure: GcTimeoutsError }
  | { status: 'nothing-to-apply'; plan: Plan; report: ApplyReport }
  | { status: 'refused'; plan: Plan; reason: string }
  | { status: 'applied'; plan: Plan; report: ApplyReport; failure: GcTimeoutsError | undefined };

/** Plans the manifest (no evidence: that is the review's job) and applies it if approved. */
export async function applyManifest(request: ApplyRequest, ports: AppPorts): Promise<ApplyOutcome> {
  const { connection, label } = request;
  const valid = selected(request);
  return withOrg({ connection, manifest: valid.manifest }, ports, async (org) => {
    const plan = await org.plan(valid, {
      label,
      environment: valid.environment,
      latency: false,
      flows: false,
    });
    return decideAndApply(org, plan, request);
  });
}

export interface SavedPlanRequest extends ApplyHooks {
  plan: Plan;
  /** The environment asked for (--env); the plan's own when absent, refused when it differs. */
  environment?: string | undefined;
  connection: Connection;
  /** The workspace the plan's manifest is read from, to plan it again before anything is applied. */
  root: string;
  /** The face's checks of the saved plan against where it would be applied (host, policy). */
  verify?: ((endpoint: Endpoint) => Promise<void> | void) | undefined;
}

/** Applies exactly a plan saved earlier, to the org it was made for, never to another one. */
export async function applySavedPlan(
  request: SavedPlanRequest,
  ports: AppPorts,
): Promise<ApplyOutcome> {
  const { plan, connection } = request;
  checkPlanEnvironment(plan, request.environment);
  const verify = async (endpoint: Endpoint): Promise<void> => {
    // mypurecloud.ie and eu-west-1 are the same org region; compare what they resolve to.
    if (connection.region !== undefined && connection.apiBaseUrl === undefined) {
      if (endpoint.region !== plan.region)
        throw new GcTimeoutsError(
          'usage',
          `the plan is for ${plan.region}, not ${connection.region}`,
        );
    }
    await request.verify?.(endpoint);
  };
  // A plan made through a base URL alone records that URL's host as its region: not a region name.
  const planRegion = plan.region === plan.apiHost ? undefined : plan.region;
  const asked = { ...connection, region: connection.region ?? planRegion };
  return withOrg({ connection: asked, verify }, ports, async (org) => {
    await recheckPlanFile(plan, org, request.root);
    return decideAndApply(org, plan, request);
  });
}

/** A plan of one environment is never applied as another's. */
function checkPlanEnvironment(plan: Plan, asked: string | undefined): void {
  if (asked === undefined || asked === plan.environment) return;
  const made =
    plan.environment === undefined
      ? 'for a manifest without environments'
      : `for environment ${plan.environment}`;
  throw new GcTimeoutsError(
    'usage',
    `the plan was made ${made}, not ${asked}; make a new plan with --env ${asked}`,
  );
}

async function decideAndApply(
  org: OrgSession,
  plan: Plan,
  hooks: ApplyHooks,
): Promise<ApplyOutcome> {
  await hooks.onPlanned?.(plan);
  if (plan.errors.length > 0) {
    const failure = new GcTimeoutsError(
      'plan-errors',
      `the plan has ${plural(plan.errors.length, 'error')}; nothing was applied`,
    );
    return { status: 'plan-errors', plan, failure };
  }
  if (plan.counts.changes === 0)
    return { status: 'nothing-to-apply', plan, report: noChanges(plan) };
  const approval = (await hooks.approve?.(plan)) ?? { apply: true };
  if (!approval.apply) return { status: 'refused', plan, reason: approval.reason };
  const report = await org.apply(plan);
  return { status: 'applied', plan, report, failure: applyFailure(report) };
}

/** The report of a plan with nothing to change: the audit trail still says so. */
function noChanges(plan: Plan): ApplyReport {
  return {
    fingerprint: plan.fingerprint,
    results: [],
    counts: { applied: 0, alreadyApplied: 0, failed: 0 },
  };
}

/** The failure of a partial apply, named for what a person must do about it first. */
export function applyFailure(report: ApplyReport): GcTimeoutsError | undefined {
  const failed = report.results.filter((r) => r.status === 'failed');
  if (failed.length === 0) return undefined;
  const reasons = new Set<string | null>(failed.map((r) => r.reason));
  const first: FailureReason[] = ['version-conflict', 'rate-limited', 'auth-failed'];
  const reason = first.find((r) => reasons.has(r)) ?? 'apply-failed';
  const one = failed[0];
  const detail = one ? `; first: ${one.actionName}: ${one.message ?? one.reason ?? ''}` : '';
  return new GcTimeoutsError(
    reason,
    `${failed.length} of ${report.results.length} changes failed${detail}`,
  );
}
