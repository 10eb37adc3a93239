import type { PlanMarker } from '../github/marker.js';
import type { Plan } from '../plan/types.js';

/** What the plan comment's marker records of a plan, for the apply step to compare. */
export function planMarkerFields(plan: Plan): PlanMarker {
  return {
    label: plan.label,
    ...(plan.environment === undefined ? {} : { environment: plan.environment }),
    region: plan.region,
    manifest: plan.manifest,
    fingerprint: plan.fingerprint,
    version: plan.tool.version,
    changes: plan.counts.changes,
    errors: plan.counts.errors,
  };
}
