import { parseArgs } from 'node:util';
import { messageOf } from './json.js';
import { ANALYTICS_MODES, isAnalyticsMode } from './analytics-settings.js';
import { parseFaultSpec } from './faults.js';
import { parsePermissions, PROFILES, VERSION_MISMATCH_FORMS } from './knobs.js';
import { isValidSeed, startSimulator, type SimulatorOptions } from './index.js';
import { runOrgs, splitOrgsFlag } from './orgs.js';

/** `gc-timeouts simulator`: runs the simulator in the foreground until SIGINT or SIGTERM. */

export interface SimulatorCommandIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const USAGE = `Usage: gc-timeouts simulator [options]

Runs a Genesys Cloud simulator on loopback: OAuth client credentials, data actions, drafts,
integrations and action analytics, with optional latency, rate limits and injected faults.

Options:
  --port N                 port to listen on (default 8787; 0 picks a free port)
  --host HOST              address to bind (default 127.0.0.1); any other than loopback needs
                           --client-secret: the default secret is published
  --seed SEED              demo (default), demo-dev, demo-prod, empty, or scale:N for N
                           generated actions
  --orgs NAME=SEED,...     several orgs at once, e.g. dev=demo-dev,prod=demo-prod: one simulator
                           per org on ports N, N+1, ... (0: free ports), client id ID-NAME each
  --latency-ms N           delay added to every response (default 0)
  --faults SPEC            e.g. 429:0.1,503:0.05,reset:0.02,stall:0.01 or 503@5-7
                           (also seed:S, retry-after:N, oauth to fault token requests too)
  --client-id ID           client id to accept (default gc-timeouts-demo)
  --client-secret SECRET   client secret to accept (default demo-secret-not-for-production)
  --token-ttl-seconds N    access token lifetime (default 86400)
  --inline-templates       return template text inline, not only as …TemplateUri
  --analytics MODE         full (default), no-percentiles (stats without p95/p99), empty (no
                           results) or forbidden (403 naming the permission)
  --analytics-sync-max N   refuse (400) a sync analytics query of more than N results, so
                           clients must use the async jobs (default 0: no limit)
  --admin                  serve the /__sim/ admin API (request log, faults, knobs, out-of-band edits)
  -h, --help               show this help

How a real org may answer (the first value is the default):
  --permissions LIST       permissions the client holds: all, or e.g.
                           integrations:action:view,integrations:action:edit; a call lacking
                           one answers 403 naming it
  --rate-limit N           requests per minute per access token, stated in inin-ratelimit-*
                           headers on every response (default 300; 0 disables)
  --retry-after on|off     send Retry-After with a 429 (off: only inin-ratelimit-reset)
  --version-mismatch 409|400|400-swagger|409-database|408|rotate
                           a stale version: 409; 400 "…does not match the current version…";
                           400 "Version does not match current version."; 409 "…must match the
                           version number in the database."; 408; or each form in turn
  --forbidden missing|any|unauthorized
                           a 403 names every missing permission, asks for "at least one of"
                           them, or names none (not.authorized)
  --patch-shape any|strict strict: refuse a PATCH config without request.headers and both
                           response maps as objects, or with a function action's requestUrlTemplate
  --function-processing N  a fresh draft's function answers 404 N times, and a publish after a
                           change 400 ACTION.PROCESSING N times (default 0)
  --function-rate N        function configuration/publish/delete requests a second (default 0: off)
  --deprecated-runtime allow-same|refuse
                           a function on a Deprecated runtime may keep it, or may not change at all
  --secure-dependencies both|secure-only
                           a secure action's flows are listed under DATAACTION too, or only under
                           SECUREACTION
  --missing-template 404|empty
                           a template an existing action lacks: 404, or 200 with an empty body
  --patch-config replace|merge
                           PATCH config replaces the stored one, or merges into it (keys left
                           out keep their values; null removes)
  --draft-zip keep|drop    a function action's draft keeps the published ZIP, or has none (then
                           publishing it leaves the function without code)
  --listing-config full|lean
                           the list's config carries all the single GET does, or lacks request
                           headers and translation-map defaults
  --page-cap N             the largest page a listing answers, 1-100 (default 100): a larger
                           pageSize is served in pages of N, echoed in pageSize
  --profile default|strict strict: every knob above at its least forgiving reading (rate limit
                           180, retry-after off, rotate, empty, merge, drop, lean, page cap 50,
                           unauthorized, strict, 2, 2, refuse, secure-only) and analytics without
                           percentiles; permissions stay as given and explicit flags win
`;

class UsageProblem extends Error {}

