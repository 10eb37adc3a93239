import { isRecord } from './json.js';

/**
 * How the simulated org answers where GENESYS_API.md leaves the real API's behaviour open or where
 * real orgs differ (§2.4, §2.5, §4, §10). Every knob has a kind reading (the default) and a least
 * forgiving one; `--profile strict` takes the least forgiving reading of all at once.
 */

/** `rotate` answers each stale request with the next form in turn (`VERSION_MISMATCH_FORMS`). */
export type VersionMismatchStyle =
  '409' | '400' | '400-swagger' | '409-database' | '408' | 'rotate';
export const VERSION_MISMATCH_FORMS = ['409', '400', '400-swagger', '409-database', '408'] as const;
/** The three 403 bodies of GENESYS_API.md §12: all missing named, any one of them, none named. */
export type ForbiddenStyle = 'missing' | 'any' | 'unauthorized';
/** `strict`: a PATCH config must carry request.headers and both response maps as objects (§12). */
export type PatchShapeStyle = 'any' | 'strict';
/** Whether a function on a Deprecated runtime may still change (only moving to one is refused). */
export type DeprecatedRuntimeStyle = 'allow-same' | 'refuse';
/** Whether a secure action's consumers are listed under DATAACTION too, or only SECUREACTION. */
export type SecureDependenciesStyle = 'both' | 'secure-only';
export type MissingTemplateStyle = '404' | 'empty';
export type PatchConfigStyle = 'replace' | 'merge';
export type DraftZipStyle = 'keep' | 'drop';
export type ListingConfigStyle = 'full' | 'lean';

export interface Knobs {
  /** The permissions the client holds; 'all' grants every one. */
  permissions: 'all' | string[];
  /** Requests per access token per sliding minute; 0 disables the limit and its headers. */
  rateLimitPerMinute: number;
  /** Whether a 429 carries `Retry-After` (otherwise only `inin-ratelimit-reset` says when). */
  retryAfter: boolean;
  versionMismatch: VersionMismatchStyle;
  /** A template file an existing action lacks: 404, or 200 with an empty body. */
  missingTemplate: MissingTemplateStyle;
  /** `merge`: keys a PATCH config leaves out keep their values (RFC 7386; null deletes). */
  patchConfig: PatchConfigStyle;
  /** `drop`: a draft of a function action has no ZIP; publishing it leaves the function without code. */
  draftZip: DraftZipStyle;
  /**
   * `lean`: the list endpoint's config (includeConfig=true) lacks fields the single-action GET
   * carries (request headers, translation-map defaults). Nothing documents that the two agree.
   */
  listingConfig: ListingConfigStyle;
  /**
   * The largest page a listing answers (1-100): a larger pageSize is served in pages of this
   * size, echoed in `pageSize` and counted in `pageCount` (the real maximum is undocumented, §12).
   */
  pageCap: number;
  forbidden: ForbiddenStyle;
  patchShape: PatchShapeStyle;
  /**
   * Requests that find a function not ready (§12): after a draft is made this many GETs of
   * `…/draft/function` answer 404, and after its settings change this many publishes answer 400
   * `ACTION.PROCESSING`. 0: always ready.
   */
  functionProcessing: number;
  /** Function configuration, publish and delete requests a second per token (§12); 0: no limit. */
  functionRatePerSecond: number;
  deprecatedRuntime: DeprecatedRuntimeStyle;
  secureDependencies: SecureDependenciesStyle;
}

export const DEFAULT_KNOBS: Knobs = {
  permissions: 'all',
  rateLimitPerMinute: 300,
  retryAfter: true,
  versionMismatch: '409',
  missingTemplate: '404',
  patchConfig: 'replace',
  draftZip: 'keep',
  listingConfig: 'full',
  pageCap: 100,
  forbidden: 'missing',
  patchShape: 'any',
  functionProcessing: 0,
  functionRatePerSecond: 0,
  deprecatedRuntime: 'allow-same',
  secureDependencies: 'both',
};

/**
 * The least forgiving reading of every knob but `permissions`. 180 a minute is the lowest stated
 * limit seen on a real org (§10).
 */
export const STRICT_KNOBS: Omit<Knobs, 'permissions'> = {
  rateLimitPerMinute: 180,
  retryAfter: false,
  versionMismatch: 'rotate',
  missingTemplate: 'empty',
  patchConfig: 'merge',
  draftZip: 'drop',
  listingConfig: 'lean',
  pageCap: 50,
  forbidden: 'unauthorized',
  patchShape: 'strict',
  functionProcessing: 2,
  functionRatePerSecond: 2,
  deprecatedRuntime: 'refuse',
  secureDependencies: 'secure-only',
};

export const PROFILES = ['default', 'strict'] as const;
export type Profile = (typeof PROFILES)[number];

