import { isCustomAuthActionId, isStaticActionId, readTimeout } from './action-ids.js';
import { buildTimeoutPatch, type TemplateFile } from './config-patch.js';
import { GenesysApiError, GenesysOperationError } from './errors.js';
import type { EventSink } from './events.js';
import type { ApiRequester } from './http.js';
import { isFunctionAction } from './integrations.js';
import { readAllPages } from './paging.js';
import { fetchTemplates } from './templates.js';
import type { Action, ActionConfig, EntityListing, UpdateActionInput } from './types.js';

export const ACTIONS_PATH = '/api/v2/integrations/actions';

export function actionPath(id: string, suffix = ''): string {
  return `${ACTIONS_PATH}/${encodeURIComponent(id)}${suffix}`;
}

export interface ListActionsOptions<T extends { id: string } = Action> {
  includeConfig?: boolean;
  includeAuthActions?: boolean;
  onProgress?: (read: number, total: number) => void;
  /**
   * What to keep of each action, applied page by page as the pages arrive: a caller that needs a
   * few fields of 100,000 actions never holds 100,000 full configs.
   */
  select?: (action: Action) => T;
  /**
   * The list's `name` filter: a partial match on the server (GENESYS_API.md §2.1), so callers
   * check the exact name themselves.
   */
  name?: string;
  /**
   * Reads only the first page, once (no re-read of an inconsistent listing): with `pageSize` 1,
   * what `onProgress` is told of the total costs one small request.
   */
  firstPageOnly?: { pageSize: number };
}

export async function listActions<T extends { id: string } = Action>(
  api: ApiRequester,
  emit: EventSink,
  opts: ListActionsOptions<T> = {},
): Promise<T[]> {
  const select = opts.select ?? ((action: Action) => action as unknown as T);
  return readAllPages<T>({
    path: ACTIONS_PATH,
    emit,
    idOf: (action) => action.id,
    onProgress: opts.onProgress,
    ...(opts.firstPageOnly === undefined
      ? {}
      : { pageSize: opts.firstPageOnly.pageSize, maxPages: 1, maxPasses: 1 }),
    fetchPage: async (pageNumber, pageSize) => {
      const listing = await api.json<EntityListing<Action>>({
        method: 'GET',
        path: ACTIONS_PATH,
        query: {
          pageSize,
          pageNumber,
          includeConfig: opts.includeConfig === true ? true : undefined,
          includeAuthActions: opts.includeAuthActions === true ? 'true' : undefined,
          name: opts.name,
        },
      });
      const { entities, ...rest } = listing;
      return entities === undefined ? rest : { ...rest, entities: entities.map(select) };
    },
  });
}

/** The list endpoint takes at most 50 ids (GENESYS_API.md §2.1). */
export const IDS_PER_REQUEST = 50;

/**
 * Reads the given actions with the list endpoint's `ids` filter, 50 a request: far fewer requests
 * than one GET each. Whether the real API honours includeConfig together with ids is not
 * documented, so an action that comes back without its config is read again on its own.
 */
export async function getActionsByIds(
  api: ApiRequester,
  ids: readonly string[],
  opts: { includeConfig?: boolean } = {},
): Promise<Action[]> {
  const unique = [...new Set(ids)];
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += IDS_PER_REQUEST)
    chunks.push(unique.slice(i, i + IDS_PER_REQUEST));
  // Each chunk is read as a listing: a server that pages by fewer than 50 answers it in pages.
  const pages = await Promise.all(
    chunks.map((chunk) =>
      readAllPages<Action>({
        path: ACTIONS_PATH,
        emit: () => undefined,
        idOf: (action) => action.id,
        pageSize: IDS_PER_REQUEST,
        fetchPage: (pageNumber, pageSize) =>
          api.json<EntityListing<Action>>({
            method: 'GET',
            path: ACTIONS_PATH,
            query: {
              ids: chunk.join(','),
              pageSize,
              pageNumber,
              includeConfig: opts.includeConfig === true ? true : undefined,
              includeAuthActions: 'true',
            },
          }),
      }),
    ),
  );
  const wanted = new Set(unique);
  const found = pages.flat().filter((a) => wanted.has(a.id));
  if (opts.includeConfig !== true) return found;
  return Promise.all(
    found.map((a) =>
      a.config === undefined ? getAction(api, a.id, { includeConfig: true }) : Promise.resolve(a),
    ),
  );
}

export interface GetActionOptions {
  includeConfig?: boolean;
  expandContract?: boolean;
}

export async function getAction(
  api: ApiRequester,
  id: string,
  opts: GetActionOptions = {},
): Promise<Action> {
  return api.json<Action>({
    method: 'GET',
    path: actionPath(id),
    query: {
      expand: opts.expandContract === true ? 'contract' : undefined,
      includeConfig: opts.includeConfig === true ? true : undefined,
    },
  });
}

