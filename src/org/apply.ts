import { GcTimeoutsError, getErrorMessage } from '../errors.js';
import { readTimeout } from '../genesys/action-ids.js';
import type { GenesysClient } from '../genesys/client.js';
import { GenesysApiError, GenesysOperationError, isVersionMismatch } from '../genesys/errors.js';
import type { Action } from '../genesys/types.js';
import {
  isChange,
  type ApplyFailure,
  type ApplyReport,
  type ApplyResult,
  type ApplyStatus,
  type Plan,
  type PlanEntry,
} from '../plan/types.js';
import { mapPool } from '../util/pool.js';
import { plural } from '../util/plural.js';

export interface ApplyOptions {
  /** Actions worked on at once; the client's own pool and rate budget still bound the requests. */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
  /** Epoch ms after which no further action is started (the whole-run deadline). */
  deadline?: number;
  now?: () => number;
}

/** This many transport failures in a row (network, timeout) mean the org is unreachable: stop. */
export const BREAKER_THRESHOLD = 3;

/**
 * Decides, before each action, whether to start it: not after the run deadline, and not once the
 * circuit breaker has seen BREAKER_THRESHOLD transport failures in a row. An action not started is
 * reported by name as not-attempted, so nothing is silently skipped.
 */
class Gate {
  private streak = 0;
  private open = false;

  constructor(private readonly options: ApplyOptions) {}

  refusal(): string | undefined {
    const { deadline, now = Date.now } = this.options;
    if (deadline !== undefined && now() >= deadline)
      return 'not attempted: the run deadline passed before this action was started';
    if (this.open)
      return `not attempted: the apply stopped after ${BREAKER_THRESHOLD} network failures or timeouts in a row`;
    return undefined;
  }

  record(result: ApplyResult, error: unknown): void {
    const transport =
      error instanceof GenesysApiError && (error.kind === 'network' || error.kind === 'timeout');
    this.streak = result.status === 'failed' && transport ? this.streak + 1 : 0;
    if (this.streak >= BREAKER_THRESHOLD) this.open = true;
  }
}

/** A version that moved under us is re-read this many times before the action is given up. */
const MAX_ATTEMPTS = 4;

/**
 * Applies exactly the plan's changes. Each change first re-reads the action and holds it against
 * what the plan recorded (guardLive): a timeout that is no longer the plan's `from` was changed by
 * someone since, and the action fails with version-conflict instead of overwriting them; a version
 * that moved while the timeout did not is an edit of another field, which the write keeps.
 * Afterwards every applied change is read back and verified.
 */
export async function applyPlan(
  plan: Plan,
  client: GenesysClient,
  options: ApplyOptions = {},
): Promise<ApplyReport> {
  if (plan.errors.length > 0) {
    throw new GcTimeoutsError(
      'plan-errors',
      `refusing to apply a plan with ${plural(plan.errors.length, 'error')}`,
    );
  }
  const groups = changesByAction(plan);
  const gate = new Gate(options);
  let done = 0;
  const nested = await mapPool(groups, options.concurrency ?? 8, async (entries) => {
    const results: ApplyResult[] = [];
    for (const entry of entries) {
      const refusal = gate.refusal();
      if (refusal !== undefined) {
        results.push(failed(entry, 'not-attempted', refusal));
        continue;
      }
      const { result: outcome, error } = await applyOne(entry, client);
      gate.record(outcome, error);
      results.push(outcome);
    }
    options.onProgress?.(++done, groups.length);
    return results;
  });
  const results = await verify(nested.flat(), client);
  const count = (status: ApplyStatus): number => results.filter((r) => r.status === status).length;
  return {
    fingerprint: plan.fingerprint,
    results,
    counts: {
      applied: count('applied'),
      alreadyApplied: count('already-applied'),
      failed: count('failed'),
    },
  };
}