function count(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(parsed)) {
    throw new UsageProblem(`--${name} must be a non-negative integer, got "${value}".`);
  }
  return parsed;
}

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  seed: { type: 'string' },
  'latency-ms': { type: 'string' },
  'rate-limit': { type: 'string' },
  faults: { type: 'string' },
  'client-id': { type: 'string' },
  'client-secret': { type: 'string' },
  'token-ttl-seconds': { type: 'string' },
  'version-mismatch': { type: 'string' },
  'inline-templates': { type: 'boolean' },
  analytics: { type: 'string' },
  'analytics-sync-max': { type: 'string' },
  admin: { type: 'boolean' },
  permissions: { type: 'string' },
  'retry-after': { type: 'string' },
  'missing-template': { type: 'string' },
  'patch-config': { type: 'string' },
  'draft-zip': { type: 'string' },
  'listing-config': { type: 'string' },
  'page-cap': { type: 'string' },
  forbidden: { type: 'string' },
  'patch-shape': { type: 'string' },
  'function-processing': { type: 'string' },
  'function-rate': { type: 'string' },
  'deprecated-runtime': { type: 'string' },
  'secure-dependencies': { type: 'string' },
  profile: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

function oneOf<T extends string>(
  values: Values,
  flag: keyof Values,
  allowed: readonly T[],
): T | undefined {
  const value = values[flag];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new UsageProblem(`--${flag} must be ${allowed.join(', ')}, got "${String(value)}".`);
  }
  return value as T;
}

/** The real-org knobs: permissions, rate limit wording and the API's undocumented readings. */
function knobOptions(values: Values): SimulatorOptions {
  const options: SimulatorOptions = {};
  if (values.permissions !== undefined) {
    try {
      options.permissions = parsePermissions(values.permissions);
    } catch (error) {
      throw new UsageProblem(`--permissions: ${messageOf(error)}`);
    }
  }
  const rate = count(values['rate-limit'], 'rate-limit');
  if (rate !== undefined) options.rateLimitPerMinute = rate;
  const retryAfter = oneOf(values, 'retry-after', ['on', 'off'] as const);
  if (retryAfter !== undefined) options.retryAfter = retryAfter === 'on';
  options.versionMismatch = oneOf(values, 'version-mismatch', [
    ...VERSION_MISMATCH_FORMS,
    'rotate',
  ] as const);
  options.forbidden = oneOf(values, 'forbidden', ['missing', 'any', 'unauthorized'] as const);
  options.patchShape = oneOf(values, 'patch-shape', ['any', 'strict'] as const);
  options.functionProcessing = count(values['function-processing'], 'function-processing');
  options.functionRatePerSecond = count(values['function-rate'], 'function-rate');
  options.deprecatedRuntime = oneOf(values, 'deprecated-runtime', [
    'allow-same',
    'refuse',
  ] as const);
  options.secureDependencies = oneOf(values, 'secure-dependencies', [
    'both',
    'secure-only',
  ] as const);
  options.missingTemplate = oneOf(values, 'missing-template', ['404', 'empty'] as const);
  options.patchConfig = oneOf(values, 'patch-config', ['replace', 'merge'] as const);
  options.draftZip = oneOf(values, 'draft-zip', ['keep', 'drop'] as const);
  options.listingConfig = oneOf(values, 'listing-config', ['full', 'lean'] as const);
  const cap = count(values['page-cap'], 'page-cap');
  if (cap !== undefined && (cap < 1 || cap > 100)) {
    throw new UsageProblem(`--page-cap must be from 1 to 100, got "${cap}".`);
  }
  if (cap !== undefined) options.pageCap = cap;
  options.profile = oneOf(values, 'profile', PROFILES);
  return options;
}

function serverOptions(values: Values): SimulatorOptions {
  const options: SimulatorOptions = { port: count(values.port, 'port') ?? 8787 };
  if ((options.port ?? 0) > 65535) throw new UsageProblem('--port must be at most 65535.');
  if (values.host !== undefined) options.host = values.host;
  if (values.seed !== undefined) {
    if (!isValidSeed(values.seed))
      throw new UsageProblem(
        `--seed must be demo, demo-dev, demo-prod, empty or scale:N, got "${values.seed}".`,
      );
    options.seed = values.seed;
  }
  const latency = count(values['latency-ms'], 'latency-ms');
  if (latency !== undefined) options.latencyMs = latency;
  const ttl = count(values['token-ttl-seconds'], 'token-ttl-seconds');
  if (ttl !== undefined) {
    if (ttl < 1) throw new UsageProblem('--token-ttl-seconds must be at least 1.');
    options.tokenTtlSeconds = ttl;
  }
  if (values.faults !== undefined) {
    try {
      options.faults = parseFaultSpec(values.faults);
    } catch (error) {
      throw new UsageProblem(`--faults: ${messageOf(error)}`);
    }
  }
  if (values['inline-templates'] === true) options.inlineTemplates = true;
  if (values.analytics !== undefined && !isAnalyticsMode(values.analytics))
    throw new UsageProblem(`--analytics must be ${ANALYTICS_MODES.join(', ')}.`);
  const syncMaxGroups = count(values['analytics-sync-max'], 'analytics-sync-max');
  if (values.analytics !== undefined || syncMaxGroups !== undefined)
    options.analytics = { mode: values.analytics ?? 'full', syncMaxGroups: syncMaxGroups ?? 0 };
  if (values.admin === true) options.admin = true;
  return options;
}

