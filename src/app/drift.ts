import { createHash } from 'node:crypto';
import { driftView, judgeDrift, type DriftVerdict } from '../plan/snooze.js';
import type { Plan } from '../plan/types.js';
import { GcTimeoutsError } from '../util/errors.js';
import { plural } from '../util/plural.js';
import { timeoutsDiffer } from '../render/drift.js';
import type { Connection } from './connection.js';
import { selected, type EnvironmentRequest } from './environment.js';
import type { AppPorts } from './ports.js';
import { withOrg } from './session.js';

export interface DriftRequest extends EnvironmentRequest {
  connection: Connection;
  label: string;
}

/** The one drift verdict both faces present. */
export interface DriftResult {
  /** The plan as drift: accepted differences are notes, not changes. */
  plan: Plan;
  verdict: DriftVerdict;
  /** A timeout differs, or the manifest no longer resolves against the org (renamed, deleted). */
  drifted: boolean;
  /** Changes only when the differences or the problems change: what the drift issue keys on. */
  fingerprint: string;
  /** The manifest no longer matches the org: an error whatever the face's drift policy. */
  failure: GcTimeoutsError | undefined;
}

/** The manifest against the live org, judged as drift (no evidence: nobody reviews it). */
export async function checkDrift(request: DriftRequest, ports: AppPorts): Promise<DriftResult> {
  const { connection, label } = request;
  const valid = selected(request);
  const planned = await withOrg({ connection, manifest: valid.manifest }, ports, (org) =>
    org.plan(valid, { label, environment: valid.environment, latency: false, flows: false }),
  );
  const verdict = judgeDrift(planned, valid.manifest, ports.now());
  const plan = driftView(planned, verdict);
  const failure =
    plan.errors.length === 0
      ? undefined
      : new GcTimeoutsError(
          'plan-errors',
          `the drift check found ${plural(plan.errors.length, 'manifest error')} against the org`,
        );
  return { plan, verdict, drifted: verdict.drift, fingerprint: driftFingerprint(plan), failure };
}

/** The failure a face reports when drift fails its job (fail-on-drift). */
export function driftFailure(result: DriftResult): GcTimeoutsError {
  const { plan } = result;
  return new GcTimeoutsError(
    'drift',
    `${timeoutsDiffer(plan.counts.changes)} in ${plan.region} from ${plan.manifest}`,
  );
}

function driftFingerprint(plan: Plan): string {
  if (plan.errors.length === 0) return plan.fingerprint;
  const problems = plan.errors.map((e) => e.message).sort();
  return createHash('sha256')
    .update(JSON.stringify([plan.fingerprint, problems]))
    .digest('hex');
}
