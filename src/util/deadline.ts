import { setMaxListeners } from 'node:events';
import { GcTimeoutsError } from './errors.js';

/** A run that has not finished in this long is stopped: reads abort, apply starts nothing new. */
export const DEFAULT_DEADLINE_MINUTES = 30;

/** Minutes as given to --deadline or deadline-minutes: a positive number up to a day, else undefined. */
export function parseDeadlineMinutes(text: string): number | undefined {
  const minutes = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(minutes) && minutes > 0 && minutes <= 1440
    ? minutes
    : undefined;
}

/**
 * Races `work` against the deadline: the run stops waiting for a stalled org. Only reads are raced;
 * an apply checks the deadline before each action instead, so no write is abandoned midway.
 */
export async function beforeDeadline<T>(
  work: Promise<T>,
  deadline: number | undefined,
  onLate: () => Error,
  now: () => number = Date.now,
): Promise<T> {
  if (deadline === undefined) return work;
  let timer: NodeJS.Timeout | undefined;
  let lateError: Error | undefined;
  const lateOnce = (): Error => (lateError ??= onLate());
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(lateOnce()), Math.max(0, deadline - now()));
    timer.unref();
  });
  try {
    return await Promise.race([work, late]);
  } catch (error) {
    // The work's own requests are cut off by the same deadline and may fail first: past it, the
    // run's message (what was and was not done) is the one to give, not a request's.
    if (now() >= deadline && error !== lateError) {
      throw lateOnce();
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** The reason a deadline signal aborts with: every wait and request it cancels rejects with it. */
export class DeadlinePassedError extends GcTimeoutsError {
  constructor(what = 'the run deadline passed') {
    super('timeout', what);
    this.name = 'DeadlinePassedError';
  }
}

/**
 * A signal that aborts at `deadline` (epoch ms of `now`), or undefined without one. Its timer does
 * not keep the process alive: a run that ends early exits at once.
 */
export function deadlineSignal(
  deadline: number | undefined,
  now: () => number = Date.now,
): AbortSignal | undefined {
  if (deadline === undefined) return undefined;
  const controller = new AbortController();
  // Every request in flight listens to this one signal: more than ten is a busy run, not a leak.
  setMaxListeners(0, controller.signal);
  const left = deadline - now();
  if (left <= 0) controller.abort(new DeadlinePassedError());
  else setTimeout(() => controller.abort(new DeadlinePassedError()), left).unref();
  return controller.signal;
}

/** Why `signal` aborted, as an Error (a DeadlinePassedError unless someone aborted otherwise). */
export function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new DeadlinePassedError();
}

/**
 * Settles like `work`, or rejects as soon as `signal` aborts. What `work` holds is not freed by
 * this: pass the signal down too where a timer or socket is involved.
 */
export async function untilAborted<T>(
  work: Promise<T>,
  signal: AbortSignal | undefined,
): Promise<T> {
  if (signal === undefined) return work;
  if (signal.aborted) throw abortReason(signal);
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, aborted]);
  } finally {
    if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
  }
}

/** A sleep whose timer is cleared when `signal` aborts (it then rejects), so no wait outlives it. */
export function cancellableSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted === true) return Promise.reject(abortReason(signal));
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortReason(signal as AbortSignal));
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      Math.max(0, ms),
    );
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
