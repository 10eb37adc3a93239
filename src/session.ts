import { GcTimeoutsError } from './errors.js';
import {
  createGenesysClient,
  type GenesysClient,
  type GenesysClientOptions,
} from './genesys/client.js';
import type { ClientEvent } from './genesys/events.js';
import type { LatencyStats } from './genesys/types.js';
import { knownRegionSpellings, resolveEnvironment } from './genesys/regions.js';
import type { Manifest } from './manifest/types.js';
import { requireValidManifest } from './manifest/validate.js';
import { buildPlan } from './plan/diff.js';
import { readLiveOrg, type ReadProgress } from './plan/live.js';
import type { Plan } from './plan/types.js';

/** How to reach the org; the same settings whether they came from CLI flags or Action inputs. */
export interface Connection {
  clientId: string | undefined;
  clientSecret: string | undefined;
  /** Region or environment host given explicitly (flag, input); beats the manifest's org.region. */
  region: string | undefined;
  /**
   * Region from the environment (GENESYSCLOUD_REGION): used only when the manifest names none, so
   * a variable set for another tool in the same job cannot point a manifest at another org.
   */
  fallbackRegion?: string | undefined;
  apiBaseUrl: string | undefined;
}

/** The region the plan is for: explicit setting, then the manifest, then the API base URL's host. */
export function resolveRegion(connection: Connection, manifest: Manifest | undefined): string {
  const given = connection.region ?? manifest?.org?.region ?? connection.fallbackRegion;
  if (given !== undefined) {
    const env = resolveEnvironment(given);
    if (env === undefined) {
      throw new GcTimeoutsError(
        'usage',
        `unknown region ${JSON.stringify(given)}; use one of ${knownRegionSpellings().slice(0, 18).join(', ')} or an environment host`,
      );
    }
    return env.region;
  }
  if (connection.apiBaseUrl !== undefined) return new URL(connection.apiBaseUrl).host;
  throw new GcTimeoutsError(
    'usage',
    'no region: set org.region in the manifest, or pass a region (--region, the region input, or GENESYSCLOUD_REGION)',
  );
}

/** Throughput settings of the client; defaults suit the documented per-token limit of 300/min. */
export type ClientTuning = Pick<GenesysClientOptions, 'requestsPerMinute' | 'concurrency'>;

export function hasCredentials(connection: Connection): boolean {
  return connection.clientId !== undefined && connection.clientSecret !== undefined;
}

export function openClient(
  connection: Connection,
  region: string,
  onEvent?: (event: ClientEvent) => void,
  onSecret?: (secret: string) => void,
  tuning: ClientTuning = {},
): GenesysClient {
  if (connection.clientId === undefined || connection.clientSecret === undefined) {
    const missing = [
      connection.clientId === undefined ? 'GENESYSCLOUD_OAUTHCLIENT_ID' : '',
      connection.clientSecret === undefined ? 'GENESYSCLOUD_OAUTHCLIENT_SECRET' : '',
    ].filter(Boolean);
    throw new GcTimeoutsError(
      'auth-failed',
      `no Genesys Cloud credentials: set ${missing.join(' and ')} (an OAuth client-credentials client with integrations:action:view/edit and integrations:integration:view)`,
    );
  }
  return createGenesysClient({
    clientId: connection.clientId,
    clientSecret: connection.clientSecret,
    ...(connection.apiBaseUrl !== undefined ? { apiBaseUrl: connection.apiBaseUrl } : { region }),
    ...(onEvent ? { onEvent } : {}),
    ...(onSecret ? { onSecret } : {}),
    ...tuning,
  });
}

export interface PlanSession {
  plan: Plan;
  client: GenesysClient;
  manifest: Manifest;
}

export interface PlanOptions {
  manifestPath: string;
  label: string;
  connection: Connection;
  onEvent?: (event: ClientEvent) => void;
  onSecret?: (secret: string) => void;
  onProgress?: ReadProgress;
  client?: ClientTuning;
  /** Read observed latency for the managed actions (default true). */
  latency?: boolean;
  now?: () => number;
}

const LATENCY_DAYS = 7;

/**
 * Evidence for the reviewer, never a reason to fail: without the analytics permission, or when
 * analytics has a bad moment, the plan is made without it and says nothing of latency.
 */
async function readLatency(
  client: GenesysClient,
  ids: string[],
  options: PlanOptions,
): Promise<Map<string, LatencyStats>> {
  try {
    return await client.queryActionLatency(
      ids,
      lastDays(LATENCY_DAYS, options.now?.() ?? Date.now()),
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    options.onEvent?.({ type: 'latency-unavailable', message });
    return new Map();
  }
}

/** An ISO-8601 interval ending now, as analytics queries take it. */
function lastDays(days: number, now: number): string {
  return `${new Date(now - days * 86_400_000).toISOString()}/${new Date(now).toISOString()}`;
}

/** Validate, connect, read the org, plan. The caller owns (and closes) the returned client. */
export async function planManifest(options: PlanOptions): Promise<PlanSession> {
  const { manifest, source, diagnostics } = await requireValidManifest(options.manifestPath);
  const region = resolveRegion(options.connection, manifest);
  const client = openClient(
    options.connection,
    region,
    options.onEvent,
    options.onSecret,
    options.client,
  );
  try {
    const live = await readLiveOrg(client, region, options.onProgress);
    const input = {
      manifest,
      manifestPath: options.manifestPath,
      label: options.label,
      region,
      live: live.actions,
      locate: (path: Parameters<typeof source.locate>[0]) => source.locate(path),
      diagnostics,
    };
    const draft = buildPlan(input);
    const managed = [
      ...new Set(draft.entries.filter((e) => e.op !== 'unmanaged').map((e) => e.actionId)),
    ];
    if (managed.length === 0 || options.latency === false) return { plan: draft, client, manifest };
    const byAction = await readLatency(client, managed, options);
    const plan =
      byAction.size === 0
        ? draft
        : buildPlan({ ...input, latency: { days: LATENCY_DAYS, byAction } });
    return { plan, client, manifest };
  } catch (error) {
    await client.close();
    throw error;
  }
}
