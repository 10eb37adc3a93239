import type { Connection } from '../app/connection.js';
import type { AppPorts } from '../app/ports.js';
import { validateManifest, validOrThrow } from '../app/validate.js';
import type { ClientEvent } from '../genesys/events.js';
import { fastRetryScale } from '../genesys/retry.js';
import type { ValidManifest } from '../manifest/validate.js';
import { openOrg } from '../org/session.js';
import { tableColumns } from '../render/fit.js';
import { phaseProgress, type Progress } from '../util/progress.js';
import { DEFAULT_DEADLINE_MINUTES, parseDeadlineMinutes } from '../util/deadline.js';
import { workspaceRoot } from '../util/read-file.js';
import { UsageError, type CliIO } from './io.js';

/** Flags every command that talks to the org accepts, mirroring the Action's inputs. */
export const CONNECTION_FLAGS = {
  manifest: { type: 'string', short: 'm', default: 'gc-timeouts.yaml' },
  env: { type: 'string', short: 'e' },
  region: { type: 'string', short: 'r' },
  'api-base-url': { type: 'string' },
  'client-id': { type: 'string' },
  'client-secret': { type: 'string' },
  label: { type: 'string' },
  deadline: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const CONNECTION_HELP = `  -m, --manifest PATH       manifest (default: gc-timeouts.yaml)
  -e, --env NAME            the environment of the manifest to work on (required when it
                            declares environments); its region names the org, and
                            GENESYSCLOUD_OAUTHCLIENT_ID_<NAME>/_SECRET_<NAME> its credentials
  -r, --region REGION       region or environment host; overrides org.region
                            (GENESYSCLOUD_REGION is used only when the manifest has none)
      --api-base-url URL    one base URL for the API and OAuth (proxies, the simulator;
                            env GENESYSCLOUD_API_BASE_URL)
      --client-id ID        OAuth client id (env GENESYSCLOUD_OAUTHCLIENT_ID)
      --client-secret S     OAuth client secret (env GENESYSCLOUD_OAUTHCLIENT_SECRET;
                            prefer the variable: flags show up in process lists)
      --label NAME          name of this manifest in reports (default: the manifest path)
      --deadline MINUTES    stop a run that takes longer (default ${DEFAULT_DEADLINE_MINUTES}): reads give up,
                            apply starts no further action and names those it did not try
  -h, --help                show this help`;

/**
 * What the application layer works with at a terminal: the org, the clock, the run's redactor
 * (access tokens the client learns are masked on the CLI's streams from then on), client events
 * on stderr, and progress that clears itself when each read, plan or apply ends.
 */
export function appPorts(io: CliIO): AppPorts {
  const shown = progress(io);
  return {
    openOrg,
    now: io.now ?? Date.now,
    redactor: io.redactor,
    progress: shown,
    onEvent: clientEvents(io, shown),
    // Test-only, read here with the rest of the environment; the client ignores it off loopback.
    tuning: { retryWaitScale: fastRetryScale(io.env) },
  };
}

/**
 * The manifest the flags name, validated once, within the run's deadline (`--deadline`) when the
 * command takes one; invalid, every finding goes with the error.
 */
export async function validFromFlags(
  path: string,
  io: CliIO,
  deadline?: { deadline?: string | undefined },
): Promise<ValidManifest> {
  const limits = deadline === undefined ? {} : { deadline: runDeadline(io, deadline.deadline) };
  return validOrThrow(await validateManifest(path, workspaceRoot(io.env, io.cwd), limits));
}

const deadlines = new WeakMap<CliIO, number>();

/** The run's deadline, fixed the first time it is asked for: validation and the org share it. */
function runDeadline(io: CliIO, text: string | undefined): number {
  const minutes = parseDeadlineMinutes(text ?? String(DEFAULT_DEADLINE_MINUTES));
  if (minutes === undefined)
    throw new UsageError(
      `--deadline must be a number of minutes from 1 to 1440 (got ${JSON.stringify(text)})`,
    );
  let at = deadlines.get(io);
  // Wall-clock time: io.now is the clock of dates in the manifest, which tests fix.
  if (at === undefined) deadlines.set(io, (at = Date.now() + minutes * 60_000));
  return at;
}

interface ConnectionValues {
  region?: string | undefined;
  'api-base-url'?: string | undefined;
  'client-id'?: string | undefined;
  'client-secret'?: string | undefined;
  deadline?: string | undefined;
}

/**
 * The variable `name` of environment `environment`: `NAME_PROD` for prod (letters upper-cased,
 * `.` and `-` as `_`), else the plain `NAME`. One shell can then hold every org's client, which
 * `compare` needs, and a run for prod never picks up dev's client by accident of a stale export.
 */
export function environmentVariable(
  env: NodeJS.ProcessEnv,
  name: string,
  environment: string | undefined,
): string | undefined {
  if (environment !== undefined) {
    const own = nonEmpty(env[`${name}_${variableSuffix(environment)}`]);
    if (own !== undefined) return own;
  }
  return nonEmpty(env[name]);
}

export function variableSuffix(environment: string): string {
  return environment.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/**
 * The connection the flags and the process environment name (for `environment`, its own
 * variables first); the secret is masked from here on.
 */
export function connectionFrom(
  flags: ConnectionValues,
  io: CliIO,
  environment?: string,
): Connection {
  const variable = (name: string): string | undefined =>
    environmentVariable(io.env, name, environment);
  const clientId = flags['client-id'] ?? variable('GENESYSCLOUD_OAUTHCLIENT_ID');
  const clientSecret = flags['client-secret'] ?? variable('GENESYSCLOUD_OAUTHCLIENT_SECRET');
  io.redactor?.add(clientSecret, clientId);
  return {
    deadline: runDeadline(io, flags.deadline),
    clientId,
    clientSecret,
    region: flags.region,
    fallbackRegion: variable('GENESYSCLOUD_REGION'),
    apiBaseUrl: flags['api-base-url'] ?? variable('GENESYSCLOUD_API_BASE_URL'),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** How a plan is laid out for this run's stdout: colour, and the width its tables fit. */
export function textLayout(io: CliIO): { color: boolean; columns: number } {
  return { color: useColor(io), columns: tableColumns(io.stdout, io.env) };
}

/** Colour only for a person at a terminal, and never when NO_COLOR is set (no-color.org). */
export function useColor(io: CliIO): boolean {
  return io.stdout.isTTY === true && io.env['NO_COLOR'] === undefined && io.env['TERM'] !== 'dumb';
}

/**
 * Progress on stderr: a self-updating line at a terminal; nothing when stderr is not one (a pipe,
 * a CI log), where the retries and waits below already say why a run is slow.
 */
export function progress(io: CliIO, now: () => number = Date.now): Progress {
  return phaseProgress({
    write: (text) => io.stderr.write(text),
    tty: io.stderr.isTTY === true,
    now,
  });
}

/** Retries and rate waits are worth a line: they explain a slow run. Never inside the live line. */
export function clientEvents(io: CliIO, shown?: Progress): (event: ClientEvent) => void {
  return (event) => {
    const line = describeEvent(event);
    if (line === undefined) return;
    if (shown !== undefined) shown.log(`gc-timeouts: ${line}`);
    else io.stderr.write(`gc-timeouts: ${line}\n`);
  };
}

export function describeEvent(event: ClientEvent): string | undefined {
  const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
  switch (event.type) {
    case 'retry':
      return `${event.method} ${event.path}: ${event.reason}; retry ${event.attempt} in ${seconds(event.delayMs)}`;
    case 'rate-wait':
      // Pacing under the budget is normal; only a pause the org asked for, or a long wait, is news.
      return event.reason === 'paused' || event.waitMs >= 5000
        ? `rate limit: waiting ${seconds(event.waitMs)}`
        : undefined;
    case 'page-size-fallback':
      return `${event.path}: page size ${event.from} refused, reading pages of ${event.to}`;
    case 'setting-ignored':
      return event.message;
    case 'draft-cleanup':
      return `draft of ${event.actionId} ${event.ok ? 'discarded' : `could not be discarded: ${event.message ?? 'unknown error'}`}`;
    default:
      return undefined;
  }
}
