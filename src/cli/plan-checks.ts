import { GcTimeoutsError } from '../util/errors.js';
import { selectEnvironment } from '../manifest/environments.js';
import { validateManifestFile, validOf } from '../manifest/validate.js';
import type { Policy } from '../manifest/types.js';
import type { Endpoint } from '../genesys/endpoint.js';
import { isChange, type Plan } from '../plan/types.js';
import { workspaceRoot } from '../util/read-file.js';

/**
 * A saved plan applies only against the API host it was read from: a plan made against a sandbox
 * org (or the simulator) must not be replayed against production by a different --api-base-url.
 */
export function checkPlanHost(plan: Plan, endpoint: Endpoint): void {
  const here = endpoint.apiHost;
  if (plan.apiHost !== here) {
    throw new GcTimeoutsError(
      'usage',
      `the plan was made against ${plan.apiHost ?? 'an unknown API host'}, not ${here}; make a new plan against this org`,
    );
  }
}

/**
 * The manifest's policy, checked again on the saved plan's changes: the schema bounds every `to`
 * already, but a plan must not get past the policy of the manifest it claims to come from.
 * A plan whose manifest cannot be read is refused. Returns nothing to note (kept for callers).
 */
export async function checkPlanPolicy(
  plan: Plan,
  root: string = workspaceRoot(),
): Promise<string | undefined> {
  let result;
  try {
    result = await validateManifestFile(plan.manifest, root);
  } catch (error) {
    // Without its manifest a plan is only its own word: refused, never applied unchecked.
    const why = error instanceof Error ? error.message : String(error);
    throw new GcTimeoutsError(
      'usage',
      `a plan is applied only with the manifest it was made from, and ${why}; nothing was applied`,
    );
  }
  const document = validOf(plan.manifest, result);
  if (document === undefined)
    throw new GcTimeoutsError(
      'invalid-manifest',
      `${plan.manifest}, the plan's manifest, is invalid now; run gc-timeouts validate`,
    );
  // The policy of the plan's environment: the top-level one overridden by its own keys.
  const { manifest } = selectEnvironment(document, plan.environment);
  const problems = policyProblems(plan, manifest.policy ?? {});
  if (problems.length > 0)
    throw new GcTimeoutsError(
      'plan-errors',
      `the plan breaks the policy of ${plan.manifest}: ${problems.join('; ')}; nothing was applied`,
    );
  return undefined;
}

export function policyProblems(plan: Plan, policy: Policy): string[] {
  const { minTimeoutSeconds: min, maxTimeoutSeconds: max, maxChanges } = policy;
  const problems: string[] = [];
  for (const e of plan.entries) {
    if (!isChange(e.op) || e.to === null) continue;
    if (min !== undefined && e.to < min)
      problems.push(`${e.actionId} ${e.field} ${e.to} is below minTimeoutSeconds ${min}`);
    if (max !== undefined && e.to > max)
      problems.push(`${e.actionId} ${e.field} ${e.to} is above maxTimeoutSeconds ${max}`);
  }
  if (maxChanges !== undefined && plan.counts.changedActions > maxChanges)
    problems.push(
      `it changes ${plan.counts.changedActions} actions, more than maxChanges ${maxChanges}`,
    );
  return problems.slice(0, 5);
}
