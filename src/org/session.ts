import { runDoctor, type DoctorReport } from './doctor.js';
import { GcTimeoutsError } from '../util/errors.js';
import {
  createGenesysClient,
  type GenesysClient,
  type GenesysClientOptions,
} from '../genesys/client.js';
import type { ClientEvent } from '../genesys/events.js';
import { knownRegionSpellings, resolveEnvironment } from '../genesys/regions.js';
import type { Manifest } from '../manifest/types.js';
import type { ValidManifest } from '../manifest/validate.js';
import type { ApplyReport, LiveOrg, Plan } from '../plan/types.js';
import type { ReadProgress } from '../util/progress.js';
import { applyPlan } from './apply.js';
import { planOrg } from './plan.js';
import { beforeDeadline } from '../util/deadline.js';
import { readLiveOrg } from './read.js';

/** How to reach the org; the same settings whether they came from CLI flags or Action inputs. */
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

/** The region the plan is for: explicit setting, then the manifest, then the API base URL's host. */
export function resolveRegion(connection: Connection, manifest: Manifest | undefined): string {
  const given = connection.region ?? manifest?.org?.region ?? connection.fallbackRegion;
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

/** Throughput settings of the client; defaults suit the documented per-token limit of 300/min. */
export type ClientTuning = Pick<GenesysClientOptions, 'requestsPerMinute' | 'concurrency'>;

export function hasCredentials(connection: Connection): boolean {
  return connection.clientId !== undefined && connection.clientSecret !== undefined;
}

/** What the faces want to hear while the org is worked on. */
export interface OrgHooks {
  onEvent?: (event: ClientEvent) => void;
  /** Every credential the client learns (access tokens included), to mask it at once. */
  onSecret?: (secret: string) => void;
  onProgress?: ReadProgress;
  tuning?: ClientTuning;
  now?: () => number;
}

export function openClient(
  connection: Connection,
  region: string,
  hooks: OrgHooks = {},
): GenesysClient {
  if (connection.clientId === undefined || connection.clientSecret === undefined) {
    const missing = [
      connection.clientId === undefined ? 'GENESYSCLOUD_OAUTHCLIENT_ID' : '',
      connection.clientSecret === undefined ? 'GENESYSCLOUD_OAUTHCLIENT_SECRET' : '',
    ].filter(Boolean);
    throw new GcTimeoutsError(
      'auth-failed',
      `no Genesys Cloud credentials: set ${missing.join(' and ')} (an OAuth client-credentials client with integrations:action:view/edit and integrations:integration:view)`,
    );
  }
  return createGenesysClient({
    clientId: connection.clientId,
    clientSecret: connection.clientSecret,
    ...(connection.apiBaseUrl !== undefined ? { apiBaseUrl: connection.apiBaseUrl } : { region }),
    ...(connection.deadline !== undefined ? { deadline: connection.deadline } : {}),
    ...(hooks.onEvent ? { onEvent: hooks.onEvent } : {}),
    ...(hooks.onSecret ? { onSecret: hooks.onSecret } : {}),
    ...hooks.tuning,
  });
}

/** One org, opened once per run: every read, plan and apply of the run goes through it. */
export interface OrgSession {
  readonly region: string;
  read(): Promise<LiveOrg>;
  /** Reads the org and plans the validated manifest; latency evidence unless `latency: false`. */
  plan(
    valid: ValidManifest,
    options: { label: string; latency?: boolean; flows?: boolean },
  ): Promise<Plan>;
  apply(plan: Plan): Promise<ApplyReport>;
  /** The read-only checks of `gc-timeouts doctor` for what the manifest needs. */
  doctor(manifest: Manifest): Promise<DoctorReport>;
  close(): Promise<void>;
}

export type OpenOrg = (connection: Connection, region: string) => OrgSession;

/** The host API calls go to: the base URL's when one is given, else the region's API host. */
export function apiHostOf(connection: Connection, region: string): string {
  const base = connection.apiBaseUrl ?? resolveEnvironment(region)?.apiBaseUrl;
  return base === undefined ? region : new URL(base).host;
}

export function openOrg(connection: Connection, region: string, hooks: OrgHooks = {}): OrgSession {
  const client = openClient(connection, region, hooks);
  const { onProgress, now } = hooks;
  const late = <T>(work: Promise<T>): Promise<T> =>
    beforeDeadline(
      work,
      connection.deadline,
      () =>
        new GcTimeoutsError(
          'timeout',
          'the run deadline passed while reading the org; nothing was applied (raise it with --deadline or deadline-minutes)',
        ),
    );
  // The live configs of the last plan's changes: an apply of that plan in this session writes
  // from them; a plan from a file (or another session) reads each action first.
  let planned: Awaited<ReturnType<typeof planOrg>> | undefined;
  return {
    region,
    read: async () => {
      const { region: r, actions } = await late(readLiveOrg(client, region, onProgress));
      return { region: r, actions };
    },
    plan: async (valid, options) => {
      planned = await late(
        planOrg(client, valid, {
          ...options,
          region,
          apiHost: apiHostOf(connection, region),
          ...(onProgress ? { onProgress } : {}),
          ...(now ? { now } : {}),
        }),
      );
      return planned.plan;
    },
    apply: (plan) =>
      applyPlan(plan, client, {
        ...(planned?.plan.fingerprint === plan.fingerprint ? { live: planned.live } : {}),
        ...(onProgress ? { onProgress: (done, total) => onProgress('apply', done, total) } : {}),
        ...(connection.deadline !== undefined ? { deadline: connection.deadline } : {}),
        ...(now ? { now } : {}),
      }),
    doctor: (manifest) => runDoctor(client, manifest, now ? { now } : {}),
    // Past the deadline, requests still in flight (a stalled org) are aborted, not awaited.
    close: () =>
      client.close({
        abandon: connection.deadline !== undefined && (now ?? Date.now)() >= connection.deadline,
      }),
  };
}
