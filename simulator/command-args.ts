import { parseArgs } from 'node:util';
import { messageOf } from './json.js';
import { ANALYTICS_MODES, isAnalyticsMode } from './analytics-settings.js';
import { parseFaultSpec } from './faults.js';
import { parsePermissions, PROFILES, VERSION_MISMATCH_FORMS } from './knobs.js';
import { isValidSeed, type SimulatorOptions } from './index.js';

/** The flags of `gc-timeouts simulator` read into SimulatorOptions; a bad one is a UsageProblem. */

export class UsageProblem extends Error {}

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