/** The changes grouped by action, config first: the function draft flow republishes the action and would move its version. */
function changesByAction(plan: Plan): PlanEntry[][] {
  const byAction = new Map<string, PlanEntry[]>();
  for (const entry of plan.entries) {
    if (!isChange(entry.op)) continue;
    const group = byAction.get(entry.actionId);
    if (group === undefined) byAction.set(entry.actionId, [entry]);
    else group.push(entry);
  }
  const rank = (e: PlanEntry): number => (e.field === 'timeoutSeconds' ? 0 : 1);
  return [...byAction.values()].map((group) => group.sort((a, b) => rank(a) - rank(b)));
}

async function applyOne(
  entry: PlanEntry,
  client: GenesysClient,
): Promise<{ result: ApplyResult; error?: unknown }> {
  try {
    const result =
      entry.field === 'timeoutSeconds'
        ? await applyConfigTimeout(entry, client)
        : await applyFunctionTimeout(entry, client);
    return { result };
  } catch (error) {
    return { result: failed(entry, classify(error), getErrorMessage(error)), error };
  }
}

async function applyConfigTimeout(entry: PlanEntry, client: GenesysClient): Promise<ApplyResult> {
  let unsure = false;
  for (let attempt = 1; ; attempt++) {
    const live = await client.getAction(entry.actionId, { includeConfig: true });
    const guard = guardLive(entry, live);
    // After a write whose answer was lost, the target value means it went through.
    if (unsure && guard.current === entry.to) return result(entry, 'applied', null, guard.note);
    if (guard.stop !== undefined) return guard.stop;
    try {
      await client.updateTimeout(entry.actionId, {
        version: live.version,
        timeoutSeconds: entry.to,
        live,
      });
      return result(entry, 'applied', null, guard.note);
    } catch (error) {
      // Someone saved the action between our read and our write, or the answer to our write was
      // lost (408, 502, 504, a reset): read again, and the guard tells which it was.
      const ambiguous = isAmbiguousWrite(error);
      if ((!isVersionMismatch(error) && !ambiguous) || attempt >= MAX_ATTEMPTS) throw error;
      unsure ||= ambiguous;
    }
  }
}

interface Guard {
  /** The live timeout now. */
  current: number | null;
  /** Set when the action must not be written: the result to report instead. */
  stop: ApplyResult | undefined;
  /** Set when the action moved on in a field the plan does not manage: said in the result. */
  note: string | null;
}

/**
 * The live action held against what the plan recorded. The timeout decides: one that moved is
 * someone's edit, never overwritten. The version only tells whether anything else changed; such
 * an edit is kept (the PATCH carries the live config and the live version), and reported.
 */
function guardLive(entry: PlanEntry, live: Action): Guard {
  const current = readTimeout(live.config?.timeoutSeconds);
  const stop = checkExpected(entry, current);
  const note =
    live.version === entry.version
      ? null
      : `other fields of the action changed since the plan (version ${entry.version} → ${live.version}); they were kept`;
  return { current, stop, note };
}

/** A write that may or may not have reached Genesys: only a fresh read can tell. */
function isAmbiguousWrite(error: unknown): boolean {
  if (!(error instanceof GenesysApiError)) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  return error.status === 408 || error.status === 502 || error.status === 504;
}

async function applyFunctionTimeout(entry: PlanEntry, client: GenesysClient): Promise<ApplyResult> {
  const current = readTimeout((await client.getFunction(entry.actionId)).function?.timeoutSeconds);
  const moved = checkExpected(entry, current);
  if (moved !== undefined) return moved;
  if (entry.to === null)
    return failed(entry, 'refused', 'a function timeout cannot be reset to the default');
  await client.updateFunctionTimeout(entry.actionId, entry.to);
  return result(entry, 'applied', null, null);
}

