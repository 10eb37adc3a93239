import type { Connection } from '../../src/app/connection.js';
import { resolveEndpoint } from '../../src/genesys/endpoint.js';
import type { OrgTarget } from '../../src/org/session.js';

interface Sim {
  clientId: string;
  clientSecret: string;
  url: string;
}

/** How the product reaches a running simulator: its credentials and its one base URL. */
export function connectionTo(sim: Sim): Connection {
  return {
    clientId: sim.clientId,
    clientSecret: sim.clientSecret,
    region: undefined,
    apiBaseUrl: sim.url,
  };
}

/** The simulator as an opened org sees it: the region's org, served at the simulator's URL. */
export function targetAt(sim: Sim, region = 'us-east-1'): OrgTarget {
  return {
    endpoint: resolveEndpoint({ region, apiBaseUrl: sim.url }),
    credentials: { clientId: sim.clientId, clientSecret: sim.clientSecret },
  };
}
