import { GenesysApiError, GenesysOperationError } from './errors.js';
import type { ApiRequester } from './http.js';

/**
 * A function data action's draft is not ready at once (GENESYS_API.md §12): `GET …/draft/function`
 * may answer 404 until the org has made the function, and a publish answers 400
 * `ACTION.PROCESSING` while it still processes a change (Terraform retries both). These answers
 * are waited out, a bounded number of times, on the client's clock.
 */

/** Waits before each retry: about 15 s in all, then the caller's error stands. */
export const READINESS_DELAYS_MS = [500, 1000, 2000, 4000, 8000] as const;

export function isNotFound(error: unknown): boolean {
  return error instanceof GenesysApiError && error.kind === 'not-found';
}

const PROCESSING = /ACTION\.PROCESSING|still (being )?process/i;

/** The transient 400 of a publish during processing; read from the code or the wording. */
export function isProcessing(error: unknown): boolean {
  if (!(error instanceof GenesysApiError) || error.status !== 400) return false;
  return error.code === 'ACTION.PROCESSING' || PROCESSING.test(error.apiMessage);
}

/** Runs `attempt`, again after each delay while `transient` says the org is not ready yet. */
export async function whileNotReady<T>(
  api: ApiRequester,
  id: string,
  why: string,
  transient: (error: unknown) => boolean,
  attempt: () => Promise<T>,
): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      const delay = READINESS_DELAYS_MS[i];
      if (!transient(error)) throw error;
      if (delay === undefined) {
        if (error instanceof Error) {
          const waited = READINESS_DELAYS_MS.reduce((a, b) => a + b, 0) / 1000;
          error.message += `; function action ${id} was not ready after ${i + 1} tries over ${waited} s (${why}): re-run later`;
        }
        throw error;
      }
      await api.pause(delay);
    }
  }
}

const RUNTIME = /runtime/i;

/**
 * A PUT refused over the runtime: a function cannot be moved to a Deprecated runtime, and an org
 * may refuse any change to one on it (§12, open); on an Unavailable runtime only moving to an
 * Available one is allowed. gc-timeouts never changes the runtime, so it says what to do.
 */
export function runtimeRefusal(error: unknown, id: string, runtime: string): Error | undefined {
  if (!(error instanceof GenesysApiError) || error.kind !== 'validation') return undefined;
  if (!RUNTIME.test(error.apiMessage)) return undefined;
  return new GenesysOperationError(
    'function-runtime',
    `Genesys Cloud refused to change function action ${id} on its runtime ${runtime}: ` +
      `${error.apiMessage}. A function on a Deprecated or Unavailable runtime must be moved to an ` +
      'Available runtime (GET /api/v2/integrations/actions/functions/runtimes lists them) in ' +
      'Genesys Cloud or with the tool that deploys it; gc-timeouts changes only the timeout',
    { actionId: id, cause: error },
  );
}
