import { selectEnvironment } from '../manifest/environments.js';
import type { ValidManifest } from '../manifest/validate.js';
import { compareOrgs, type CompareResult, type CompareSide } from '../plan/compare.js';
import { GcTimeoutsError } from '../util/errors.js';
import { endpointFor, type Connection } from './connection.js';
import type { AppPorts } from './ports.js';
import { withOrg } from './session.js';

export interface CompareRequest {
  /** The validated file, with every environment it declares. */
  valid: ValidManifest;
  /** The two environments, and how to reach each one's org. */
  a: { environment: string; connection: Connection };
  b: { environment: string; connection: Connection };
  /** Every action of both orgs, not only those the manifest manages. */
  all: boolean;
}

/**
 * Two orgs read live, at once, and compared. Two environments that would reach the same org
 * (the same API host with the same OAuth client) are refused: the comparison would read one org
 * twice and call it clean.
 */
export async function compareEnvironments(
  request: CompareRequest,
  ports: AppPorts,
): Promise<CompareResult> {
  const { valid, a, b } = request;
  if (a.environment === b.environment)
    throw new GcTimeoutsError('usage', 'compare needs two different environments');
  const sides = [a, b].map(({ environment, connection }) => {
    const { manifest } = selectEnvironment(valid, environment);
    return { environment, connection, manifest, endpoint: endpointFor(connection, manifest) };
  });
  const [first, second] = sides as [(typeof sides)[0], (typeof sides)[0]];
  if (
    first.endpoint.apiHost === second.endpoint.apiHost &&
    first.connection.clientId === second.connection.clientId
  )
    throw new GcTimeoutsError(
      'usage',
      `${a.environment} and ${b.environment} would read the same org (${first.endpoint.apiHost} with the same OAuth client): give each its own credentials (GENESYSCLOUD_OAUTHCLIENT_ID_<ENV> and GENESYSCLOUD_OAUTHCLIENT_SECRET_<ENV>)`,
    );
  const [sideA, sideB] = await Promise.all(
    sides.map(({ environment, connection, manifest }) =>
      withOrg({ connection, manifest }, ports, async (org): Promise<CompareSide> => {
        const live = await org.read();
        return {
          environment,
          manifest,
          live: live.actions,
          integrationsUnreadable: live.integrationsUnreadable,
        };
      }),
    ),
  );
  if (sideA === undefined || sideB === undefined) throw new Error('two sides were read');
  return compareOrgs(sideA, sideB, { all: request.all });
}
