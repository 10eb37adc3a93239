import type { AddressInfo } from 'node:net';
import { resolveAnalytics, type AnalyticsInput } from './analytics-settings.js';
import { normalizeFaultSpec, type FaultSpec } from './faults.js';
import {
  pageCap,
  choice,
  resolveKnobs,
  type DeprecatedRuntimeStyle,
  type DraftZipStyle,
  type ForbiddenStyle,
  type PatchShapeStyle,
  type SecureDependenciesStyle,
  type Knobs,
  type ListingConfigStyle,
  type MissingTemplateStyle,
  type PatchConfigStyle,
  type Profile,
  type VersionMismatchStyle,
} from './knobs.js';
import { createSimulatorServer } from './http/server.js';
import { SimulatorState, type ResolvedOptions } from './state.js';

export type { ErrorBody } from './errors.js';
export type * from './knobs.js';
export { DEFAULT_KNOBS, STRICT_KNOBS } from './knobs.js';
export type { AnalyticsInput, AnalyticsMode, AnalyticsSettings } from './analytics-settings.js';
export type { FaultKind, FaultSpec, FaultWindow } from './faults.js';
export { parseFaultSpec } from './faults.js';
export type { RequestLogEntry } from './request-log.js';
export { observeExchanges, type Exchange } from './exchanges.js';
export type { ActionSnapshot, ResolvedOptions } from './state.js';
export { SimulatorState } from './state.js';
export type * from './types.js';
export { isValidSeed } from './seeds/index.js';

/** The documented demo credentials; they protect nothing and only exist on loopback. */
export const DEMO_CLIENT_ID = 'gc-timeouts-demo';
export const DEMO_CLIENT_SECRET = 'demo-secret-not-for-production';

export interface SimulatorOptions {
  /** 'demo' (default), 'empty' or 'scale:N'. */
  seed?: string | undefined;
  host?: string | undefined;
  /** 0 (default) picks a free port. */
  port?: number | undefined;
  clientId?: string | undefined;
  clientSecret?: string | undefined;
  /** Added before every /oauth and /api/v2 response. */
  latencyMs?: number | undefined;
  /** Requests per access token per sliding minute; 0 disables. Default 300. */
  rateLimitPerMinute?: number | undefined;
  tokenTtlSeconds?: number | undefined;
  /**
   * How a stale version is answered: 409 (default); 400 "…does not match the current version…"
   * (the wording Terraform matches); or 400-swagger "Version does not match current version.".
   */
  versionMismatch?: VersionMismatchStyle | undefined;
  /** `strict`: every knob below at its least forgiving reading; explicit settings still win. */
  profile?: Profile | undefined;
  /** The permissions the client holds (default all); a call lacking one answers 403. */
  permissions?: 'all' | string[] | undefined;
  /** Default true; false sends 429s without Retry-After (only `inin-ratelimit-reset`). */
  retryAfter?: boolean | undefined;
  /** A template an existing action lacks: 404 (default) or 200 with an empty body. */
  missingTemplate?: MissingTemplateStyle | undefined;
  /** `merge`: keys left out of a PATCH config keep their values (default replace). */
  patchConfig?: PatchConfigStyle | undefined;
  /** `drop`: a draft of a function action has no ZIP (default keep). */
  draftZip?: DraftZipStyle | undefined;
  /** `lean`: the listing's config lacks headers and translation-map defaults the single GET has. */
  listingConfig?: ListingConfigStyle | undefined;
  /** The largest page a listing answers, 1-100 (default 100; strict 50). */
  pageCap?: number | undefined;
  /** 403 bodies: name every missing permission (default), "at least one of", or none. */
  forbidden?: ForbiddenStyle | undefined;
  /** `strict`: refuse a PATCH config without request.headers and both response maps. */
  patchShape?: PatchShapeStyle | undefined;
  /** Draft-function GETs answering 404, and publishes answering ACTION.PROCESSING (default 0). */
  functionProcessing?: number | undefined;
  /** Function configuration/publish/delete requests a second per token (default 0: no limit). */
  functionRatePerSecond?: number | undefined;
  /** `refuse`: no change at all to a function on a Deprecated runtime (default allow-same). */
  deprecatedRuntime?: DeprecatedRuntimeStyle | undefined;
  /** `secure-only`: a secure action's consumers are listed only under SECUREACTION. */
  secureDependencies?: SecureDependenciesStyle | undefined;
  /** Return template text inline next to the `…TemplateUri` fields (default false: Uri only). */
  inlineTemplates?: boolean | undefined;
  /** Default true; false is `draftZip: 'drop'`. */
  functionDraftKeepsZip?: boolean | undefined;
  faults?: string | FaultSpec | undefined;
  /** How analytics answers: a mode (full, no-percentiles, empty, forbidden) or settings (analytics-settings.ts). */
  analytics?: AnalyticsInput | undefined;
  /** Serve the /__sim/ admin API (default false). */
  admin?: boolean | undefined;
}