function credentialOptions(values: Values): SimulatorOptions {
  const options: SimulatorOptions = {};
  for (const flag of ['client-id', 'client-secret'] as const) {
    if (values[flag] === '') throw new UsageProblem(`--${flag} must not be empty.`);
  }
  if (values['client-id'] !== undefined) options.clientId = values['client-id'];
  if (values['client-secret'] !== undefined) options.clientSecret = values['client-secret'];
  return options;
}

export function parseSimulatorArgs(argv: string[]): SimulatorOptions | 'help' {
  let values: Values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: OPTIONS,
    }));
  } catch (error) {
    throw new UsageProblem(messageOf(error));
  }
  if (values.help === true) return 'help';
  const options = {
    ...serverOptions(values),
    ...credentialOptions(values),
    ...knobOptions(values),
  };
  if (!isLoopback(options.host ?? '127.0.0.1') && options.clientSecret === undefined) {
    throw new UsageProblem(
      `--host ${options.host ?? ''} lets other machines in, and the default client secret is printed in this help and the README: pass --client-secret with a secret of your own to bind it.`,
    );
  }
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

/** Addresses only this machine reaches. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}

/** What to run next, with every argument: from the repository root, or an org of your own. */
export function suggestedCommands(url: string, seed: string): string[] {
  if (seed === 'demo')
    return [`  npx gc-timeouts plan --manifest examples/gc-timeouts.yaml --api-base-url ${url}`];
  return [
    `  npx gc-timeouts export --api-base-url ${url} --out gc-timeouts.yaml`,
    `  npx gc-timeouts plan --manifest gc-timeouts.yaml --api-base-url ${url}`,
  ];
}

function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const onSignal = (signal: string): void => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/**
 * Returns the exit code: 0 after a clean stop, 1 when the server cannot start, 2 for usage
 * errors. `until` replaces waiting for a signal (tests).
 */
export async function runSimulatorCommand(
  argv: string[],
  io: SimulatorCommandIO = { stdout: process.stdout, stderr: process.stderr },
  until?: Promise<unknown>,
): Promise<number> {
  const orgs = splitOrgsFlag(argv);
  if (orgs !== undefined)
    return runOrgs(orgs, io, () => until ?? untilSignal(), parseSimulatorArgs);
  let options: SimulatorOptions | 'help';
  try {
    options = parseSimulatorArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageProblem)) throw error;
    io.stderr.write(
      `gc-timeouts simulator: ${error.message}\nRun gc-timeouts simulator --help for usage.\n`,
    );
    return 2;
  }
  if (options === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  let sim;
  try {
    sim = await startSimulator(options);
  } catch (error) {
    io.stderr.write(`gc-timeouts simulator: cannot start: ${messageOf(error)}\n`);
    return 1;
  }
  const actions = sim.state.store.actions.size;
  io.stdout.write(
    [
      `Genesys Cloud simulator listening on ${sim.url} (seed ${sim.state.options.seed}, ${actions} actions)`,
      `  client id:     ${sim.clientId}`,
      `  client secret: ${sim.clientSecret}`,
      '',
      'Point gc-timeouts at it:',
      `  export GENESYSCLOUD_OAUTHCLIENT_ID='${sim.clientId}'`,
      `  export GENESYSCLOUD_OAUTHCLIENT_SECRET='${sim.clientSecret}'`,
      ...suggestedCommands(sim.url, sim.state.options.seed),
      '',
      sim.state.options.admin
        ? `Admin API: ${sim.url}/__sim/requests, /__sim/faults, /__sim/knobs, /__sim/actions/{id}, /__sim/reset`
        : 'Admin API: off (--admin to enable)',
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  await (until ?? untilSignal());
  await sim.close();
  io.stdout.write('Simulator stopped.\n');
  return 0;
}
