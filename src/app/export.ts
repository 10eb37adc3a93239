import { exportManifest } from '../plan/export.js';
import { VERSION } from '../version.js';
import type { Connection } from './connection.js';
import type { AppPorts } from './ports.js';
import { withOrg } from './session.js';

/** The live org's current timeouts as a manifest text: planning it against the org changes nothing. */
export async function exportOrg(
  request: { connection: Connection },
  ports: AppPorts,
): Promise<{ text: string }> {
  return withOrg({ connection: request.connection }, ports, async (org) => ({
    text: exportManifest(await org.read(), VERSION),
  }));
}
