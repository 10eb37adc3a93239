import { createGenesysClient } from '../../src/genesys/client.js';
import { requireValidManifest, type ValidManifest } from '../../src/manifest/validate.js';
import { applyPlan } from '../../src/org/apply.js';
import { planOrg, type PlannedOrg } from '../../src/org/plan.js';
import { isChange, type ApplyReport, type Plan } from '../../src/plan/types.js';
import type { FaultKind } from '../../simulator/faults.js';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';
import type { StoredAction } from '../../simulator/types.js';
import { seeded } from '../support/seeded.js';
import { resolveEndpoint } from '../../src/genesys/endpoint.js';

/**
 * The soak: cycles of plan and apply against the simulator while it answers with random 429
 * storms, 5xx, resets and stalls, lies as a proxy would (a captive portal, another document or an
 * empty body for a template; listing pages that repeat, are cut short, empty or miscounted), and
 * while someone edits the org out of band between plan and apply. After every cycle the whole org
 * is checked, straight from the simulator's store:
 * - a plan made through the lies covers exactly what a plan made without them covers (no hole);
 * - no field but the managed timeouts changed (names, configs, contracts, everything else intact);
 * - every managed timeout equals the plan's target, or its change was reported failed (and then it
 *   is what it was, or what the out-of-band edit set: never overwritten).
 */

export interface SoakOptions {
  cycles?: number;
  /** Stop starting cycles after this many ms (the cycle under way finishes). */
  durationMs?: number;
  seed?: number;
  manifest?: string;
  log?: (line: string) => void;
}

export interface SoakResult {
  cycles: number;
  faults: Partial<Record<FaultKind, number>>;
  edits: number;
  planFailures: number;
  applied: number;
  reportedFailed: number;
  violations: string[];
}

type Random = () => number;

/** Everything about an action except the two timeouts and the version apply may move. */
function untouchable(action: StoredAction): string {
  const { version: _version, config, function: fn, ...rest } = action;
  const { timeoutSeconds: _timeout, ...otherConfig } = config;
  const otherFunction = fn === undefined ? undefined : { ...fn, timeoutSeconds: undefined };
  return JSON.stringify({ ...rest, config: otherConfig, function: otherFunction });
}

function timeoutOf(
  action: StoredAction,
  field: 'timeoutSeconds' | 'functionTimeoutSeconds',
): number | null {
  const raw =
    field === 'timeoutSeconds' ? action.config.timeoutSeconds : action.function?.timeoutSeconds;
  return typeof raw === 'number' && raw > 0 ? raw : null;
}

export async function soak(options: SoakOptions = {}): Promise<SoakResult> {
  const random = seeded(options.seed ?? 1);
  // Pages of 10 (a server that caps pages below what is asked): the listing lies span several pages.
  const sim = await startSimulator({ seed: 'demo', admin: true, pageCap: 10 });
  const valid = await requireValidManifest(options.manifest ?? 'examples/gc-timeouts.yaml');
  const result: SoakResult = {
    cycles: 0,
    faults: {},
    edits: 0,
    planFailures: 0,
    applied: 0,
    reportedFailed: 0,
    violations: [],
  };
  const started = Date.now();
  const managed: Managed[] = [];
  try {
    const limit = options.cycles ?? Number.POSITIVE_INFINITY;
    while (
      result.cycles < limit &&
      (options.durationMs === undefined || Date.now() - started < options.durationMs)
    ) {
      await cycle(sim, valid, random, result, managed);
      result.cycles++;
      options.log?.(
        `cycle ${result.cycles}: ${Object.values(result.faults).reduce((a, b) => a + b, 0)} faults, ${result.edits} edits, ${result.violations.length} violations`,
      );
    }
  } finally {
    await sim.close();
  }
  return result;
}

interface Managed {
  id: string;
  field: 'timeoutSeconds' | 'functionTimeoutSeconds';
}

async function cycle(
  sim: RunningSimulator,
  valid: ValidManifest,
  random: Random,
  result: SoakResult,
  managed: Managed[],
): Promise<void> {
  drift(sim, managed, random, result);
  const truth = await cleanPlan(sim, valid);
  sim.state.clearRequests();
  sim.state.setFaults(randomFaults(random));
  const client = createGenesysClient({
    clientId: sim.clientId,
    clientSecret: sim.clientSecret,
    endpoint: resolveEndpoint({ apiBaseUrl: sim.url }),
    requestTimeoutMs: 400,
    retry: { maxRetries: 3, baseDelayMs: 20, maxDelayMs: 200, maxTotalMs: 5_000 },
  });
  try {
    let planned: PlannedOrg;
    try {
      planned = await planOrg(client, valid, { label: 'soak', region: 'soak', latency: false });
    } catch {
      result.planFailures++;
      return;
    }
    const { plan } = planned;
    if (coverage(plan) !== coverage(truth)) {
      result.violations.push(
        `cycle ${result.cycles + 1}: the plan through the faults covers other entries than a clean one`,
      );
    }
    const kept = plan.entries.filter((e) => e.op !== 'unmanaged');
    managed.splice(0, managed.length, ...kept.map((e) => ({ id: e.actionId, field: e.field })));
    const edited = editOutOfBand(sim, plan, random, result);
    const before = new Map(sim.state.listActions().map((a) => [a.id, a]));
    // As the CLI applies its own fresh plan: each action read again just before its PATCH.
    const report = await applyPlan(plan, client, { pauseMs: 0 }).catch(() => undefined);
    check(sim, plan, report, before, edited, result);
  } finally {
    await client.close({ abandon: true });
    countFaults(sim, result);
    sim.state.setFaults({});
  }
}

