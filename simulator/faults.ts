import { isRecord } from './json.js';
import { uniform } from './prng.js';

/**
 * Injected failures. A fault is decided from the request's sequence number alone (schedule
 * first, then a seeded draw), so the same spec fails the same requests on every run.
 */

/**
 * Lies of a proxy that answers 200 with something else (lies.ts): a captive portal, another JSON
 * document or an empty body for a template; a listing page that repeats page 1, is cut short or
 * empty, or states a wrong total.
 */
export const LIE_KINDS = [
  'template-html',
  'template-json',
  'template-empty',
  'page-repeat',
  'page-short',
  'page-empty',
  'page-total',
] as const;
export type LieKind = (typeof LIE_KINDS)[number];

export const FAULT_KINDS = [
  '429',
  '500',
  '502',
  '503',
  '504',
  'reset',
  'stall',
  ...LIE_KINDS,
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export function isLie(kind: FaultKind): kind is LieKind {
  return (LIE_KINDS as readonly string[]).includes(kind);
}

export interface FaultWindow {
  kind: FaultKind;
  /** First and last request sequence numbers (1-based, inclusive). */
  from: number;
  to: number;
}

export interface FaultSpec {
  probabilities?: Partial<Record<FaultKind, number>>;
  schedule?: FaultWindow[];
  /** Seed of the draws; the default is 'faults'. */
  seed?: string;
  /** Also fault POST /oauth/token (default: only /api/v2). */
  includeOAuth?: boolean;
  /** Retry-After of injected 429s in seconds (default 1). */
  retryAfterSeconds?: number;
}

function isKind(value: unknown): value is FaultKind {
  return typeof value === 'string' && (FAULT_KINDS as readonly string[]).includes(value);
}

function probability(kind: string, value: unknown): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new Error(`Fault probability for ${kind} must be a number from 0 to 1.`);
  }
  return value;
}

function sequence(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new Error(`Fault schedule ${what} must be a positive integer.`);
  }
  return value;
}

/**
 * The compact form, comma-separated: `503:0.05` (probability), `503@5-7` or `reset@3`
 * (schedule by request sequence number), `seed:abc`, `retry-after:2`, `oauth`.
 */
export function parseFaultSpec(text: string): FaultSpec {
  const spec: FaultSpec = {};
  for (const item of text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')) {
    const at = /^([^@:]+)@(\d+)(?:-(\d+))?$/.exec(item);
    const colon = /^([^@:]+):(.+)$/.exec(item);
    if (item === 'oauth') {
      spec.includeOAuth = true;
    } else if (at !== null && isKind(at[1])) {
      const from = Number(at[2]);
      const to = at[3] === undefined ? from : Number(at[3]);
      if (to < from) throw new Error(`Fault schedule "${item}" ends before it starts.`);
      (spec.schedule ??= []).push({ kind: at[1], from, to });
    } else if (colon?.[1] === 'seed' && colon[2] !== undefined) {
      spec.seed = colon[2];
    } else if (colon?.[1] === 'retry-after' && colon[2] !== undefined) {
      spec.retryAfterSeconds = sequence(Number(colon[2]), 'retry-after');
    } else if (colon !== null && isKind(colon[1]) && colon[2] !== undefined) {
      (spec.probabilities ??= {})[colon[1]] = probability(colon[1], Number(colon[2]));
    } else {
      throw new Error(
        `Unknown fault "${item}": use KIND:P, KIND@N or KIND@N-M with KIND one of ${FAULT_KINDS.join(', ')}, or seed:S, retry-after:N, oauth.`,
      );
    }
  }
  return normalizeFaultSpec(spec);
}

/** Checks a spec given as an object (admin API, options) or a compact string. Throws on errors. */
export function normalizeFaultSpec(value: unknown): FaultSpec {
  if (typeof value === 'string') return parseFaultSpec(value);
  if (!isRecord(value)) throw new Error('A fault spec must be an object or a string.');
  const spec: FaultSpec = {};
  if (value.probabilities !== undefined) {
    if (!isRecord(value.probabilities)) throw new Error('probabilities must be an object.');
    const probabilities: Partial<Record<FaultKind, number>> = {};
    let total = 0;
    for (const [kind, p] of Object.entries(value.probabilities)) {
      if (!isKind(kind)) throw new Error(`Unknown fault kind "${kind}".`);
      probabilities[kind] = probability(kind, p);
      total += probabilities[kind];
    }
    if (total > 1) throw new Error('Fault probabilities add up to more than 1.');
    spec.probabilities = probabilities;
  }
  if (value.schedule !== undefined) {
    if (!Array.isArray(value.schedule)) throw new Error('schedule must be an array.');
    spec.schedule = value.schedule.map((w: unknown) => {
      if (!isRecord(w) || !isKind(w.kind))
        throw new Error('Each schedule entry needs a known kind.');
      const from = sequence(w.from, 'from');
      const to = w.to === undefined ? from : sequence(w.to, 'to');
      return { kind: w.kind, from, to };
    });
  }
  if (value.seed !== undefined) {
    if (typeof value.seed !== 'string') throw new Error('seed must be a string.');
    spec.seed = value.seed;
  }
  if (value.includeOAuth !== undefined) spec.includeOAuth = value.includeOAuth === true;
  if (value.retryAfterSeconds !== undefined) {
    spec.retryAfterSeconds = sequence(value.retryAfterSeconds, 'retryAfterSeconds');
  }
  return spec;
}

export function decideFault(spec: FaultSpec, seq: number, isOAuth: boolean): FaultKind | undefined {
  if (isOAuth && spec.includeOAuth !== true) return undefined;
  const scheduled = spec.schedule?.find((w) => seq >= w.from && seq <= w.to);
  if (scheduled !== undefined) return scheduled.kind;
  if (spec.probabilities === undefined) return undefined;
  const draw = uniform(`${spec.seed ?? 'faults'}|${seq}`);
  let cumulative = 0;
  for (const kind of FAULT_KINDS) {
    cumulative += spec.probabilities[kind] ?? 0;
    if (draw < cumulative) return kind;
  }
  return undefined;
}

/** The ErrorBody an injected 5xx answers with (an injected 429 looks like the real limit). */
export const FAULT_ERRORS: Record<
  '500' | '502' | '503' | '504',
  { code: string; message: string }
> = {
  '500': {
    code: 'internal.server.error',
    message:
      'The server encountered an unexpected condition which prevented it from fulfilling the request.',
  },
  '502': {
    code: 'bad.gateway',
    message: 'The server received an invalid response from an upstream server.',
  },
  '503': {
    code: 'service.unavailable',
    message:
      'Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).',
  },
  '504': { code: 'request.timeout', message: 'The request timed out.' },
};
