import { runDoctor, type DoctorReport } from './doctor.js';
import { GcTimeoutsError } from '../util/errors.js';
import {
  createGenesysClient,
  type GenesysClient,
  type GenesysClientOptions,
} from '../genesys/client.js';
import type { Endpoint } from '../genesys/endpoint.js';
import type { ClientEvent } from '../genesys/events.js';
import type { Manifest } from '../manifest/types.js';
import type { ValidManifest } from '../manifest/validate.js';
import type { ApplyReport, LiveOrg, Plan } from '../plan/types.js';
import type { ReadProgress } from '../util/progress.js';
import type { Redactor } from '../util/redact.js';
import { applyPlan } from './apply.js';
import { observeOrg, planOrg, readOrgFor, type ObservedRows, type OrgRead } from './plan.js';
import { beforeDeadline } from '../util/deadline.js';
import { readLiveOrg } from './read.js';

/** The OAuth client-credentials pair of one org. */
export interface Credentials {
  clientId: string;
  clientSecret: string;
}

/** One org, as the application layer resolved it: where, as whom, and by when. */
export interface OrgTarget {
  endpoint: Endpoint;
  credentials: Credentials;
  /** Epoch ms by which the run must be done; none when absent. */
  deadline?: number | undefined;
}

/** Throughput settings of the client; defaults suit the documented per-token limit of 300/min. */
export type ClientTuning = Pick<
  GenesysClientOptions,
  'requestsPerMinute' | 'concurrency' | 'retryWaitScale'
>;

/** What the faces want to hear while the org is worked on. */
export interface OrgHooks {
  onEvent?: ((event: ClientEvent) => void) | undefined;
  /** The run's redactor: it learns every credential the client learns (access tokens included). */
  redactor?: Redactor | undefined;
  onProgress?: ReadProgress | undefined;
  tuning?: ClientTuning | undefined;
  now?: (() => number) | undefined;
}

export function openClient(target: OrgTarget, hooks: OrgHooks = {}): GenesysClient {
  return createGenesysClient({
    ...target.credentials,
    endpoint: target.endpoint,
    ...(target.deadline !== undefined ? { deadline: target.deadline } : {}),
    ...(hooks.onEvent ? { onEvent: hooks.onEvent } : {}),
    ...(hooks.redactor ? { redactor: hooks.redactor } : {}),
    ...hooks.tuning,
  });
}

/** One org, opened once per run: every read, plan and apply of the run goes through it. */
export interface OrgSession {
  readonly region: string;
  read(): Promise<LiveOrg>;
  /** The org as a plan of this manifest reads it, for plans that share one read (OrgRead). */
  readFor(valid: ValidManifest): Promise<OrgRead>;
  /**
   * Reads the org and plans the validated manifest; latency and flows evidence only when asked
   * (`plan`, the PR comment and `recommend` ask; apply and drift do not).
   */
  plan(
    valid: ValidManifest,
    options: {
      label: string;
      environment?: string | undefined;
      latency?: boolean;
      flows?: boolean;
      /** Plan this earlier read of the run again when it holds the manifest's actions. */
      read?: OrgRead | undefined;
      /** This plan is the read's last: its actions end with this plan's draft. */
      lastOfRead?: boolean;
    },
  ): Promise<Plan>;
  /** The manifest's rows and their observed latency, for a recommendation (not a plan). */
  observe(
    valid: ValidManifest,
    options: { label: string; environment?: string | undefined; read?: OrgRead | undefined },
  ): Promise<ObservedRows>;
  apply(plan: Plan): Promise<ApplyReport>;
  /** The read-only checks of `gc-timeouts doctor` for what the manifest needs. */
  doctor(manifest: Manifest): Promise<DoctorReport>;
  close(): Promise<void>;
}

export type OpenOrg = (target: OrgTarget, hooks: OrgHooks) => OrgSession;

export const openOrg: OpenOrg = (target, hooks = {}) => {
  const client = openClient(target, hooks);
  const { endpoint, deadline } = target;
  const { onProgress, now } = hooks;
  const late = <T>(work: Promise<T>): Promise<T> =>
    beforeDeadline(
      work,
      deadline,
      () =>
        new GcTimeoutsError(
          'timeout',
          'the run deadline passed while reading the org; nothing was applied (raise it with --deadline or deadline-minutes)',
        ),
    );
  // What every plan of this org is made with.
  const planContext = {
    region: endpoint.region,
    apiHost: endpoint.apiHost,
    ...(deadline !== undefined ? { deadline } : {}),
    ...(onProgress ? { onProgress } : {}),
    ...(now ? { now } : {}),
  };
  return {
    region: endpoint.region,
    read: async () => {
      const { region, actions } = await late(readLiveOrg(client, endpoint.region, onProgress));
      return { region, actions };
    },
    readFor: (valid) => late(readOrgFor(client, valid, endpoint.region, onProgress)),
    plan: async (valid, options) =>
      (await late(planOrg(client, valid, { ...options, ...planContext }))).plan,
    observe: (valid, options) => late(observeOrg(client, valid, { ...options, ...planContext })),
    apply: (plan) =>
      applyPlan(plan, client, {
        ...(onProgress ? { onProgress: (done, total) => onProgress('apply', done, total) } : {}),
        ...(deadline !== undefined ? { deadline } : {}),
        ...(now ? { now } : {}),
      }),
    doctor: (manifest) => runDoctor(client, manifest, now ? { now } : {}),
    // Past the deadline, requests still in flight (a stalled org) are aborted, not awaited.
    close: () =>
      client.close({ abandon: deadline !== undefined && (now ?? Date.now)() >= deadline }),
  };
};