/** The same plan read without faults: what a plan through them must cover. */
async function cleanPlan(sim: RunningSimulator, valid: ValidManifest): Promise<Plan> {
  sim.state.setFaults({});
  const client = createGenesysClient({
    clientId: sim.clientId,
    clientSecret: sim.clientSecret,
    endpoint: resolveEndpoint({ apiBaseUrl: sim.url }),
  });
  try {
    return (await planOrg(client, valid, { label: 'soak', region: 'soak', latency: false })).plan;
  } finally {
    await client.close();
  }
}

function coverage(plan: Plan): string {
  return plan.entries
    .map((e) => `${e.actionId}|${e.field}|${e.op}|${String(e.to)}`)
    .sort()
    .join('\n');
}

function randomFaults(random: Random): {
  probabilities: Partial<Record<FaultKind, number>>;
  seed: string;
  retryAfterSeconds: number;
} {
  const storm = random() < 0.3;
  // A lying proxy in about half the cycles: a listing or template answer that is not the truth.
  const lying = random() < 0.5 ? 1 : 0;
  return {
    probabilities: {
      '429': storm ? 0.3 : random() * 0.05,
      '500': random() * 0.05,
      '502': random() * 0.05,
      '503': random() * 0.05,
      reset: random() * 0.05,
      stall: random() * 0.02,
      'template-html': lying * random() * 0.03,
      'template-json': lying * random() * 0.03,
      'template-empty': lying * random() * 0.03,
      'page-repeat': lying * random() * 0.03,
      'page-short': lying * random() * 0.03,
      'page-empty': lying * random() * 0.03,
      'page-total': lying * random() * 0.03,
    },
    seed: String(random()),
    retryAfterSeconds: 1,
  };
}

/** Before the plan, someone changes a few managed timeouts in the admin UI: drift to correct. */
function drift(
  sim: RunningSimulator,
  managed: Managed[],
  random: Random,
  result: SoakResult,
): void {
  const count = Math.floor(random() * 4);
  for (let i = 0; i < count && managed.length > 0; i++) {
    const target = managed[Math.floor(random() * managed.length)];
    if (target === undefined) continue;
    if (target.field === 'timeoutSeconds')
      sim.state.editAction(target.id, {
        config: { timeoutSeconds: 1 + Math.floor(random() * 60) },
      });
    else sim.state.setFunctionTimeout(target.id, 1 + Math.floor(random() * 15));
    result.edits++;
  }
}

/** Between plan and apply, someone changes a managed timeout of one action and a name-less field of another. */
function editOutOfBand(
  sim: RunningSimulator,
  plan: Plan,
  random: Random,
  result: SoakResult,
): Set<string> {
  const edited = new Set<string>();
  const changes = plan.entries.filter((e) => isChange(e.op) && e.field === 'timeoutSeconds');
  const target = changes[Math.floor(random() * changes.length)];
  if (target !== undefined && random() < 0.7) {
    sim.state.editAction(target.actionId, {
      config: { timeoutSeconds: 1 + Math.floor(random() * 59) },
    });
    edited.add(target.actionId);
    result.edits++;
  }
  const other = changes[Math.floor(random() * changes.length)];
  if (other !== undefined && random() < 0.5) {
    sim.state.editAction(other.actionId, {
      config: { request: { headers: { 'X-Soak': String(result.cycles) } } },
    });
    result.edits++;
  }
  return edited;
}

function check(
  sim: RunningSimulator,
  plan: Plan,
  report: ApplyReport | undefined,
  before: Map<string, StoredAction>,
  edited: Set<string>,
  result: SoakResult,
): void {
  const cycle = result.cycles + 1;
  const violate = (text: string): number => result.violations.push(`cycle ${cycle}: ${text}`);
  const outcome = new Map((report?.results ?? []).map((r) => [`${r.actionId}|${r.field}`, r]));
  for (const action of sim.state.listActions()) {
    const was = before.get(action.id);
    if (was === undefined) continue;
    if (untouchable(action) !== untouchable(was))
      violate(`${action.id}: a field other than a timeout changed`);
    for (const field of ['timeoutSeconds', 'functionTimeoutSeconds'] as const) {
      const entry = plan.entries.find(
        (e) => e.actionId === action.id && e.field === field && isChange(e.op),
      );
      const now = timeoutOf(action, field);
      if (entry === undefined) {
        if (now !== timeoutOf(was, field))
          violate(`${action.id} ${field}: changed without a planned change`);
        continue;
      }
      const r = outcome.get(`${action.id}|${field}`);
      if (r !== undefined && r.status !== 'failed') {
        result.applied++;
        if (now !== entry.to)
          violate(`${action.id} ${field}: reported ${r.status} but is ${now}, not ${entry.to}`);
        const moved = timeoutOf(was, field) !== entry.from;
        if (r.status === 'applied' && edited.has(action.id) && field === 'timeoutSeconds' && moved)
          violate(`${action.id}: an out-of-band edit was overwritten`);
      } else {
        result.reportedFailed++;
        const allowed = [timeoutOf(was, field), entry.to];
        if (!allowed.includes(now)) violate(`${action.id} ${field}: failed, yet is ${now}`);
        if (edited.has(action.id) && field === 'timeoutSeconds' && now !== timeoutOf(was, field))
          violate(`${action.id}: an out-of-band edit was overwritten`);
      }
    }
  }
}

function countFaults(sim: RunningSimulator, result: SoakResult): void {
  for (const entry of sim.state.requests()) {
    if (entry.fault !== undefined)
      result.faults[entry.fault] = (result.faults[entry.fault] ?? 0) + 1;
  }
}
