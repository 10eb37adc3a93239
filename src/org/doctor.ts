import { consistentChecks, type Check, type DoctorReport } from '../plan/doctor-checks.js';
import { getErrorMessage } from '../util/errors.js';
import type { GenesysClient } from '../genesys/client.js';
import { lastDaysInterval } from '../genesys/analytics.js';
import { GenesysApiError, grantHint } from '../genesys/errors.js';
import type { Action, EntityListing } from '../genesys/types.js';
import type { Manifest } from '../manifest/types.js';
import { permissionDetail, permissionNeeds, type PermissionNeed } from '../plan/permissions.js';

/**
 * `gc-timeouts doctor`: a read-only look at a real org before anyone trusts gc-timeouts with it.
 * Every check is a harmless read; what only a write could tell is named, with how apply checks it.
 */

export type { Check, CheckStatus, DoctorReport } from '../plan/doctor-checks.js';

/** Exit 0 when everything the manifest needs is there: no check failed. */
export function doctorPassed(report: DoctorReport): boolean {
  return report.checks.every((c) => c.status !== 'fail');
}

/** What the manifest's entries need of the org. */
export interface Needs {
  functions: boolean;
  /** Integration names (selectors) or types (function entries) must be readable. */
  integrations: boolean;
}

export function needsOf(manifest: Manifest): Needs {
  const functions = manifest.actions.some((e) => e.functionTimeoutSeconds !== undefined);
  const byIntegration = manifest.actions.some(
    (e) => e.integration !== undefined || e.match?.integration !== undefined,
  );
  return { functions, integrations: functions || byIntegration };
}

function hours(seconds: number): string {
  return seconds % 3600 === 0 ? `${seconds / 3600} h` : `${Math.round(seconds / 60)} min`;
}

async function loginCheck(client: GenesysClient): Promise<Check> {
  try {
    const { tokenLifetimeSeconds: ttl } = await client.login();
    if (ttl === undefined) {
      return {
        name: 'login',
        status: 'warn',
        detail: 'token obtained; its lifetime was not stated',
      };
    }
    const detail = `token obtained; it lives ${ttl} s (${hours(ttl)})`;
    // A run longer than the token is fine (the client logs in again), but worth knowing.
    return { name: 'login', status: ttl < 600 ? 'warn' : 'ok', detail };
  } catch (error) {
    return { name: 'login', status: 'fail', detail: getErrorMessage(error) };
  }
}

/**
 * One permission of the table (plan/permissions.ts), tested by its harmless read when it has one.
 * A 400 or 404 to the probe still shows the permission: the platform refuses with 403 first.
 */
async function permissionCheck(
  client: GenesysClient,
  entry: PermissionNeed,
): Promise<{ check: Check; answer?: unknown }> {
  const name = `permission ${entry.permission}`;
  if (entry.probe === undefined) {
    return {
      check: { name, status: 'warn', detail: permissionDetail(entry, { kind: 'unverified' }) },
    };
  }
  const allowed = {
    name,
    status: 'ok' as const,
    detail: permissionDetail(entry, { kind: 'allowed' }),
  };
  try {
    return { check: allowed, answer: await client.probe(entry.probe.path, entry.probe.query) };
  } catch (error) {
    if (error instanceof GenesysApiError && (error.status === 400 || error.status === 404))
      return { check: allowed };
    if (!(error instanceof GenesysApiError) || error.kind !== 'forbidden') {
      return { check: { name, status: 'fail', detail: getErrorMessage(error) } };
    }
    // An answer that names nothing (not.authorized): the probe says which permission it needs.
    const named = error.missingPermissions.length > 0;
    const hint = named
      ? grantHint(error.missingPermissions, error.forbidden)
      : grantHint(
          [entry.permission, ...entry.alternatives],
          entry.alternatives.length > 0 ? 'any' : 'all',
        );
    const status = entry.need === 'required' ? 'fail' : 'warn';
    return { check: { name, status, detail: permissionDetail(entry, { kind: 'refused', hint }) } };
  }
}

const ANALYTICS_DAYS = 7;

