import { getErrorMessage } from '../util/errors.js';
import { readTimeout } from '../genesys/action-ids.js';
import type { GenesysClient } from '../genesys/client.js';
import type { ApplyResult, PlanEntry } from '../plan/types.js';
import { mapPool } from '../util/pool.js';
import { formatTimeout } from '../plan/timeout-value.js';

/** After the writes: each change the PATCH answer did not show written is read back and checked. */

/** One change done, and whether the PATCH answer itself showed the new value (no read-back). */
export interface Outcome {
  result: ApplyResult;
  proven: boolean;
  /** The failure, when there was one: the circuit breaker counts transport failures. */
  error?: unknown;
}

/** Up to this many changed actions are read back one by one; more are read 50 to a request. */
const SINGLE_READBACK_LIMIT = 10;

type ReadBack = number | null | { error: string };

/** `concurrency`: single reads made at once. */
export async function verify(
  outcomes: Outcome[],
  client: GenesysClient,
  concurrency: number,
): Promise<ApplyResult[]> {
  const results = outcomes.map((o) => o.result);
  // What the PATCH answer already showed needs no second read.
  const applied = outcomes
    .filter((o) => o.result.status === 'applied' && !o.proven)
    .map((o) => o.result);
  const unproven = new Set(applied);
  const ids = (field: PlanEntry['field']): string[] => [
    ...new Set(applied.filter((r) => r.field === field).map((r) => r.actionId)),
  ];
  const configIds = ids('timeoutSeconds');
  const configs = new Map<string, ReadBack>(
    configIds.length > SINGLE_READBACK_LIMIT
      ? await readBatched(configIds, client)
      : await readEach(
          configIds,
          concurrency,
          async (id) =>
            (await client.getAction(id, { includeConfig: true })).config?.timeoutSeconds,
        ),
  );
  const functions = new Map<string, ReadBack>(
    await readEach(
      ids('functionTimeoutSeconds'),
      concurrency,
      async (id) => (await client.getFunction(id)).function?.timeoutSeconds,
    ),
  );
  return results.map((r) => {
    if (r.status !== 'applied' || !unproven.has(r)) return r;
    const value = (r.field === 'timeoutSeconds' ? configs : functions).get(r.actionId) ?? null;
    if (value === r.to) return r;
    const message =
      typeof value === 'object' && value !== null
        ? `applied, but reading it back failed: ${value.error}`
        : `read back ${formatTimeout(value)} after applying ${formatTimeout(r.to)}`;
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
  concurrency: number,
  read: (id: string) => Promise<number | undefined>,
): Promise<(readonly [string, ReadBack])[]> {
  return mapPool(ids, concurrency, async (id) => {
    try {
      return [id, readTimeout(await read(id))] as const;
    } catch (error) {
      return [id, { error: getErrorMessage(error) }] as const;
    }
  });
}
