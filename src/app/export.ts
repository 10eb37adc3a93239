import type { ValidManifest } from '../manifest/validate.js';
import { exportManifest } from '../plan/export.js';
import { VERSION } from '../version.js';
import type { Connection } from './connection.js';
import { selected } from './environment.js';
import type { AppPorts } from './ports.js';
import { withOrg } from './session.js';

export interface ExportRequest {
  connection: Connection;
  /** With an environment: the manifest that declares it, whose region names the org. */
  valid?: ValidManifest | undefined;
  environment?: string | undefined;
}

/** The live org's current timeouts as a manifest text: planning it against the org changes nothing. */
export async function exportOrg(
  request: ExportRequest,
  ports: AppPorts,
): Promise<{ text: string }> {
  const { connection, valid, environment } = request;
  const manifest = valid === undefined ? undefined : selected({ valid, environment }).manifest;
  return withOrg({ connection, manifest }, ports, async (org) => ({
    text: exportManifest(await org.read(), VERSION),
  }));
}
