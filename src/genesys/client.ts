import { Agent, type Dispatcher } from 'undici';
import * as actions from './actions.js';
import { queryActionLatency } from './analytics.js';
import { TokenProvider } from './auth.js';
import type { TemplateFile } from './config-patch.js';
import { createEventSink, type ClientEvent } from './events.js';
import { getFunction, updateFunctionTimeout } from './functions.js';
import { ApiRequester } from './http.js';
import { listIntegrations } from './integrations.js';
import { resolveSettings, type ClientSettings } from './options.js';
import { ConcurrencyPool } from './pool.js';
import { RateBudget } from './rate-budget.js';
import { SecretRedactor } from './secrets.js';
import { send, type RawRequest, type RawResponse } from './transport.js';
import type {
  Action,
  FunctionConfig,
  Integration,
  LatencyStats,
  UpdateActionInput,
} from './types.js';

export interface GenesysClientOptions extends ClientSettings {
  /**
   * Hears the client secret, the Basic credential and every access token the moment they are known,
   * so the Action can mask them (core.setSecret) before anything could print them.
   */
  onSecret?: (secret: string) => void;
  /** Retry, rate-wait, auth and paging events for logging/progress; never carries secrets. */
  onEvent?: (event: ClientEvent) => void;
  /** For tests. */
  dispatcher?: Dispatcher;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface GenesysClient {
  listActions(opts?: {
    includeConfig?: boolean;
    includeAuthActions?: boolean;
    onProgress?: (read: number, total: number) => void;
  }): Promise<Action[]>;
  /** The given actions (missing ids are left out), read 50 a request with the list's `ids` filter. */
  getActionsByIds(ids: readonly string[], opts?: { includeConfig?: boolean }): Promise<Action[]>;
  getAction(
    id: string,
    opts?: { includeConfig?: boolean; expandContract?: boolean },
  ): Promise<Action>;
  getTemplate(id: string, file: TemplateFile): Promise<string>;
  /** Raw PATCH: the body is sent as given (a partial config replaces the whole config). */
  patchAction(id: string, body: UpdateActionInput): Promise<Action>;
  /** PATCH of the live config with only `timeoutSeconds` changed (null removes the override). */
  updateTimeout(
    id: string,
    change: { version: number; timeoutSeconds: number | null; live?: Action },
  ): Promise<Action>;
  getFunction(id: string): Promise<FunctionConfig>;
  updateFunctionTimeout(id: string, timeoutSeconds: number): Promise<FunctionConfig>;
  listIntegrations(): Promise<Integration[]>;
  /** tTotalExecution per action id (ms); empty when analytics is unavailable (400/403). */
  queryActionLatency(actionIds: string[], interval: string): Promise<Map<string, LatencyStats>>;
  /** `requests` counts every HTTP attempt, logins included. */
  stats(): { requests: number; retries: number; rateWaits: number };
  /** Waits for requests in flight; `abandon` aborts them instead (the run deadline passed). */
  close(options?: { abandon?: boolean }): Promise<void>;
}

const realSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

export function createGenesysClient(options: GenesysClientOptions): GenesysClient {
  const settings = resolveSettings(options);
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const redactor = new SecretRedactor(options.onSecret);
  redactor.add(options.clientSecret);
  const emit = createEventSink(options.onEvent, redactor);
  const counters = { requests: 0, retries: 0, rateWaits: 0 };

  const ownAgent =
    options.dispatcher === undefined
      ? new Agent({
          connect: { timeout: settings.connectTimeoutMs },
          headersTimeout: settings.requestTimeoutMs,
          bodyTimeout: settings.requestTimeoutMs,
        })
      : undefined;
  const dispatcher = options.dispatcher ?? ownAgent;
  const counted = (req: RawRequest): Promise<RawResponse> => {
    counters.requests += 1;
    return send(req, { timeoutMs: settings.requestTimeoutMs, dispatcher });
  };

  const tokens = new TokenProvider({
    tokenUrl: settings.tokenUrl,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    userAgent: settings.userAgent,
    send: counted,
    policy: settings.retry,
    random,
    sleep,
    now,
    emit,
    redactor,
  });
  const budget = new RateBudget({
    limit: settings.requestsPerMinute,
    windowMs: settings.budgetWindowMs,
    now,
    sleep,
    onWait: (wait) => {
      counters.rateWaits += 1;
      emit({ type: 'rate-wait', waitMs: wait.waitMs, reason: wait.reason });
    },
  });
  const api = new ApiRequester({
    apiBaseUrl: settings.apiBaseUrl,
    apiHost: settings.apiHost,
    userAgent: settings.userAgent,
    requestTimeoutMs: settings.requestTimeoutMs,
    policy: settings.retry,
    pool: new ConcurrencyPool(settings.concurrency),
    budget,
    tokens,
    send: counted,
    now,
    random,
    sleep,
    emit,
    redactor,
    onRetry: () => {
      counters.retries += 1;
    },
  });

  let closed = false;
  const open = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => {
    return async (...args: A): Promise<R> => {
      if (closed) throw new Error('the Genesys Cloud client is closed');
      return fn(...args);
    };
  };

  return {
    listActions: open((opts = {}) => actions.listActions(api, emit, opts)),
    getAction: open((id, opts = {}) => actions.getAction(api, id, opts)),
    getActionsByIds: open((ids, opts = {}) => actions.getActionsByIds(api, ids, opts)),
    getTemplate: open((id, file) => actions.getTemplate(api, id, file)),
    patchAction: open((id, body) => actions.patchAction(api, id, body)),
    updateTimeout: open((id, change) => actions.updateTimeout(api, id, change)),
    getFunction: open((id) => getFunction(api, id)),
    updateFunctionTimeout: open((id, seconds) => updateFunctionTimeout(api, emit, id, seconds)),
    listIntegrations: open(() => listIntegrations(api, emit)),
    queryActionLatency: open((ids, interval) => queryActionLatency(api, emit, ids, interval)),
    stats: () => ({ ...counters }),
    close: async (options) => {
      if (closed) return;
      closed = true;
      await (options?.abandon === true ? ownAgent?.destroy() : ownAgent?.close());
    },
  };
}
