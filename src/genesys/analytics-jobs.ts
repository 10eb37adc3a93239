import type { ApiRequester } from './http.js';

/**
 * The asynchronous action aggregate jobs (GENESYS_API.md §9; SDK 262 `AnalyticsApi`): POST
 * `…/aggregates/jobs` answers `{jobId}`; GET `…/jobs/{jobId}` answers an AsyncQueryStatus whose
 * `state` ends FULFILLED (or FAILED, CANCELLED, EXPIRED); GET `…/jobs/{jobId}/results?cursor=`
 * answers a page `{results, cursor}`, the cursor absent on the last page. The states are strings in
 * the SDK's model, so any other value is read as "still running" until the wait runs out.
 */

export const ACTION_JOBS_PATH = '/api/v2/analytics/actions/aggregates/jobs';

const DONE_FAILED = new Set(['FAILED', 'CANCELLED', 'EXPIRED', 'OUTDATED_SDK_VERSION']);

/**
 * The jobs are a Preview API (GENESYS_API.md §12): what each ending means for a user, who only
 * loses the latency column.
 */
const ENDINGS: Record<string, string> = {
  EXPIRED: 'its results expired before they were read',
  OUTDATED_SDK_VERSION:
    'the org refuses the version of the jobs API gc-timeouts speaks (a Preview API, subject to change)',
  CANCELLED: 'it was cancelled',
};

export interface JobTiming {
  /** Longest time to wait for the job to finish before giving up on it. */
  maxWaitMs: number;
  /** First pause between polls; doubles up to `maxPollMs`. */
  firstPollMs: number;
  maxPollMs: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_JOB_TIMING: Omit<JobTiming, 'now' | 'sleep'> = {
  maxWaitMs: 60_000,
  firstPollMs: 250,
  maxPollMs: 4_000,
};

export type JobOutcome =
  { ok: true } | { ok: false; reason: 'job-failed' | 'job-timeout'; message: string };

export interface JobCallbacks<T> {
  onPoll: () => void;
  onPage: (page: T) => void;
}

interface JobStatus {
  state?: string;
  errorMessage?: string;
}

async function waitForJob(
  api: ApiRequester,
  jobId: string,
  timing: JobTiming,
  onPoll: () => void,
): Promise<{ state: 'FULFILLED' } | { state: string; message: string }> {
  const deadline = timing.now() + timing.maxWaitMs;
  let pause = timing.firstPollMs;
  for (;;) {
    const status = await api.json<JobStatus | undefined>({
      method: 'GET',
      path: `${ACTION_JOBS_PATH}/${encodeURIComponent(jobId)}`,
    });
    onPoll();
    const state = status?.state ?? 'unknown';
    if (state === 'FULFILLED') return { state };
    if (DONE_FAILED.has(state)) {
      return {
        state,
        message: `the analytics job ended ${state}: ${status?.errorMessage ?? ENDINGS[state] ?? 'no reason given'}`,
      };
    }
    const left = deadline - timing.now();
    if (left <= 0) {
      return {
        state: 'timeout',
        message: `the analytics job was still ${state} after ${Math.round(timing.maxWaitMs / 1000)} s`,
      };
    }
    await timing.sleep(Math.min(pause, left));
    pause = Math.min(pause * 2, timing.maxPollMs);
  }
}

async function readPages<T extends { cursor?: string }>(
  api: ApiRequester,
  jobId: string,
  callbacks: Pick<JobCallbacks<T>, 'onPage'>,
): Promise<void> {
  let cursor: string | undefined;
  const seen = new Set<string>();
  do {
    const page = await api.json<T | undefined>({
      method: 'GET',
      path: `${ACTION_JOBS_PATH}/${encodeURIComponent(jobId)}/results`,
      query: { cursor },
    });
    if (page === undefined) return;
    callbacks.onPage(page);
    cursor = page.cursor;
    // A server that hands the same cursor back would page forever.
    if (cursor !== undefined && seen.has(cursor)) return;
    if (cursor !== undefined) seen.add(cursor);
  } while (cursor !== undefined);
}

/** Best effort: a job given up on is deleted so it does not run on for nothing. */
async function forget(api: ApiRequester, jobId: string): Promise<void> {
  try {
    await api.json({ method: 'DELETE', path: `${ACTION_JOBS_PATH}/${encodeURIComponent(jobId)}` });
  } catch {
    // The job expires by itself; nothing depends on the delete.
  }
}

/**
 * Submits `body` as a job, polls it with back-off within `timing.maxWaitMs`, then reads every page
 * of its results into `onPage`. API errors (403, 400, 5xx after retries) reach the caller.
 */
export async function runAggregateJob<T extends { cursor?: string }>(
  api: ApiRequester,
  body: unknown,
  timing: JobTiming,
  callbacks: JobCallbacks<T>,
): Promise<JobOutcome> {
  const submitted = await api.json<{ jobId?: string } | undefined>({
    method: 'POST',
    path: ACTION_JOBS_PATH,
    body,
    // Submitting a read-only query twice costs a second job, nothing else.
    idempotent: true,
  });
  const jobId = submitted?.jobId;
  if (jobId === undefined || jobId === '') {
    return { ok: false, reason: 'job-failed', message: 'the analytics job answer had no jobId' };
  }
  const done = await waitForJob(api, jobId, timing, callbacks.onPoll);
  if (done.state !== 'FULFILLED') {
    if (done.state === 'timeout') await forget(api, jobId);
    const message = 'message' in done ? done.message : done.state;
    return { ok: false, reason: done.state === 'timeout' ? 'job-timeout' : 'job-failed', message };
  }
  await readPages(api, jobId, callbacks);
  return { ok: true };
}
