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
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(onLate()), Math.max(0, deadline - now()));
    timer.unref();
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
