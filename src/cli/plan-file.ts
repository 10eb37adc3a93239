import type { ErrorObject } from 'ajv/dist/2020.js';
import validate from '../generated/plan-schema-validator.generated.js';
import { GcTimeoutsError } from '../util/errors.js';
import { fingerprint } from '../plan/fingerprint.js';
import { isChange, type Plan, type PlanOp } from '../plan/types.js';
import { readWorkspaceFile, workspaceRoot } from '../util/read-file.js';
import { quote } from '../util/text.js';

/** A plan of 20,000 actions is about 15 MiB; anything much larger is not a plan. */
export const MAX_PLAN_BYTES = 64 * 1024 * 1024;

/**
 * Reads a plan written by `plan --out` as a contract: a regular file in the workspace, the plan
 * schema (format 1, every `to` within its field's range, no unknown op), and a fingerprint that
 * matches its own changes. A plan edited by hand (a `to: 120`, a row added or removed) is refused
 * before anything talks to the org.
 */
export async function readPlanFile(path: string, root: string = workspaceRoot()): Promise<Plan> {
  const text = await readText(path, root);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw usage(`${path} is not JSON; write a plan with gc-timeouts plan --out ${path}`);
  }
  if (!validate(data)) {
    const problems = (validate.errors ?? []).slice(0, 3).map(describeError).join('; ');
    throw usage(`${path} is not a gc-timeouts plan (format 1): ${problems}`);
  }
  const plan = data as Plan;
  checkIntegrity(plan, path);
  // Plans written before flows and notes existed read as plans without them.
  return {
    ...plan,
    notes: Array.isArray(plan.notes) ? plan.notes : [],
    entries: plan.entries.map((e) => ({ ...e, usedBy: e.usedBy ?? null })),
  };
}

async function readText(path: string, root: string): Promise<string> {
  const read = await readWorkspaceFile(path, {
    root,
    limit: MAX_PLAN_BYTES,
    linkTargets: ['.json'],
  });
  if (!read.ok) {
    const why =
      read.kind === 'too-large' ? 'it is over 64 MiB, too large for a plan' : read.message;
    throw usage(`cannot read plan file ${path}: ${why}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    throw usage(`${path} is not UTF-8 text; write a plan with gc-timeouts plan --out ${path}`);
  }
}

/** The fingerprint and counts are recomputed from the rows; any difference means an edit. */
function checkIntegrity(plan: Plan, path: string): void {
  const edited = (what: string): GcTimeoutsError =>
    new GcTimeoutsError(
      'plan-changed',
      `${path} was edited after it was made (${what}); nothing was applied. Make a new plan with gc-timeouts plan --out`,
    );
  if (fingerprint(plan.entries) !== plan.fingerprint)
    throw edited('its fingerprint does not match its changes');
  const count = (op: PlanOp): number => plan.entries.filter((e) => e.op === op).length;
  const changes = plan.entries.filter((e) => isChange(e.op));
  const { counts } = plan;
  const consistent =
    counts.set === count('set') &&
    counts.update === count('update') &&
    counts.reset === count('reset') &&
    counts.changes === changes.length &&
    counts.changedActions === new Set(changes.map((e) => e.actionId)).size &&
    counts.errors === plan.errors.length;
  if (!consistent) throw edited('its counts do not match its rows');
  const keys = changes.map((e) => `${e.actionId}\u0000${e.field}`);
  if (new Set(keys).size !== keys.length) throw edited('an action and field change twice');
  for (const e of changes) {
    if (e.op === 'update' && e.from === e.to)
      throw edited(`${e.actionId} "updates" to its own value`);
  }
}

function describeError(error: ErrorObject): string {
  const where =
    error.instancePath === '' ? 'the plan' : error.instancePath.slice(1).replace(/\//g, '.');
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'enum') {
    const allowed = (params['allowedValues'] as unknown[]).map(String).join(', ');
    return `${where} must be one of ${allowed}`;
  }
  if (error.keyword === 'additionalProperties')
    return `${where} has an unknown key ${quote(String(params['additionalProperty']))}`;
  // The validator's own words ("must be <= 60") read as a person would say them.
  const limit = String(params['limit']);
  if (error.keyword === 'maximum') return `${where} is above ${limit}, the most it may be`;
  if (error.keyword === 'minimum') return `${where} is below ${limit}, the least it may be`;
  if (error.keyword === 'required')
    return `${where} lacks ${quote(String(params['missingProperty']))}`;
  if (error.keyword === 'type') return `${where} is not ${article(String(params['type']))}`;
  return `${where} ${error.message ?? 'is invalid'}`;
}

function article(type: string): string {
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type.replace('|', ' or ')}`;
}

function usage(message: string): GcTimeoutsError {
  return new GcTimeoutsError('usage', message);
}
