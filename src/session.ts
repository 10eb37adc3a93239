import { GcTimeoutsError } from './errors.js';
import { createGenesysClient, type GenesysClient } from './genesys/client.js';
import type { ClientEvent } from './genesys/events.js';
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
  /** Region or environment host given explicitly; beats the manifest's org.region. */
  region: string | undefined;
  apiBaseUrl: string | undefined;
}

/** The region the plan is for: explicit setting, then the manifest, then the API base URL's host. */
export function resolveRegion(connection: Connection, manifest: Manifest | undefined): string {
  const given = connection.region ?? manifest?.org?.region;
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

export function hasCredentials(connection: Connection): boolean {
  return connection.clientId !== undefined && connection.clientSecret !== undefined;
}

export function openClient(
  connection: Connection,
  region: string,
  onEvent?: (event: ClientEvent) => void,
  onSecret?: (secret: string) => void,
): GenesysClient {
  if (connection.clientId === undefined || connection.clientSecret === undefined) {
    const missing = [
      connection.clientId === undefined ? 'GENESYSCLOUD_OAUTHCLIENT_ID' : '',
      connection.clientSecret === undefined ? 'GENESYSCLOUD_OAUTHCLIENT_SECRET' : '',
    ].filter(Boolean);
    throw new GcTimeoutsError(
      'auth-failed',
      `no Genesys Cloud credentials: set ${missing.join(' and ')} (an OAuth client-credentials client with integrations:action:view and :edit)`,
    );
  }
  return createGenesysClient({
    clientId: connection.clientId,
    clientSecret: connection.clientSecret,
    ...(connection.apiBaseUrl !== undefined ? { apiBaseUrl: connection.apiBaseUrl } : { region }),
    ...(onEvent ? { onEvent } : {}),
    ...(onSecret ? { onSecret } : {}),
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
}

/** Validate, connect, read the org, plan. The caller owns (and closes) the returned client. */
export async function planManifest(options: PlanOptions): Promise<PlanSession> {
  const { manifest, source, diagnostics } = await requireValidManifest(options.manifestPath);
  const region = resolveRegion(options.connection, manifest);
  const client = openClient(options.connection, region, options.onEvent, options.onSecret);
  try {
    const live = await readLiveOrg(client, region, options.onProgress);
    const plan = buildPlan({
      manifest,
      manifestPath: options.manifestPath,
      label: options.label,
      region,
      live: live.actions,
      locate: (path) => source.locate(path),
      diagnostics,
    });
    return { plan, client, manifest };
  } catch (error) {
    await client.close();
    throw error;
  }
}