export async function getTemplate(
  api: ApiRequester,
  id: string,
  file: TemplateFile,
): Promise<string> {
  return api.text({ method: 'GET', path: actionPath(id, `/templates/${file}`) });
}

export async function patchAction(
  api: ApiRequester,
  id: string,
  body: UpdateActionInput,
): Promise<Action> {
  return api.json<Action>({ method: 'PATCH', path: actionPath(id), body });
}

/** Client-side refusal of actions whose timeout must never be set (GENESYS_API.md §3). */
export function assertTimeoutEditable(id: string): void {
  if (isStaticActionId(id)) {
    throw new GenesysOperationError(
      'static-action',
      `Action ${id} is a built-in (static) action owned by Genesys; it cannot be updated`,
      { actionId: id },
    );
  }
  if (isCustomAuthActionId(id)) {
    throw new GenesysOperationError(
      'custom-auth-action',
      `Action ${id} is a custom authentication action; a timeout is invalid for it`,
      { actionId: id },
    );
  }
}

export interface TimeoutChange {
  /** The version the change was planned against; the PATCH fails if the action moved on. */
  version: number;
  /** null removes the override so the platform default applies. */
  timeoutSeconds: number | null;
  /** From a fresh read with includeConfig=true; read here when absent. */
  live?: Action;
}

function checkSeconds(id: string, seconds: number | null): void {
  if (seconds !== null && !(Number.isInteger(seconds) && seconds > 0)) {
    throw new GenesysOperationError(
      'invalid-argument',
      `timeoutSeconds must be a positive whole number of seconds, got ${String(seconds)}`,
      { actionId: id },
    );
  }
}

function checkLive(id: string, live: Action, version: number): ActionConfig {
  if (live.config === undefined) {
    throw new GenesysOperationError(
      'missing-config',
      `Action ${id} was read without its config (includeConfig=true); refusing to send a config that would replace it`,
      { actionId: id },
    );
  }
  if (live.version !== version) {
    // Building from a config of another version would silently drop or resurrect someone's edit.
    throw new GenesysApiError({
      kind: 'version-mismatch',
      message:
        `Action ${id} is at version ${live.version} but the change was planned against version ` +
        `${version}; re-read it before updating`,
      apiMessage: 'version does not match the current version',
      method: 'PATCH',
      path: actionPath(id),
    });
  }
  return live.config;
}

/**
 * PATCHes the live config with only `timeoutSeconds` changed and returns the saved action. A
 * removal (null) is confirmed from the answer (or a GET when the answer has no config): an
 * org that merges PATCH config keeps a key left out (GENESYS_API.md §2.4 leaves this open), so
 * the removal is sent again as `null`, which a JSON merge deletes; if the timeout is still there,
 * this fails with `timeout-not-removed` instead of reporting a reset that did not happen.
 */
export async function updateTimeout(
  api: ApiRequester,
  id: string,
  change: TimeoutChange,
): Promise<Action> {
  assertTimeoutEditable(id);
  const seconds = change.timeoutSeconds;
  checkSeconds(id, seconds);
  const live = change.live ?? (await getAction(api, id, { includeConfig: true }));
  const config = checkLive(id, live, change.version);
  const templates = await fetchTemplates(api, id, config);
  const functionAction = await isFunctionAction(api, live);
  const body = buildTimeoutPatch({ ...live, config }, change.version, templates, seconds, {
    functionAction,
  });
  const answer = await patchAction(api, id, body);
  if (seconds !== null) return answer;
  const first = await readBack(api, id, answer);
  const kept = readTimeout(first.config?.timeoutSeconds);
  if (kept === null) return first;
  const again = {
    ...body,
    version: first.version,
    config: { ...body.config, timeoutSeconds: null },
  };
  let second: Action;
  try {
    second = await readBack(api, id, await patchAction(api, id, again));
  } catch (error) {
    if (error instanceof GenesysApiError && error.kind === 'validation') {
      throw notRemoved(id, kept, `sending it as null was refused: ${error.apiMessage}`, error);
    }
    throw error;
  }
  const still = readTimeout(second.config?.timeoutSeconds);
  if (still === null) return second;
  throw notRemoved(id, still, 'and so did one that sent it as null');
}

/** The PATCH answer when it shows the config; otherwise a fresh read of the action. */
async function readBack(
  api: ApiRequester,
  id: string,
  answer: Action | undefined,
): Promise<Action> {
  if (answer?.config !== undefined && typeof answer.version === 'number') return answer;
  return getAction(api, id, { includeConfig: true });
}

function notRemoved(id: string, kept: number, why: string, cause?: unknown): GenesysOperationError {
  return new GenesysOperationError(
    'timeout-not-removed',
    `Action ${id} kept timeoutSeconds ${kept} s after a PATCH that left it out (this org merges ` +
      `PATCH config), ${why}. The reset to the platform default did not happen: set an explicit ` +
      'timeout instead (the default is 60 s), or remove it in Genesys Cloud',
    { actionId: id, ...(cause === undefined ? {} : { cause }) },
  );
}
