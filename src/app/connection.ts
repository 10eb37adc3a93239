import { resolveEndpoint, type Endpoint } from '../genesys/endpoint.js';
import type { Manifest } from '../manifest/types.js';
import type { OrgTarget } from '../org/session.js';
import { GcTimeoutsError } from '../util/errors.js';

/** How to reach the org: the same settings whether they came from CLI flags or Action inputs. */
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
  /** Epoch ms by which the run must be done (--deadline, deadline-minutes); none when absent. */
  deadline?: number | undefined;
}

export function hasCredentials(connection: Connection): boolean {
  return connection.clientId !== undefined && connection.clientSecret !== undefined;
}

/**
 * The one endpoint of the run: the explicit region, then the manifest's, then GENESYSCLOUD_REGION;
 * the API base URL (a proxy, the simulator) serves that region's org.
 */
export function endpointFor(connection: Connection, manifest: Manifest | undefined): Endpoint {
  return resolveEndpoint({
    region: connection.region ?? manifest?.org?.region ?? connection.fallbackRegion,
    apiBaseUrl: connection.apiBaseUrl,
  });
}

/** The org to open: its endpoint and credentials, or a clear error naming what is missing. */
export function targetOf(connection: Connection, endpoint: Endpoint): OrgTarget {
  const { clientId, clientSecret, deadline } = connection;
  if (clientId === undefined || clientSecret === undefined) {
    const missing = [
      clientId === undefined ? 'GENESYSCLOUD_OAUTHCLIENT_ID' : '',
      clientSecret === undefined ? 'GENESYSCLOUD_OAUTHCLIENT_SECRET' : '',
    ].filter(Boolean);
    throw new GcTimeoutsError(
      'auth-failed',
      `no Genesys Cloud credentials: set ${missing.join(' and ')} (an OAuth client-credentials client with integrations:action:view/edit and integrations:integration:view)`,
    );
  }
  return { endpoint, credentials: { clientId, clientSecret }, deadline };
}
