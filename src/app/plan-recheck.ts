import { GcTimeoutsError } from '../util/errors.js';
import { selectEnvironment } from '../manifest/environments.js';
import { validateManifestFile, validOf } from '../manifest/validate.js';
import type { OrgSession } from '../org/session.js';
import { isChange, type Plan, type PlanEntry } from '../plan/types.js';
import { quote } from '../util/text.js';

/**
 * A plan file is data anyone could have edited: its fingerprint is recomputed by whoever edits
 * it, its `apiHost`, `manifest` and action names are text. Apply believes none of it alone: the
 * plan's manifest (required) is planned again against this run's org, and the file is applied
 * only when its changes are exactly that fresh plan's, action by action (id, name, field, from, to).
 */
export async function recheckPlanFile(plan: Plan, org: OrgSession, root: string): Promise<void> {
  const result = await validateManifestFile(plan.manifest, root).catch((error: unknown) => {
    const why = error instanceof Error ? error.message : String(error);
    throw new GcTimeoutsError(
      'usage',
      `a plan is applied only with the manifest it was made from, and ${why}; nothing was applied`,
    );
  });
  const document = validOf(plan.manifest, result);
  if (document === undefined)
    throw new GcTimeoutsError(
      'invalid-manifest',
      `${plan.manifest}, the plan's manifest, is invalid now; run gc-timeouts validate`,
    );
  // The environment the plan says it is of, and no other: its values, its policy.
  const valid = selectEnvironment(document, plan.environment);
  const fresh = await org.plan(valid, { label: plan.label, latency: false, flows: false });
  const differences = planFileDifferences(plan, fresh);
  if (differences.length > 0)
    throw new GcTimeoutsError(
      'plan-changed',
      `the plan file does not match a fresh plan of ${plan.manifest} against this org: ${differences.join('; ')}; nothing was applied. Make a new plan with gc-timeouts plan --out`,
    );
}

/** How the saved plan's changes differ from the fresh plan's; empty when they are the same. */
export function planFileDifferences(saved: Plan, fresh: Plan): string[] {
  const key = (e: PlanEntry): string => `${e.actionId}\u0000${e.field}`;
  const freshChanges = new Map(fresh.entries.filter((e) => isChange(e.op)).map((e) => [key(e), e]));
  const problems: string[] = [];
  for (const e of saved.entries.filter((s) => isChange(s.op))) {
    const now = freshChanges.get(key(e));
    freshChanges.delete(key(e));
    const id = quote(e.actionId);
    if (now === undefined)
      problems.push(`${id} ${e.field}: the manifest and org make no such change`);
    else if (now.actionName !== e.actionName)
      problems.push(`${id} is named ${quote(now.actionName)}, not ${quote(e.actionName)}`);
    else if (now.from !== e.from || now.to !== e.to || now.op !== e.op)
      problems.push(
        `${id} ${e.field}: the file says ${String(e.from)} to ${String(e.to)}, a fresh plan ${String(now.from)} to ${String(now.to)}`,
      );
  }
  for (const e of freshChanges.values())
    problems.push(`${quote(e.actionId)} ${e.field}: a change the file does not have`);
  return problems.slice(0, 5);
}
