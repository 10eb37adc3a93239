import { GcTimeoutsError, getErrorMessage } from '../util/errors.js';
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
import { CONCURRENCY_LIMITS } from '../genesys/concurrency.js';
import { plural } from '../util/plural.js';
import { Gate } from './apply-gate.js';
import { formatTimeout } from '../plan/timeout-value.js';
import { failed, result } from './apply-result.js';
import { verify, type Outcome } from './apply-verify.js';

/**
 * Actions worked on at once. Not what bounds the requests: the client keeps as many in flight as
 * the org's stated rate limit and the latency seen call for (genesys/concurrency.ts), so this only
 * has to be at least that many.
 */
const ACTIONS_AT_ONCE = CONCURRENCY_LIMITS.max;

export interface ApplyOptions {
  /** Actions worked on at once; the client's own pool and rate budget still bound the requests. */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
  /** Epoch ms after which no further action is started (the whole-run deadline). */
  deadline?: number;
  now?: () => number;
  /** First pause before re-reading after an ambiguous write (tests pass 0). */
  pauseMs?: number;
}

/**
 * A write is sent at most this many times: a version that moved under us, or an answer that was
 * lost or a 5xx, is re-read and written again only while the change has not landed.
 */
const MAX_ATTEMPTS = 4;

/** Pause before re-reading after an ambiguous write (doubled each time): a 5xx storm is not hammered. */
const AMBIGUOUS_PAUSE_MS = 500;

/**
 * Applies exactly the plan's changes. Each change is held against what the plan recorded
 * (guardLive): a timeout that is no longer the plan's `from` was changed by someone since, and the
 * action fails with version-conflict instead of overwriting them; a version that moved while the
 * timeout did not is an edit of another field, which the write keeps. Every PATCH carries the
 * config of a single-action GET (includeConfig=true) made here, after planning: the plan never
 * holds configs, and the listing is not documented to carry every field the single GET does
 * (GENESYS_API.md), so writing from it could drop a field. A change the PATCH answer does not
 * show written is read back and verified afterwards (50 ids to a request past a few).
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
  const nested = await mapPool(groups, options.concurrency ?? ACTIONS_AT_ONCE, async (entries) => {
    const outcomes: Outcome[] = [];
    for (const entry of entries) {
      const refusal = gate.refusal();
      if (refusal !== undefined) {
        outcomes.push({ result: failed(entry, 'not-attempted', refusal), proven: false });
        continue;
      }
      const outcome = await applyOne(entry, client, options.pauseMs ?? AMBIGUOUS_PAUSE_MS);
      gate.record(outcome.result, outcome.error);
      outcomes.push(outcome);
    }
    options.onProgress?.(++done, groups.length);
    return outcomes;
  });
  const results = await verify(nested.flat(), client, ACTIONS_AT_ONCE);
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
  pauseMs: number,
): Promise<Outcome> {
  try {
    return entry.field === 'timeoutSeconds'
      ? await applyConfigTimeout(entry, client, pauseMs)
      : { result: await applyFunctionTimeout(entry, client), proven: false };
  } catch (error) {
    return { result: failed(entry, classify(error), getErrorMessage(error)), proven: false, error };
  }
}

async function applyConfigTimeout(
  entry: PlanEntry,
  client: GenesysClient,
  pauseMs: number,
): Promise<Outcome> {
  let unsure = false;
  for (let attempt = 1; ; attempt++) {
    const live: Action = await client.getAction(entry.actionId, { includeConfig: true });
    const guard = guardLive(entry, live);
    // After a write whose answer was lost, the target value means it went through.
    if (unsure && guard.current === entry.to)
      return { result: result(entry, 'applied', null, guard.note), proven: true };
    if (guard.stop !== undefined) return { result: guard.stop, proven: false };
    try {
      const answer = await client.updateTimeout(entry.actionId, {
        version: live.version,
        timeoutSeconds: entry.to,
        live,
      });
      return {
        result: result(entry, 'applied', null, guard.note),
        proven: showsWritten(answer, entry, live.version),
      };
    } catch (error) {
      // Someone saved the action since it was read, or the answer to our write was lost or a
      // 5xx (it may have landed): read again, and the guard tells which it was.
      const ambiguous = isAmbiguousWrite(error);
      if ((!isVersionMismatch(error) && !ambiguous) || attempt >= MAX_ATTEMPTS) throw error;
      unsure ||= ambiguous;
      if (ambiguous && pauseMs > 0) await sleep(pauseMs * 2 ** (attempt - 1));
    }
  }
}

/**
 * The PATCH answer proves the write when it is this action, one version on, with its config and
 * the new timeout in it. Whether the answer carries the config is not documented (§2.2): without
 * it, the change is read back.
 */
function showsWritten(answer: Action | undefined, entry: PlanEntry, sent: number): boolean {
  if (answer?.id !== entry.actionId || answer.config === undefined) return false;
  return answer.version > sent && readTimeout(answer.config.timeoutSeconds) === entry.to;
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

/**
 * A write that may or may not have reached Genesys: only a fresh read can tell. A 5xx of any kind
 * counts (a gateway's 503 may follow a backend that saved the change), as do 408 and a lost answer.
 */
export function isAmbiguousWrite(error: unknown): boolean {
  if (!(error instanceof GenesysApiError)) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  return error.status === 408 || (error.status !== undefined && error.status >= 500);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
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
    `${entry.field} changed since the plan: it was ${formatTimeout(entry.from)} at plan time and is ${formatTimeout(current)} now; re-plan to review the new value`,
  );
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
