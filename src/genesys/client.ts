import { EnvHttpProxyAgent, type Dispatcher } from 'undici';
import * as actions from './actions.js';
import { DEFAULT_JOB_TIMING, type JobTiming } from './analytics-jobs.js';
import { readActionLatency, type LatencyReading, type LatencyScope } from './analytics.js';
import { TokenProvider } from './auth.js';
import type { TemplateFile } from './config-patch.js';
import { listConsumingFlows, type ConsumingFlow } from './dependencies.js';
import { readActionFailures, type FailureReading } from './analytics-failures.js';
import { getFlowLatestConfiguration, type FlowConfigReading } from './flow-config.js';
import { createEventSink, type ClientEvent, type EventSink } from './events.js';
import { getFunction, updateFunctionTimeout } from './functions.js';
import { ApiRequester } from './http.js';
import { integrationNamesSeen } from './integration-names.js';
import { listIntegrations } from './integrations.js';
import { resolveSettings, type ClientSettings, type ResolvedSettings } from './options.js';
import { Pacer } from './pacing.js';
import { ConcurrencyPool } from './pool.js';
import { RateBudget } from './rate-budget.js';
import { clientSecrets } from './secrets.js';
import { Redactor } from '../util/redact.js';
import { cancellableSleep, deadlineSignal, untilAborted } from '../util/deadline.js';
import { send, type RawRequest, type RawResponse } from './transport.js';
import type { Action, FunctionConfig, Integration, UpdateActionInput } from './types.js';

export interface GenesysClientOptions extends ClientSettings {
  /**
   * The run's redactor: the client registers the client secret, the Basic credential and every
   * access token with it the moment they are known, and scrubs server text with it. Omitted (tests),
   * the client keeps one of its own.
   */
  redactor?: Redactor;
  /** Retry, rate-wait, auth and paging events for logging/progress; never carries secrets. */
  onEvent?: (event: ClientEvent) => void;
  /**
   * Epoch ms (Date.now) when the run must end: every wait (rate budget, back-off, Retry-After,
   * pool, login) is cancelled then and requests in flight are aborted, so nothing outlives it.
   */
  deadline?: number | undefined;
  /** For tests. */
  dispatcher?: Dispatcher;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** How long and how often to poll an analytics job (defaults: up to 60 s, 250 ms doubling to 4 s). */
  analyticsJobs?: Partial<Omit<JobTiming, 'now' | 'sleep'>>;
}

export interface GenesysClient {
  /** Every action; `select` keeps what the caller needs of each, page by page. */
  listActions<T extends { id: string } = Action>(
    opts?: actions.ListActionsOptions<T>,
  ): Promise<T[]>;
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
  /**
   * Integration names seen in action analytics over `interval` (id → name): the fallback when the
   * integrations cannot be read. Empty when analytics is refused.
   */
  integrationNamesSeen(interval: string): Promise<Map<string, string>>;
  /** Logs in (or reuses the token) and tells the token's lifetime (`expires_in`), if stated. */
  login(): Promise<{ tokenLifetimeSeconds: number | undefined }>;
  /** A harmless read of `path` (GET) and its JSON answer: does the token allow it? Throws if not. */
  probe(path: string, query?: Record<string, string | number | boolean>): Promise<unknown>;
  /** The rate limit in force: what the org last stated, and the budget and pool now. */
  limits(): { statedPerMinute: number | undefined; requestsPerMinute: number; concurrency: number };
  /**
   * tTotalExecution (ms) of the scope's actions in O(1) requests (one query, or one async job);
   * never throws for an API answer: a refusal comes back as `unavailable`.
   */
  readActionLatency(
    scope: LatencyScope,
    interval: string,
    onProgress?: (done: number, total: number) => void,
  ): Promise<LatencyReading>;
  /** Flows that use the action; DependencyTrackingForbiddenError without the permission. */
  listConsumingFlows(
    actionId: string,
    opts?: { maxPages?: number; secure?: boolean },
  ): Promise<ConsumingFlow[]>;
  /** A flow's latest configuration (untyped JSON); never throws for an API answer. */
  getFlowLatestConfiguration(flowId: string): Promise<FlowConfigReading>;
  /** Runs and failed runs per action over `interval` in one query; never throws for an API answer. */
  readActionFailures(actionIds: readonly string[], interval: string): Promise<FailureReading>;
  /** `requests` counts every HTTP attempt, logins included. */
  stats(): { requests: number; retries: number; rateWaits: number };
  /** Waits for requests in flight; `abandon` aborts them instead (the run deadline passed). */
  close(options?: { abandon?: boolean }): Promise<void>;
}

/** Honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY (corporate runners), else connects directly. */
function agentFor(settings: ResolvedSettings): Dispatcher {
  return new EnvHttpProxyAgent({
    connect: { timeout: settings.connectTimeoutMs },
    headersTimeout: settings.requestTimeoutMs,
    bodyTimeout: settings.requestTimeoutMs,
  });
}

interface Wiring {
  api: ApiRequester;
  tokens: TokenProvider;
  pacer: Pacer;
  budget: RateBudget;
  pool: ConcurrencyPool;
  emit: EventSink;
  counters: { requests: number; retries: number; rateWaits: number };
  ownAgent: Dispatcher | undefined;
  signal: AbortSignal | undefined;
}