const CHOICES = {
  versionMismatch: [...VERSION_MISMATCH_FORMS, 'rotate'],
  missingTemplate: ['404', 'empty'],
  patchConfig: ['replace', 'merge'],
  draftZip: ['keep', 'drop'],
  listingConfig: ['full', 'lean'],
  forbidden: ['missing', 'any', 'unauthorized'],
  patchShape: ['any', 'strict'],
  deprecatedRuntime: ['allow-same', 'refuse'],
  secureDependencies: ['both', 'secure-only'],
} as const;

export const KNOB_CHOICES: { readonly [K in keyof typeof CHOICES]: readonly string[] } = CHOICES;

const PERMISSION = /^[A-Za-z]+:[A-Za-z]+:[A-Za-z*]+$/;

/** `all`, or a comma-separated list of `domain:entity:action` permissions (may be empty). */
export function parsePermissions(value: string): 'all' | string[] {
  const trimmed = value.trim();
  if (trimmed === 'all') return 'all';
  const list = trimmed
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const bad = list.find((p) => !PERMISSION.test(p));
  if (bad !== undefined) {
    throw new Error(
      `"${bad}" is not a permission (domain:entity:action, e.g. integrations:action:view)`,
    );
  }
  return [...new Set(list)];
}

export function choice<K extends keyof typeof CHOICES>(
  name: K,
  value: unknown,
): (typeof CHOICES)[K][number] {
  const allowed: readonly string[] = CHOICES[name];
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new Error(`${name} must be ${allowed.join(', ')}; got ${JSON.stringify(value)}`);
  }
  return value as (typeof CHOICES)[K][number];
}

const count =
  (name: string) =>
  (value: unknown): number => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      throw new Error(`${name} must be a non-negative integer; got ${JSON.stringify(value)}`);
    }
    return value;
  };

export function pageCap(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 100) {
    throw new Error(`pageCap must be a whole number from 1 to 100; got ${JSON.stringify(value)}`);
  }
  return value;
}

type Reader = (value: unknown) => unknown;

const READERS: Record<keyof Knobs, Reader> = {
  permissions: (v) => {
    if (v === 'all') return 'all';
    if (!Array.isArray(v) || v.some((p) => typeof p !== 'string'))
      throw new Error('permissions must be "all" or an array of permission strings');
    return parsePermissions((v as string[]).join(','));
  },
  rateLimitPerMinute: count('rateLimitPerMinute'),
  retryAfter: (v) => {
    if (typeof v !== 'boolean') throw new Error('retryAfter must be true or false');
    return v;
  },
  versionMismatch: (v) => choice('versionMismatch', v),
  missingTemplate: (v) => choice('missingTemplate', v),
  patchConfig: (v) => choice('patchConfig', v),
  draftZip: (v) => choice('draftZip', v),
  listingConfig: (v) => choice('listingConfig', v),
  pageCap: (v) => pageCap(v),
  forbidden: (v) => choice('forbidden', v),
  patchShape: (v) => choice('patchShape', v),
  functionProcessing: count('functionProcessing'),
  functionRatePerSecond: count('functionRatePerSecond'),
  deprecatedRuntime: (v) => choice('deprecatedRuntime', v),
  secureDependencies: (v) => choice('secureDependencies', v),
};

/**
 * A partial knob set from the admin API's JSON body; `profile: "strict"` applies the strict
 * readings first, then the other given keys on top.
 */
export function readKnobPatch(body: unknown): Partial<Knobs> {
  if (!isRecord(body)) throw new Error('the knobs body must be a JSON object');
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === 'profile') {
      if (value !== 'strict' && value !== 'default')
        throw new Error('profile must be strict or default');
      Object.assign(out, value === 'strict' ? STRICT_KNOBS : withoutPermissions(DEFAULT_KNOBS));
      continue;
    }
    const reader = READERS[key as keyof Knobs] as Reader | undefined;
    if (reader === undefined) throw new Error(`unknown knob "${key}"`);
    out[key] = reader(value);
  }
  return out;
}

function withoutPermissions(knobs: Knobs): Omit<Knobs, 'permissions'> {
  const { permissions: _ignored, ...rest } = knobs;
  return rest;
}

/** Defaults, then the profile, then explicit settings. */
export function resolveKnobs(
  profile: Profile | undefined,
  explicit: { [K in keyof Knobs]?: Knobs[K] | undefined },
): Knobs {
  const base: Knobs =
    profile === 'strict' ? { ...DEFAULT_KNOBS, ...STRICT_KNOBS } : { ...DEFAULT_KNOBS };
  const set = Object.fromEntries(Object.entries(explicit).filter(([, v]) => v !== undefined));
  return { ...base, ...set };
}

export function holds(knobs: Knobs, permission: string): boolean {
  return knobs.permissions === 'all' || knobs.permissions.includes(permission);
}