async function analyticsCheck(client: GenesysClient, ids: string[], nowMs: number): Promise<Check> {
  const name = 'analytics';
  if (ids.length === 0) return { name, status: 'warn', detail: 'no actions to ask about' };
  const interval = lastDaysInterval(ANALYTICS_DAYS, nowMs);
  const reading = await client.readActionLatency({ actionIds: ids }, interval);
  if (reading.unavailable !== undefined) {
    return {
      name,
      status: 'warn',
      detail: `analytics unavailable: ${reading.unavailable.message}`,
    };
  }
  const stats = [...reading.byAction.values()];
  if (stats.length === 0) {
    return {
      name,
      status: 'warn',
      detail: `no latency came back for ${ids.length} actions over ${ANALYTICS_DAYS} days (nothing ran): plans will have no latency column`,
    };
  }
  const withPercentiles = stats.length - reading.withoutPercentiles;
  if (withPercentiles === 0) {
    return {
      name,
      status: 'warn',
      detail: `latency for ${stats.length} actions, without p95/p99: plans show only what came back`,
    };
  }
  return {
    name,
    status: 'ok',
    detail: `latency with percentiles for ${withPercentiles} of ${ids.length} actions (${reading.via === 'job' ? 'an async job' : 'one query'})`,
  };
}

function rateLimitCheck(client: GenesysClient): Check {
  const { statedPerMinute, concurrency } = client.limits();
  if (statedPerMinute === undefined) {
    return {
      name: 'rate limit',
      status: 'warn',
      detail:
        'the org states no inin-ratelimit-allowed; gc-timeouts paces to the documented 300 requests a minute',
    };
  }
  return {
    name: 'rate limit',
    status: 'ok',
    detail: `the org states ${statedPerMinute} requests a minute; gc-timeouts paces to it, ${concurrency} in flight`,
  };
}

function templatesCheck(page: unknown): Check {
  const actions = ((page as EntityListing<Action> | undefined)?.entities ?? []).filter(
    (a) => a.config?.request !== undefined,
  );
  const inline = actions.filter((a) => typeof a.config?.request?.requestTemplate === 'string');
  if (actions.length === 0)
    return {
      name: 'templates',
      status: 'warn',
      detail: 'no action with a request config to look at',
    };
  const detail =
    inline.length === actions.length
      ? 'returned inline: apply sends them back as they are'
      : 'returned by URI: apply reads each from /templates before its PATCH (two more reads per change)';
  return { name: 'templates', status: 'ok', detail };
}

/** What only a write would show, and how apply makes sure anyway. */
function unknowables(needs: Needs): Check[] {
  const checks: Check[] = [
    {
      name: 'PATCH semantics',
      status: 'warn',
      detail:
        'not knowable without writing (replace or merge of config): apply sends the whole config, ' +
        'checks a reset to default in the PATCH answer, sends the removal as null where the org ' +
        'merges, and reports it failed if the timeout stays; every change is read back',
    },
  ];
  if (needs.functions) {
    checks.push({
      name: 'draft ZIP carry-over',
      status: 'warn',
      detail:
        "not knowable without writing: apply checks that a function action's draft kept its ZIP " +
        'and refuses before publishing, deleting its draft, when it did not',
    });
  }
  return checks;
}

export interface DoctorOptions {
  now?: () => number;
}

/** Runs every check; stops after a failed login, since nothing else can be tested. */
export async function runDoctor(
  client: GenesysClient,
  manifest: Manifest,
  options: DoctorOptions = {},
): Promise<DoctorReport> {
  const login = await loginCheck(client);
  if (login.status === 'fail') return { checks: [login] };
  const needs = needsOf(manifest);
  const checks: Check[] = [login];
  let actions: unknown;
  for (const entry of permissionNeeds(needs)) {
    const { check, answer } = await permissionCheck(client, entry);
    checks.push(check);
    if (entry.permission === 'integrations:action:view') actions = answer;
  }
  const view = { answer: actions };
  const ids = ((view.answer as EntityListing<Action> | undefined)?.entities ?? []).map((a) => a.id);
  checks.push(await analyticsCheck(client, ids, (options.now ?? Date.now)()));
  checks.push(rateLimitCheck(client), templatesCheck(view.answer), ...unknowables(needs));
  return { checks: consistentChecks(checks) };
}