/** undefined when the live value is still what the plan saw; otherwise the result to report. */
function checkExpected(entry: PlanEntry, current: number | null): ApplyResult | undefined {
  if (current === entry.from) return undefined;
  if (current === entry.to)
    return result(entry, 'already-applied', null, 'already at the planned value');
  return failed(
    entry,
    'version-conflict',
    `${entry.field} changed since the plan: it was ${show(entry.from)} at plan time and is ${show(current)} now; re-plan to review the new value`,
  );
}

/** Up to this many changed actions are read back one by one; more are read 50 to a request. */
const SINGLE_READBACK_LIMIT = 10;

type ReadBack = number | null | { error: string };

async function verify(results: ApplyResult[], client: GenesysClient): Promise<ApplyResult[]> {
  const applied = results.filter((r) => r.status === 'applied');
  const ids = (field: PlanEntry['field']): string[] => [
    ...new Set(applied.filter((r) => r.field === field).map((r) => r.actionId)),
  ];
  const configIds = ids('timeoutSeconds');
  const configs = new Map<string, ReadBack>(
    configIds.length > SINGLE_READBACK_LIMIT
      ? await readBatched(configIds, client)
      : await readEach(
          configIds,
          async (id) =>
            (await client.getAction(id, { includeConfig: true })).config?.timeoutSeconds,
        ),
  );
  const functions = new Map<string, ReadBack>(
    await readEach(
      ids('functionTimeoutSeconds'),
      async (id) => (await client.getFunction(id)).function?.timeoutSeconds,
    ),
  );
  return results.map((r) => {
    if (r.status !== 'applied') return r;
    const value = (r.field === 'timeoutSeconds' ? configs : functions).get(r.actionId) ?? null;
    if (value === r.to) return r;
    const message =
      typeof value === 'object' && value !== null
        ? `applied, but reading it back failed: ${value.error}`
        : `read back ${show(value)} after applying ${show(r.to)}`;
    return { ...r, status: 'failed', reason: 'verify-failed', message };
  });
}

async function readBatched(
  ids: string[],
  client: GenesysClient,
): Promise<(readonly [string, ReadBack])[]> {
  try {
    const found = new Map(
      (await client.getActionsByIds(ids, { includeConfig: true })).map((a) => [a.id, a]),
    );
    return ids.map((id) => {
      const action = found.get(id);
      return [
        id,
        action === undefined
          ? { error: 'the action is gone' }
          : readTimeout(action.config?.timeoutSeconds),
      ] as const;
    });
  } catch (error) {
    const message = getErrorMessage(error);
    return ids.map((id) => [id, { error: message }] as const);
  }
}

/** Reads each id; a failed read becomes its error, so one bad read cannot hide the whole report. */
async function readEach(
  ids: string[],
  read: (id: string) => Promise<number | undefined>,
): Promise<(readonly [string, ReadBack])[]> {
  return mapPool(ids, 8, async (id) => {
    try {
      return [id, readTimeout(await read(id))] as const;
    } catch (error) {
      return [id, { error: getErrorMessage(error) }] as const;
    }
  });
}

function classify(error: unknown): ApplyFailure {
  if (error instanceof GenesysOperationError) return 'refused';
  if (error instanceof GenesysApiError) {
    if (error.kind === 'version-mismatch') return 'version-conflict';
    if (error.kind === 'rate-limited') return 'rate-limited';
    if (error.kind === 'auth' || error.kind === 'forbidden') return 'auth-failed';
  }
  return 'api-error';
}

function show(value: number | null): string {
  return value === null ? 'default' : `${value} s`;
}

function result(
  entry: PlanEntry,
  status: ApplyStatus,
  reason: ApplyFailure | null,
  message: string | null,
): ApplyResult {
  return {
    actionId: entry.actionId,
    actionName: entry.actionName,
    integrationName: entry.integrationName,
    field: entry.field,
    from: entry.from,
    to: entry.to,
    status,
    reason,
    message,
  };
}

function failed(entry: PlanEntry, reason: ApplyFailure, message: string): ApplyResult {
  return result(entry, 'failed', reason, message);
}
