import { randomUUID } from 'node:crypto';
import { evaluateQuery, type AggregateGroup } from './analytics.js';
import {
  resolveAnalytics,
  type AnalyticsSettings,
  type JobEndState,
} from './analytics-settings.js';
import type { Clock } from './clock.js';
import { ApiError, badRequest, notFound } from './errors.js';
import { isRecord } from './json.js';
import type { StoredAction, StoredIntegration } from './types.js';

/**
 * Action analytics as the org answers it (GENESYS_API.md §9): the sync aggregate query and the
 * async aggregate jobs (POST …/jobs → {jobId}; GET …/jobs/{id} → AsyncQueryStatus; GET
 * …/jobs/{id}/results?cursor= → {results, cursor}; DELETE …/jobs/{id}), shaped as the SDK's
 * models. A job moves QUEUED → PENDING → FULFILLED (or FAILED) on the simulator's clock.
 */

/** The jobs' own interval limit; not documented, a year is generous. */
const JOB_MAX_DAYS = 366;
const MAX_JOB_PAGE_SIZE = 1000;
const JOB_KEPT_MS = 86_400_000;
/** The permissions the docs list for the analytics query (§9); either one grants it. */
const ANALYTICS_PERMISSIONS = ['integrations:action:view', 'bridge:actions:view'];

interface Job {
  id: string;
  submitted: number;
  groups: AggregateGroup[];
  pageSize: number;
  fails: boolean;
  ends: JobEndState;
}

export interface AnalyticsSource {
  seed: string;
  actions: () => Iterable<StoredAction>;
  integrations: () => ReadonlyMap<string, StoredIntegration>;
}

/** The platform's 403 ErrorBody: the message names the permissions (the code is undocumented). */
function forbidden(): ApiError {
  const list = `[${ANALYTICS_PERMISSIONS.join(', ')}]`;
  const template =
    'Unable to perform the requested action. You are missing the following permission(s): {permissions}';
  return new ApiError(403, 'missing.permissions', template.replace('{permissions}', list), {
    messageWithParams: template,
    messageParams: { permissions: list },
  });
}

function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (match === null) throw badRequest('cursor is not valid for this job.', 'cursor');
  return Number(match[1]);
}

export class AnalyticsService {
  private current: AnalyticsSettings;
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly clock: Clock,
    private readonly source: AnalyticsSource,
    settings: AnalyticsSettings,
  ) {
    this.current = { ...settings };
  }

  get settings(): AnalyticsSettings {
    return { ...this.current };
  }

  /** Changes some settings (options or the admin API's body); the jobs already submitted stay. */
  configure(patch: unknown): AnalyticsSettings {
    this.current = resolveAnalytics(patch, this.current);
    return this.settings;
  }

  /** Forgets every job (a reset of the org). */
  clear(): void {
    this.jobs.clear();
  }

  private evaluate(body: unknown, maxDays: number): AggregateGroup[] {
    if (this.current.mode === 'forbidden') throw forbidden();
    const groups = evaluateQuery(
      body,
      this.source.seed,
      this.source.actions(),
      this.source.integrations(),
      { maxDays, percentiles: this.current.mode !== 'no-percentiles' },
    );
    return this.current.mode === 'empty' ? [] : groups;
  }

  /** POST …/aggregates/query: the whole answer at once, or 400 when it would be too large. */
  query(body: unknown): Record<string, unknown> {
    const groups = this.evaluate(body, this.current.syncMaxDays);
    const max = this.current.syncMaxGroups;
    if (max > 0 && groups.length > max) {
      throw badRequest(
        `The query would return ${groups.length} results, more than the ${max} a synchronous query may return. Narrow the query or submit it as an asynchronous job (POST /api/v2/analytics/actions/aggregates/jobs).`,
        'groupBy',
        'max.results',
      );
    }
    // Genesys analytics answers an empty result with no `results` at all.
    return groups.length === 0 ? {} : { results: groups };
  }

  /** POST …/aggregates/jobs: 202 with the job id; the query is checked (and evaluated) now. */
  submit(body: unknown): { jobId: string } {
    const groups = this.evaluate(body, JOB_MAX_DAYS);
    const requested = isRecord(body) ? body.pageSize : undefined;
    if (
      requested !== undefined &&
      (typeof requested !== 'number' ||
        !Number.isSafeInteger(requested) ||
        requested < 1 ||
        requested > MAX_JOB_PAGE_SIZE)
    ) {
      throw badRequest(`pageSize must be between 1 and ${MAX_JOB_PAGE_SIZE}.`, 'pageSize');
    }
    const job: Job = {
      id: randomUUID(),
      submitted: this.clock.now(),
      groups,
      pageSize: typeof requested === 'number' ? requested : this.current.jobPageSize,
      fails: this.current.jobFails,
      ends: this.current.jobEndState,
    };
    this.jobs.set(job.id, job);
    return { jobId: job.id };
  }

  private job(id: string): Job {
    if (this.current.mode === 'forbidden') throw forbidden();
    const job = this.jobs.get(id);
    if (job === undefined) throw notFound(id);
    return job;
  }

  private stateOf(job: Job): 'QUEUED' | 'PENDING' | 'FAILED' | JobEndState {
    const age = this.clock.now() - job.submitted;
    if (age < this.current.jobQueuedMs) return 'QUEUED';
    if (age < this.current.jobQueuedMs + this.current.jobRunningMs) return 'PENDING';
    return job.fails ? 'FAILED' : job.ends;
  }

  /** GET …/jobs/{id}: AsyncQueryStatus. */
  status(id: string): Record<string, string> {
    const job = this.job(id);
    const state = this.stateOf(job);
    const status: Record<string, string> = {
      state,
      submissionDate: new Date(job.submitted).toISOString(),
    };
    if (state !== 'QUEUED' && state !== 'PENDING') {
      const completed = job.submitted + this.current.jobQueuedMs + this.current.jobRunningMs;
      status.completionDate = new Date(completed).toISOString();
      status.expirationDate = new Date(completed + JOB_KEPT_MS).toISOString();
    }
    if (state === 'FAILED') status.errorMessage = 'The analytics job failed to complete.';
    return status;
  }

  /** GET …/jobs/{id}/results: one page; `cursor` is there while more pages follow. */
  results(id: string, cursor: string | null): Record<string, unknown> {
    const job = this.job(id);
    const state = this.stateOf(job);
    if (state !== 'FULFILLED') {
      throw badRequest(`The job is ${state}; its results are available once it is FULFILLED.`);
    }
    const offset = cursor === null ? 0 : decodeCursor(cursor);
    const page = job.groups.slice(offset, offset + job.pageSize);
    const next = offset + job.pageSize;
    return {
      ...(page.length > 0 ? { results: page } : {}),
      ...(next < job.groups.length ? { cursor: encodeCursor(next) } : {}),
    };
  }

  /** DELETE …/jobs/{id}. */
  remove(id: string): void {
    this.job(id);
    this.jobs.delete(id);
  }
}