export interface RunningSimulator {
  /** e.g. http://127.0.0.1:54321; serves /oauth/token and /api/v2/... */
  url: string;
  clientId: string;
  clientSecret: string;
  state: SimulatorState;
  close(): Promise<void>;
}

function nonNegative(value: number | undefined, fallback: number, name: string): number {
  const result = value ?? fallback;
  if (!Number.isFinite(result) || result < 0)
    throw new Error(`${name} must be a non-negative number.`);
  return result;
}

function knobsOf(options: SimulatorOptions): Knobs {
  const keepsZip = options.functionDraftKeepsZip;
  const knobs = resolveKnobs(options.profile, {
    permissions: options.permissions,
    rateLimitPerMinute: options.rateLimitPerMinute,
    retryAfter: options.retryAfter,
    versionMismatch: options.versionMismatch,
    missingTemplate: options.missingTemplate,
    patchConfig: options.patchConfig,
    listingConfig: options.listingConfig,
    draftZip: options.draftZip ?? (keepsZip === undefined ? undefined : keepsZip ? 'keep' : 'drop'),
    pageCap: options.pageCap === undefined ? undefined : pageCap(options.pageCap),
    forbidden: options.forbidden,
    patchShape: options.patchShape,
    functionProcessing: options.functionProcessing,
    functionRatePerSecond: options.functionRatePerSecond,
    deprecatedRuntime: options.deprecatedRuntime,
    secureDependencies: options.secureDependencies,
  });
  for (const name of [
    'versionMismatch',
    'forbidden',
    'patchShape',
    'deprecatedRuntime',
    'secureDependencies',
  ] as const)
    choice(name, knobs[name]);
  knobs.rateLimitPerMinute = nonNegative(knobs.rateLimitPerMinute, 300, 'rateLimitPerMinute');
  knobs.functionProcessing = nonNegative(knobs.functionProcessing, 0, 'functionProcessing');
  knobs.functionRatePerSecond = nonNegative(
    knobs.functionRatePerSecond,
    0,
    'functionRatePerSecond',
  );
  return knobs;
}

export function resolveOptions(options: SimulatorOptions = {}): ResolvedOptions {
  const ttl = nonNegative(options.tokenTtlSeconds, 86_400, 'tokenTtlSeconds');
  if (ttl < 1) throw new Error('tokenTtlSeconds must be at least 1.');
  return {
    seed: options.seed ?? 'demo',
    clientId: options.clientId ?? DEMO_CLIENT_ID,
    clientSecret: options.clientSecret ?? DEMO_CLIENT_SECRET,
    latencyMs: nonNegative(options.latencyMs, 0, 'latencyMs'),
    tokenTtlSeconds: ttl,
    knobs: knobsOf(options),
    inlineTemplates: options.inlineTemplates ?? false,
    admin: options.admin ?? false,
    faults: normalizeFaultSpec(options.faults ?? {}),
    // Percentiles are optional in StatisticalSummary (GENESYS_API.md §9): strict leaves them out.
    analytics: resolveAnalytics(
      options.analytics ?? (options.profile === 'strict' ? 'no-percentiles' : undefined),
    ),
  };
}

/** Starts a Genesys Cloud simulator on loopback; resolves once it is listening. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const resolved = resolveOptions(options);
  const state = new SimulatorState(resolved);
  const { server, close } = createSimulatorServer(state);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    clientId: resolved.clientId,
    clientSecret: resolved.clientSecret,
    state,
    close,
  };
}
