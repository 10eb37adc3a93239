import { AVAILABLE_RUNTIMES } from './views.js';
import { AnalyticsService } from './analytics-service.js';
import type { AnalyticsSettings } from './analytics-settings.js';
import { TokenRegistry } from './auth.js';
import { Clock } from './clock.js';
import { badRequest } from './errors.js';
import { decideFault, normalizeFaultSpec, type FaultKind, type FaultSpec } from './faults.js';
import { clone } from './json.js';
import { readKnobPatch, type Knobs } from './knobs.js';
import { matches, sortItems, type ActionListQuery } from './listing.js';
import { RateLimiter } from './rate-limit.js';
import { RequestLog, type RequestLogEntry } from './request-log.js';
import { buildSeed } from './seeds/index.js';
import { ActionStore } from './store.js';
import {
  actionKind,
  type StoredAction,
  type StoredDraft,
  type StoredIntegration,
} from './types.js';

const LIST_CACHE_ENTRIES = 32;

export interface ResolvedOptions {
  seed: string;
  clientId: string;
  clientSecret: string;
  latencyMs: number;
  tokenTtlSeconds: number;
  /** The knobs the simulator started with; `SimulatorState.knobs` holds the current ones. */
  knobs: Knobs;
  inlineTemplates: boolean;
  admin: boolean;
  faults: FaultSpec;
  analytics: AnalyticsSettings;
}

/** A stored action with its pending draft, as the admin API shows it. */
export interface ActionSnapshot extends StoredAction {
  draft?: StoredDraft;
}

/**
 * Everything the simulated org knows, reachable in-process by tests and over `/__sim/` by
 * anything else. The HTTP layer is a thin adapter over this object.
 */
export class SimulatorState {
  readonly clock = new Clock();
  readonly store: ActionStore;
  readonly tokens: TokenRegistry;
  readonly rateLimiter: RateLimiter;
  /** Function configuration, publish and delete requests a second per token (GENESYS_API.md §12). */
  readonly functionLimiter: RateLimiter;
  readonly log = new RequestLog();
  readonly runtimes = AVAILABLE_RUNTIMES;
  readonly analytics: AnalyticsService;
  private faultSpec: FaultSpec;
  private currentKnobs: Knobs;
  /** Fault schedules and draws count requests from the moment the spec was set. */
  private faultBaseSeq = 0;
  private readonly listCache = new Map<string, StoredAction[]>();
  private listCacheRevision = -1;

  constructor(readonly options: ResolvedOptions) {
    this.currentKnobs = clone(options.knobs);
    this.store = new ActionStore(() => this.currentKnobs);
    this.tokens = new TokenRegistry(
      this.clock,
      options.clientId,
      options.clientSecret,
      options.tokenTtlSeconds,
    );
    this.rateLimiter = new RateLimiter(this.clock, () => this.currentKnobs.rateLimitPerMinute);
    this.functionLimiter = new RateLimiter(
      this.clock,
      () => this.currentKnobs.functionRatePerSecond,
      1000,
    );
    this.faultSpec = normalizeFaultSpec(options.faults);
    this.store.load(buildSeed(options.seed));
    this.analytics = new AnalyticsService(
      this.clock,
      {
        seed: options.seed,
        actions: () => this.store.actions.values(),
        integrations: () => this.store.integrations,
      },
      options.analytics,
    );
  }

  /** Back to the seed: actions, drafts and the request log. Tokens and faults are kept. */
  reset(): void {
    this.store.load(buildSeed(this.options.seed));
    this.log.restart();
    this.faultBaseSeq = 0;
    this.analytics.clear();
  }

  /** Changes how analytics answers (the admin API's body: a mode or some settings). */
  configureAnalytics(patch: unknown): AnalyticsSettings {
    try {
      return this.analytics.configure(patch);
    } catch (error) {
      throw badRequest(error instanceof Error ? error.message : String(error), 'analytics');
    }
  }

  /** The knobs in force now (a copy). */
  get knobs(): Knobs {
    return clone(this.currentKnobs);
  }

  /** Changes some knobs (the admin API's body; `profile: "strict"` sets the strict readings). */
  setKnobs(patch: unknown): Knobs {
    this.currentKnobs = { ...this.currentKnobs, ...readKnobPatch(patch) };
    return this.knobs;
  }

  get faults(): FaultSpec {
    return clone(this.faultSpec);
  }

  /** Replaces the fault spec (object or compact string); schedules count from now. */
  setFaults(spec: string | FaultSpec): FaultSpec {
    this.faultSpec = normalizeFaultSpec(spec);
    this.faultBaseSeq = this.log.lastSeq;
    return this.faults;
  }

  faultFor(seq: number, isOAuth: boolean): FaultKind | undefined {
    return decideFault(this.faultSpec, seq - this.faultBaseSeq, isOAuth);
  }

  requests(): RequestLogEntry[] {
    return this.log.list();
  }

  clearRequests(): void {
    this.log.clear();
  }

  /** A deep copy of the stored action (inline templates, function settings, draft). */
  getAction(id: string): ActionSnapshot {
    const snapshot: ActionSnapshot = clone(this.store.get(id));
    const draft = this.store.drafts.get(id);
    if (draft !== undefined) snapshot.draft = clone(draft);
    return snapshot;
  }

  listActions(): StoredAction[] {
    return [...this.store.actions.values()].map((a) => clone(a));
  }

  listIntegrations(): StoredIntegration[] {
    return [...this.store.integrations.values()].map((i) => clone(i));
  }

  /** An edit made in the admin UI: deep-merged, validated, version bumped. */
  editAction(id: string, patch: unknown): ActionSnapshot {
    this.store.adminPatch(id, patch);
    return this.getAction(id);
  }

  /** A function action's timeout changed and published from the admin UI. */
  setFunctionTimeout(id: string, timeoutSeconds: number): ActionSnapshot {
    this.store.adminSetFunctionTimeout(id, { timeoutSeconds });
    return this.getAction(id);
  }

  advanceClock(ms: number): void {
    this.clock.advance(ms);
  }

  /**
   * The actions a list query selects, in its order. Cached until the next change: a client
   * reading 20,000 actions asks for 200 pages of the same selection at once.
   */
  selectActions(query: ActionListQuery): StoredAction[] {
    if (this.listCacheRevision !== this.store.revision) {
      this.listCache.clear();
      this.listCacheRevision = this.store.revision;
    }
    const key = JSON.stringify([
      query.sortBy,
      query.descending,
      query.includeAuthActions,
      query.ids === undefined ? null : [...query.ids],
      query.name ?? null,
      query.category ?? null,
      query.secure ?? null,
    ]);
    let selected = this.listCache.get(key);
    if (selected === undefined) {
      // Filtered before sorted: a name query over 100,000 actions sorted them all first
      // (150 ms a request), which the bench then counted as the client's time.
      const wanted = [...this.store.actions.values()].filter((action) =>
        matches(action, query, actionKind(action.id) === 'customAuth'),
      );
      selected = sortItems(wanted, query.sortBy, query.descending);
      if (this.listCache.size >= LIST_CACHE_ENTRIES) this.listCache.clear();
      this.listCache.set(key, selected);
    }
    return selected;
  }
}
