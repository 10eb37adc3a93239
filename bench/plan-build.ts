import { buildPlan } from '../src/plan/diff.js';
import type { LiveAction } from '../src/plan/types.js';
import type { Manifest } from '../src/manifest/types.js';

/**
 * Building a plan is pure CPU: 16,000 `name` entries over an org of 100,000 actions, in process,
 * no HTTP. It shows whether selectors are resolved by index (linear) or by scanning the org per
 * entry (quadratic).
 */

export interface PlanBuildFigure {
  actions: number;
  entries: number;
  seconds: number;
  changes: number;
}

function liveOrg(n: number): LiveAction[] {
  const actions: LiveAction[] = [];
  for (let i = 0; i < n; i++) {
    const integration = i % 4;
    actions.push({
      id: `custom_-_${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`,
      name: `Action ${i}`,
      category: `Category ${integration}`,
      integrationId: `integration-${integration}`,
      integrationName: `Integration ${integration}`,
      integrationType: 'custom-rest-actions',
      kind: 'custom',
      version: 1,
      secure: false,
      timeoutSeconds: i % 4 === 0 ? null : 10,
      functionTimeoutSeconds: null,
    });
  }
  return actions;
}

/** Every sixth action by name (16,000 of 100,000), each to a new timeout. */
function manifestFor(live: readonly LiveAction[], entries: number): Manifest {
  const step = Math.floor(live.length / entries);
  return {
    version: 1,
    actions: Array.from({ length: entries }, (_, k) => ({
      name: (live[k * step] as LiveAction).name,
      timeoutSeconds: 20 + (k % 30),
    })),
  };
}

export function measurePlanBuild(actions = 100_000, entries = 16_000): PlanBuildFigure {
  const live = liveOrg(actions);
  const manifest = manifestFor(live, entries);
  const start = performance.now();
  const plan = buildPlan({
    manifest,
    manifestPath: 'bench.yaml',
    label: 'bench',
    region: 'bench',
    live,
    locate: (path) => ({ line: typeof path[1] === 'number' ? path[1] + 3 : 1, column: 5 }),
  });
  const seconds = (performance.now() - start) / 1000;
  if (plan.errors.length > 0) throw new Error(`plan build: ${plan.errors[0]?.message}`);
  return {
    actions,
    entries,
    seconds: Math.round(seconds * 1000) / 1000,
    changes: plan.counts.changes,
  };
}
