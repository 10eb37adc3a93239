import { renderJsonBatches } from '../render/json.js';
import type { Plan } from '../plan/types.js';
import { planOutputFit, planOutputs, type Outputs } from './outputs.js';
import type { ModeDeps } from './ports.js';

export const PLAN_FILE = 'gc-timeouts-plan.json';
export const APPLY_REPORT_FILE = 'gc-timeouts-apply-report.json';

/**
 * The plan's outputs, and the plan saved whole as $RUNNER_TEMP/gc-timeouts-plan.json, where a
 * later step can upload it as an artifact even when it is too large for an output. The file is
 * written a piece at a time: the plan is never one string (80 MB over 100,000 actions).
 */
export async function savePlan(
  deps: Pick<ModeDeps, 'artifacts' | 'log'>,
  plan: Plan,
): Promise<Partial<Outputs>> {
  const fit = planOutputFit(plan);
  const path = await deps.artifacts.save(PLAN_FILE, renderJsonBatches(plan));
  if (fit.holds !== 'plan') {
    const where = path === undefined ? '' : `; the whole plan is in ${path}`;
    deps.log.warning(
      `The plan is too large for the plan-json output, which holds ${fit.holds === 'nothing' ? 'nothing' : 'only its changes'}${where}.`,
    );
  }
  return planOutputs(plan, fit);
}
