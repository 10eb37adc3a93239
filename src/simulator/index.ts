import type { AddressInfo } from 'node:net';
import { resolveAnalytics, type AnalyticsInput } from './analytics-settings.js';
import type { VersionMismatchStyle } from './errors.js';
import { normalizeFaultSpec, type FaultSpec } from './faults.js';
import { createSimulatorServer } from './http/server.js';
import { SimulatorState, type ResolvedOptions } from './state.js';

export type { ErrorBody, VersionMismatchStyle } from './errors.js';
export type { AnalyticsInput, AnalyticsMode, AnalyticsSettings } from './analytics-settings.js';
export type { FaultKind, FaultSpec, FaultWindow } from './faults.js';
export { parseFaultSpec } from './faults.js';
export type { RequestLogEntry } from './request-log.js';
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
  /** How a stale version is answered: 409 `conflict` (default) or 400 "does not match the current version". */
  versionMismatch?: VersionMismatchStyle | undefined;
  /** Return template text inline next to the `…TemplateUri` fields (default false: Uri only). */
  inlineTemplates?: boolean | undefined;
  /** Default true; when false a draft of a function action has no zip and cannot be published. */
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

export function resolveOptions(options: SimulatorOptions = {}): ResolvedOptions {
  const versionMismatch = options.versionMismatch ?? '409';
  if (versionMismatch !== '409' && versionMismatch !== '400') {
    throw new Error('versionMismatch must be "409" or "400".');
  }
  const ttl = nonNegative(options.tokenTtlSeconds, 86_400, 'tokenTtlSeconds');
  if (ttl < 1) throw new Error('tokenTtlSeconds must be at least 1.');
  return {
    seed: options.seed ?? 'demo',
    clientId: options.clientId ?? DEMO_CLIENT_ID,
    clientSecret: options.clientSecret ?? DEMO_CLIENT_SECRET,
    latencyMs: nonNegative(options.latencyMs, 0, 'latencyMs'),
    rateLimitPerMinute: nonNegative(options.rateLimitPerMinute, 300, 'rateLimitPerMinute'),
    tokenTtlSeconds: ttl,
    versionMismatch,
    inlineTemplates: options.inlineTemplates ?? false,
    functionDraftKeepsZip: options.functionDraftKeepsZip ?? true,
    admin: options.admin ?? false,
    faults: normalizeFaultSpec(options.faults ?? {}),
    analytics: resolveAnalytics(options.analytics),
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
