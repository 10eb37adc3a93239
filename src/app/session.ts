import type { Endpoint } from '../genesys/endpoint.js';
import type { Manifest } from '../manifest/types.js';
import type { OrgSession } from '../org/session.js';
import { endpointFor, targetOf, type Connection } from './connection.js';
import type { AppPorts } from './ports.js';

/** Which org a use case works on: the connection, and the manifest whose org.region may name it. */
export interface OrgRequest {
  connection: Connection;
  manifest?: Manifest | undefined;
  /** Checks the resolved endpoint before anything is opened (a saved plan's API host). */
  verify?: ((endpoint: Endpoint) => Promise<void> | void) | undefined;
}

/**
 * The one way into an org: resolve the endpoint, check the credentials, open the org (with the
 * run's deadline, redactor, progress and events), do the work, and close it whatever happens.
 * Every use case that talks to an org goes through here.
 */
export async function withOrg<T>(
  request: OrgRequest,
  ports: AppPorts,
  work: (org: OrgSession, endpoint: Endpoint) => Promise<T>,
): Promise<T> {
  const endpoint = endpointFor(request.connection, request.manifest);
  await request.verify?.(endpoint);
  const target = targetOf(request.connection, endpoint);
  const org = ports.openOrg(target, {
    redactor: ports.redactor,
    onProgress: ports.progress,
    onEvent: ports.onEvent,
    tuning: ports.tuning,
    now: ports.now,
  });
  try {
    return await work(cleared(org, ports), endpoint);
  } finally {
    await org.close();
  }
}

/** Progress that clears itself when each read, plan or apply ends, so what follows starts clean. */
function cleared(org: OrgSession, ports: AppPorts): OrgSession {
  const progress = ports.progress;
  if (progress === undefined) return org;
  const after = <T>(work: Promise<T>): Promise<T> => work.finally(() => progress.done());
  return {
    region: org.region,
    read: () => after(org.read()),
    readFor: (valid) => after(org.readFor(valid)),
    plan: (valid, options) => after(org.plan(valid, options)),
    observe: (valid, options) => after(org.observe(valid, options)),
    apply: (plan) => after(org.apply(plan)),
    doctor: (manifest) => org.doctor(manifest),
    close: () => org.close(),
  };
}
