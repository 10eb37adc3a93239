import { renderJson } from '../render/json.js';
import type { Plan } from '../plan/types.js';
import { planOutputs, type Outputs } from './outputs.js';
import type { ModeDeps } from './ports.js';

export const PLAN_FILE = 'gc-timeouts-plan.json';
export const APPLY_REPORT_FILE = 'gc-timeouts-apply-report.json';

/**
 * The plan's outputs, with its JSON rendered once: saved whole as $RUNNER_TEMP/gc-timeouts-plan.json,
 * where a later step can upload it as an artifact even when it is too large for an output.
 */
export async function savePlan(
  deps: Pick<ModeDeps, 'artifacts' | 'log'>,
  plan: Plan,
): Promise<Partial<Outputs>> {
  const json = renderJson(plan);
  const outputs = planOutputs(plan, json);
  const path = await deps.artifacts.save(PLAN_FILE, json);
  const kept = outputs.planJson ?? '';
  if (kept.length < json.trimEnd().length) {
    const where = path === undefined ? '' : `; the whole plan is in ${path}`;
    deps.log.warning(
      `The plan is too large for the plan-json output, which holds ${kept === '' ? 'nothing' : 'only its changes'}${where}.`,
    );
  }
  return outputs;
}
