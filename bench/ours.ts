import type { GenesysClient } from '../src/genesys/client.js';
import type { Plan } from '../src/plan/types.js';
import { requireValidManifest } from '../src/manifest/validate.js';
import { planOrg } from '../src/org/plan.js';
import { endpointFor, targetOf, type Connection } from '../src/app/connection.js';
import { openClient } from '../src/org/session.js';
import type { SimHost } from './sim-host.js';

/** gc-timeouts' own engine, driven the way the CLI drives it. */

export interface Planned {
  plan: Plan;
  client: GenesysClient;
}

/**
 * Validate, connect, read the org, read latency, plan: the CLI's path. With `requestsPerMinute`
 * undefined the client keeps its shipped defaults (8 in flight, 300 requests a minute);
 * otherwise its budget is raised, for the runs where the simulator does not limit.
 */
export async function planOurs(
  sim: SimHost,
  manifestPath: string,
  options: { requestsPerMinute?: number; latency?: boolean } = {},
): Promise<Planned> {
  const connection: Connection = {
    clientId: sim.clientId,
    clientSecret: sim.clientSecret,
    region: undefined,
    apiBaseUrl: sim.url,
  };
  const valid = await requireValidManifest(manifestPath);
  const endpoint = endpointFor(connection, valid.manifest);
  const { region } = endpoint;
  const { requestsPerMinute } = options;
  const client = openClient(targetOf(connection, endpoint), {
    ...(requestsPerMinute === undefined ? {} : { tuning: { requestsPerMinute } }),
  });
  const { plan } = await planOrg(client, valid, {
    label: 'bench',
    region,
    latency: options.latency ?? true,
  });
  return { plan, client };
}
