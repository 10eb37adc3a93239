import { recommend, type RecommendationTable } from '../plan/recommend.js';
import type { Plan } from '../plan/types.js';
import type { Connection } from './connection.js';
import { selected, type EnvironmentRequest } from './environment.js';
import type { AppPorts } from './ports.js';
import { withOrg } from './session.js';

/** What planning one manifest against one org takes; grows with new capabilities (environments). */
export interface PlanRequest extends EnvironmentRequest {
  connection: Connection;
  label: string;
  /** Latency and flow evidence, for plans someone reads (default true). */
  evidence?: boolean;
  /** Also recommend timeouts from the plan's latency evidence. */
  recommend?: boolean;
}

export interface PlanResult {
  plan: Plan;
  /** With `recommend`: undefined when the plan has no latency evidence to recommend from. */
  recommendations?: RecommendationTable | undefined;
}

/** Validated manifest in, plan out: the live org read, evidence for a reviewer. */
export async function planManifest(request: PlanRequest, ports: AppPorts): Promise<PlanResult> {
  const { connection, label } = request;
  const valid = selected(request);
  const evidence = request.evidence ?? true;
  const plan = await withOrg({ connection, manifest: valid.manifest }, ports, (org) =>
    org.plan(valid, { label, environment: valid.environment, latency: evidence, flows: evidence }),
  );
  if (request.recommend !== true) return { plan };
  if (!plan.entries.some((e) => e.latency !== null)) return { plan, recommendations: undefined };
  const { table } = recommend({
    entries: plan.entries,
    manifest: valid.manifest,
    live: [],
    splitGlobs: false,
  });
  return { plan, recommendations: table };
}