function budgetFor(
  settings: ResolvedSettings,
  o: Pick<Wiring, 'emit' | 'counters' | 'signal'> & {
    now: () => number;
    sleep: (ms: number) => Promise<void>;
  },
): RateBudget {
  return new RateBudget({
    limit: settings.requestsPerMinute,
    windowMs: settings.budgetWindowMs,
    now: o.now,
    sleep: o.sleep,
    ...(o.signal === undefined ? {} : { signal: o.signal }),
    onWait: (wait) => {
      o.counters.rateWaits += 1;
      o.emit({ type: 'rate-wait', waitMs: wait.waitMs, reason: wait.reason });
    },
  });
}

/** Transport, login, rate budget, pacing and pool: everything an API call goes through. */
function wire(options: GenesysClientOptions): Wiring {
  const settings = resolveSettings(options);
  const now = options.now ?? Date.now;
  const signal = deadlineSignal(options.deadline);
  const sleep = options.sleep ?? ((ms: number) => cancellableSleep(ms, signal));
  const random = options.random ?? Math.random;
  const redactor = clientSecrets(options.redactor ?? new Redactor());
  redactor.add(options.clientSecret);
  const emit = createEventSink(options.onEvent, redactor);
  for (const message of settings.warnings) emit({ type: 'setting-ignored', message });
  const counters = { requests: 0, retries: 0, rateWaits: 0 };
  const ownAgent = options.dispatcher === undefined ? agentFor(settings) : undefined;
  const dispatcher = options.dispatcher ?? ownAgent;
  const counted = (req: RawRequest): Promise<RawResponse> => {
    counters.requests += 1;
    return send(req, { timeoutMs: settings.requestTimeoutMs, dispatcher, signal });
  };
  const common = {
    policy: settings.retry,
    ...{ random, sleep, now, emit, redactor, signal },
    send: counted,
  };
  const tokens = new TokenProvider({
    ...common,
    tokenUrl: settings.tokenUrl,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    userAgent: settings.userAgent,
  });
  const budget = budgetFor(settings, { now, sleep, signal, emit, counters });
  const pool = new ConcurrencyPool(settings.concurrency, signal);
  const pacer = new Pacer({
    budget,
    pool,
    limitCap: settings.requestsPerMinuteCap,
    initialConcurrency: settings.concurrency,
    maxConcurrency: settings.maxConcurrency,
    windowMs: settings.budgetWindowMs,
    now,
  });
  const api = new ApiRequester({
    ...common,
    apiBaseUrl: settings.apiBaseUrl,
    apiHost: settings.apiHost,
    userAgent: settings.userAgent,
    requestTimeoutMs: settings.requestTimeoutMs,
    pool,
    budget,
    pacer,
    tokens,
    onRetry: () => {
      counters.retries += 1;
    },
  });
  return { api, emit, counters, ownAgent, tokens, pacer, budget, pool, signal };
}

export function createGenesysClient(options: GenesysClientOptions): GenesysClient {
  const { api, emit, counters, ownAgent, tokens, pacer, budget, pool, signal } = wire(options);
  const latency = latencyReader(api, options, signal);

  let closed = false;
  const open = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => {
    return async (...args: A): Promise<R> => {
      if (closed) throw new Error('the Genesys Cloud client is closed');
      return fn(...args);
    };
  };

  return {
    listActions: <T extends { id: string } = Action>(opts: actions.ListActionsOptions<T> = {}) =>
      open(() => actions.listActions<T>(api, emit, opts))(),
    getAction: open((id, opts = {}) => actions.getAction(api, id, opts)),
    getActionsByIds: open((ids, opts = {}) => actions.getActionsByIds(api, ids, opts)),
    getTemplate: open((id, file) => actions.getTemplate(api, id, file)),
    patchAction: open((id, body) => actions.patchAction(api, id, body)),
    updateTimeout: open((id, change) => actions.updateTimeout(api, id, change)),
    getFunction: open((id) => getFunction(api, id)),
    updateFunctionTimeout: open((id, seconds) => updateFunctionTimeout(api, emit, id, seconds)),
    listIntegrations: open(() => listIntegrations(api, emit)),
    integrationNamesSeen: open((interval) => integrationNamesSeen(api, interval)),
    login: open(async () => {
      await tokens.get();
      return { tokenLifetimeSeconds: tokens.lifetimeSeconds };
    }),
    probe: open((path, query) =>
      api.json<unknown>({ method: 'GET', path, ...(query === undefined ? {} : { query }) }),
    ),
    limits: () => ({
      statedPerMinute: pacer.stated,
      requestsPerMinute: budget.limit,
      concurrency: pool.size,
    }),
    readActionLatency: open(latency),
    listConsumingFlows: open((id, opts) => listConsumingFlows(api, emit, id, opts)),
    getFlowLatestConfiguration: open((id) => getFlowLatestConfiguration(api, id)),
    readActionFailures: open((ids, interval) => readActionFailures(api, ids, interval)),
    stats: () => ({ ...counters }),
    close: async (options) => {
      if (closed) return;
      closed = true;
      await (options?.abandon === true ? ownAgent?.destroy() : ownAgent?.close());
    },
  };
}

/** Latency in O(1) requests, with the analytics jobs' polling on the client's clock. */
function latencyReader(
  api: ApiRequester,
  options: GenesysClientOptions,
  signal: AbortSignal | undefined,
): GenesysClient['readActionLatency'] {
  const now = options.now ?? Date.now;
  const given = options.sleep;
  const sleep = (ms: number): Promise<void> =>
    given === undefined ? cancellableSleep(ms, signal) : untilAborted(given(ms), signal);
  const jobTiming: JobTiming = { ...DEFAULT_JOB_TIMING, ...options.analyticsJobs, now, sleep };
  return (scope, interval, onProgress) =>
    readActionLatency(api, scope, interval, {
      timing: jobTiming,
      ...(onProgress ? { onProgress } : {}),
    });
}
