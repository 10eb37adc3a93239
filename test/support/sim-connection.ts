import type { Connection } from '../../src/org/session.js';

/** How the product reaches a running simulator: its credentials and its one base URL. */
export function connectionTo(sim: {
  clientId: string;
  clientSecret: string;
  url: string;
}): Connection {
  return {
    clientId: sim.clientId,
    clientSecret: sim.clientSecret,
    region: undefined,
    apiBaseUrl: sim.url,
  };
}
