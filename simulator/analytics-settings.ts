import { isRecord } from './json.js';

/**
 * How the simulated org's action analytics answers (GENESYS_API.md §9). Real orgs differ in ways
 * the docs leave open: p95/p99 are optional in StatisticalSummary, a token may lack the analytics
 * permission, and the largest synchronous answer and interval are not documented.
 */

export const ANALYTICS_MODES = ['full', 'no-percentiles', 'empty', 'forbidden'] as const;
/**
 * full: stats with p95 and p99; no-percentiles: stats without them; empty: no results at all;
 * forbidden: 403 naming the permission, on the query and the jobs alike.
 */
export type AnalyticsMode = (typeof ANALYTICS_MODES)[number];

export interface AnalyticsSettings {
  mode: AnalyticsMode;
  /** A sync query whose answer would hold more groups than this is refused with 400; 0: no limit. */
  syncMaxGroups: number;
  /** The longest interval the sync query accepts, in days (the jobs accept up to a year). */
  syncMaxDays: number;
  /** Simulator-clock time a job stays QUEUED, then PENDING, before it completes. */
  jobQueuedMs: number;
  jobRunningMs: number;
  /** A job ends FAILED (with an errorMessage) instead of FULFILLED. */
  jobFails: boolean;
  /**
   * How a job that does not fail ends (GENESYS_API.md §12, a Preview API): FULFILLED, or EXPIRED
   * (its results gone) or OUTDATED_SDK_VERSION (the org refuses the client's version).
   */
  jobEndState: JobEndState;
  /** Groups per page of a job's results when the job names no pageSize. */
  jobPageSize: number;
}

export const JOB_END_STATES = ['FULFILLED', 'EXPIRED', 'OUTDATED_SDK_VERSION'] as const;
export type JobEndState = (typeof JOB_END_STATES)[number];

export const DEFAULT_ANALYTICS: AnalyticsSettings = {
  jobEndState: 'FULFILLED',
  mode: 'full',
  syncMaxGroups: 0,
  syncMaxDays: 31,
  jobQueuedMs: 200,
  jobRunningMs: 300,
  jobFails: false,
  jobPageSize: 100,
};

/** What `analytics` may be given as: a mode, or some settings over the defaults. */
export type AnalyticsInput = AnalyticsMode | Partial<AnalyticsSettings>;

export function isAnalyticsMode(value: unknown): value is AnalyticsMode {
  return typeof value === 'string' && (ANALYTICS_MODES as readonly string[]).includes(value);
}

const COUNTS = [
  'syncMaxGroups',
  'syncMaxDays',
  'jobQueuedMs',
  'jobRunningMs',
  'jobPageSize',
] as const;

/** Settings from options or the admin API's JSON, over `base`; throws a message naming the field. */
export function resolveAnalytics(
  input: unknown,
  base: AnalyticsSettings = DEFAULT_ANALYTICS,
): AnalyticsSettings {
  if (input === undefined) return { ...base };
  if (typeof input === 'string') input = { mode: input };
  if (!isRecord(input)) throw new Error('analytics must be a mode or an object of settings');
  const out: AnalyticsSettings = { ...base };
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (key === 'mode') {
      if (!isAnalyticsMode(value))
        throw new Error(`analytics mode must be ${ANALYTICS_MODES.join(', ')}`);
      out.mode = value;
    } else if (key === 'jobEndState') {
      if (!(JOB_END_STATES as readonly unknown[]).includes(value))
        throw new Error(`jobEndState must be ${JOB_END_STATES.join(', ')}`);
      out.jobEndState = value as JobEndState;
    } else if (key === 'jobFails') {
      if (typeof value !== 'boolean') throw new Error('jobFails must be true or false');
      out.jobFails = value;
    } else if ((COUNTS as readonly string[]).includes(key)) {
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
        throw new Error(`${key} must be a non-negative integer`);
      out[key as (typeof COUNTS)[number]] = value;
    } else throw new Error(`unknown analytics setting "${key}"`);
  }
  if (out.syncMaxDays < 1) throw new Error('syncMaxDays must be at least 1');
  if (out.jobPageSize < 1) throw new Error('jobPageSize must be at least 1');
  return out;
}
