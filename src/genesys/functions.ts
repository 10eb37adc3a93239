import { getErrorMessage } from '../util/errors.js';
import { actionPath, assertTimeoutEditable } from './actions.js';
import { GenesysApiError, GenesysOperationError, isVersionMismatch } from './errors.js';
import { isNotFound, isProcessing, runtimeRefusal, whileNotReady } from './function-readiness.js';
import type { EventSink } from './events.js';
import type { ApiRequester } from './http.js';
import type { Action, FunctionConfig, FunctionSettings } from './types.js';

/**
 * A function data action's own timeout (`function.timeoutSeconds`) changes only through a draft
 * (GENESYS_API.md §3, §2.5): create draft, PUT its function settings, publish with the draft's version.
 */

export async function getFunction(api: ApiRequester, id: string): Promise<FunctionConfig> {
  return api.json<FunctionConfig>({ method: 'GET', path: actionPath(id, '/function') });
}

export async function updateFunctionTimeout(
  api: ApiRequester,
  emit: EventSink,
  id: string,
  timeoutSeconds: number,
): Promise<FunctionConfig> {
  assertTimeoutEditable(id);
  if (!(Number.isInteger(timeoutSeconds) && timeoutSeconds > 0)) {
    throw new GenesysOperationError(
      'invalid-argument',
      `function timeoutSeconds must be a positive whole number of seconds, got ${String(timeoutSeconds)}`,
      { actionId: id },
    );
  }
  await refuseExistingDraft(api, id);

  try {
    await api.json<Action>({ method: 'POST', path: actionPath(id, '/draft') });
  } catch (error) {
    // A POST that broke on the wire may still have created the draft; a clear 4xx did not.
    if (error instanceof GenesysApiError && ['network', 'timeout', 'server'].includes(error.kind)) {
      await discardDraft(api, emit, id, error);
    }
    throw error;
  }

  try {
    await setDraftTimeoutAndPublish(api, id, timeoutSeconds);
  } catch (error) {
    await discardDraft(api, emit, id, error);
    throw error;
  }
  return getFunction(api, id);
}

/**
 * Refuses before publishing when the draft has no ZIP: depending on the org, publishing it
 * would fail or leave the function without its code (GENESYS_API.md §3), and gc-timeouts never
 * has that code to upload. Only the Function model's writable fields are sent (§12): never the
 * draft's ids, dates or zip, and no action config at all.
 */
async function setDraftTimeoutAndPublish(
  api: ApiRequester,
  id: string,
  timeoutSeconds: number,
): Promise<void> {
  // A fresh draft's function may not exist yet (404) until the org has made it (§12).
  const draft = await whileNotReady(api, id, 'its function was not made', isNotFound, () =>
    api.json<FunctionConfig>({ method: 'GET', path: actionPath(id, '/draft/function') }),
  );
  const settings = draft.function;
  const zipId = settings?.zipId ?? draft.zip?.id;
  if (settings === undefined || zipId === undefined || zipId === '') {
    throw new GenesysOperationError(
      'function-zip-required',
      `The draft of function action ${id} has no function ZIP, so Genesys Cloud would need the code ` +
        're-uploaded to publish it; gc-timeouts never has that code. Change this timeout in the ' +
        'Genesys Cloud UI (or with the tool that deploys the function), then re-run.',
      { actionId: id },
    );
  }
  const body: FunctionSettings = {
    description: settings.description,
    handler: settings.handler,
    runtime: settings.runtime,
    timeoutSeconds,
  };
  try {
    await api.json<FunctionConfig>({
      method: 'PUT',
      path: actionPath(id, '/draft/function'),
      body,
    });
  } catch (error) {
    throw runtimeRefusal(error, id, settings.runtime) ?? error;
  }
  await publishWhenProcessed(api, id);
}

/**
 * Publishes with the draft's current version, read just before (Terraform's fix of 2026-06). A
 * publish refused as `ACTION.PROCESSING` (the org still processes the change, §12) or as a
 * version mismatch in any of its forms is tried again after a fresh read, a bounded number of times.
 */
async function publishWhenProcessed(api: ApiRequester, id: string): Promise<void> {
  let tried = false;
  await whileNotReady(
    api,
    id,
    'Genesys Cloud was still processing it',
    (error) => isProcessing(error) || isVersionMismatch(error),
    async () => {
      let current: Action;
      try {
        current = await api.json<Action>({ method: 'GET', path: actionPath(id, '/draft') });
      } catch (error) {
        // A 408 may hide a publish that went through: the draft is then gone. The caller reads
        // the published function back, which tells.
        if (tried && isNotFound(error)) return undefined;
        throw error;
      }
      tried = true;
      return api.json<Action>({
        method: 'POST',
        path: actionPath(id, '/draft/publish'),
        body: { version: current.version },
      });
    },
  );
}

/** A draft that already exists is someone's unpublished work: publishing ours would publish theirs. */
async function refuseExistingDraft(api: ApiRequester, id: string): Promise<void> {
  try {
    await api.json<Action>({ method: 'GET', path: actionPath(id, '/draft') });
  } catch (error) {
    if (error instanceof GenesysApiError && error.kind === 'not-found') return;
    throw error;
  }
  throw new GenesysOperationError(
    'draft-exists',
    `Function action ${id} already has an unpublished draft; publish or delete it in Genesys Cloud ` +
      'first (gc-timeouts will not publish or discard work it did not create)',
    { actionId: id },
  );
}

/** Best effort: leaves nothing half-done; if that fails too, says so in the original error. */
async function discardDraft(
  api: ApiRequester,
  emit: EventSink,
  id: string,
  original: unknown,
): Promise<void> {
  try {
    await api.json<unknown>({ method: 'DELETE', path: actionPath(id, '/draft') });
    emit({ type: 'draft-cleanup', actionId: id, ok: true });
  } catch (error) {
    if (error instanceof GenesysApiError && error.kind === 'not-found') {
      emit({ type: 'draft-cleanup', actionId: id, ok: true });
      return;
    }
    const why = getErrorMessage(error);
    emit({ type: 'draft-cleanup', actionId: id, ok: false, message: why });
    if (original instanceof Error) {
      original.message += `; the draft of ${id} could not be deleted (${why}): delete it in Genesys Cloud`;
    }
  }
}
