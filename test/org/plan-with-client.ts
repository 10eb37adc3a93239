import type { GenesysClient } from '../../src/genesys/client.js';
import { requireValidManifest } from '../../src/manifest/validate.js';
import { planOrg } from '../../src/org/plan.js';
import { endpointFor, targetOf, type Connection } from '../../src/app/connection.js';
import { openClient, type ClientTuning } from '../../src/org/session.js';
import type { Plan } from '../../src/plan/types.js';

/**
 * The CLI's path to a plan (validate once, connect, read, plan), keeping the client so a test can
 * wrap it (races, lost answers) before handing it to applyPlan.
 */
export async function planWithClient(options: {
  manifestPath: string;
  label: string;
  connection: Connection;
  latency?: boolean;
  flows?: boolean;
  tuning?: ClientTuning;
}): Promise<{ plan: Plan; client: GenesysClient }> {
  const valid = await requireValidManifest(options.manifestPath);
  const endpoint = endpointFor(options.connection, valid.manifest);
  const client = openClient(
    targetOf(options.connection, endpoint),
    options.tuning === undefined ? {} : { tuning: options.tuning },
  );
  const { plan } = await planOrg(client, valid, {
    label: options.label,
    region: endpoint.region,
    ...(options.latency === undefined ? {} : { latency: options.latency }),
    ...(options.flows === undefined ? {} : { flows: options.flows }),
  });
  return { plan, client };
}
