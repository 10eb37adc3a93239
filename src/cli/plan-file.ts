import { readFile } from 'node:fs/promises';
import { GcTimeoutsError } from '../errors.js';
import type { Plan } from '../plan/types.js';

/** Reads a plan written by `plan --out`, refusing anything that is not a format-1 plan. */
export async function readPlanFile(path: string): Promise<Plan> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new GcTimeoutsError('usage', `cannot read plan file ${path}`);
  }
  let plan: unknown;
  try {
    plan = JSON.parse(text);
  } catch {
    throw new GcTimeoutsError(
      'usage',
      `${path} is not JSON; write a plan with gc-timeouts plan --out ${path}`,
    );
  }
  if (!isPlan(plan)) {
    throw new GcTimeoutsError(
      'usage',
      `${path} is not a gc-timeouts plan (format 1); write one with gc-timeouts plan --out`,
    );
  }
  return plan;
}

function isPlan(value: unknown): value is Plan {
  if (value === null || typeof value !== 'object') return false;
  const p = value as Partial<Plan>;
  return (
    p.format === 1 &&
    p.tool?.name === 'gc-timeouts' &&
    typeof p.fingerprint === 'string' &&
    typeof p.region === 'string' &&
    Array.isArray(p.entries) &&
    Array.isArray(p.errors) &&
    p.entries.every(
      (e) =>
        typeof e?.actionId === 'string' &&
        typeof e.op === 'string' &&
        typeof e.version === 'number',
    )
  );
}
