/**
 * Why a run failed, as reported in the `failure-reason` output. One value per cause a user can act on.
 */
export type FailureReason =
  | 'invalid-manifest'
  | 'plan-errors'
  | 'plan-changed'
  | 'version-conflict'
  | 'apply-failed'
  | 'rate-limited'
  | 'auth-failed'
  | 'drift'
  | 'network-error'
  | 'timeout'
  | 'server-error'
  | 'protocol-error'
  | 'api-error'
  | 'internal-error'
  | 'usage';

/** An error the user can act on. `reason` feeds the `failure-reason` output and the CLI exit code. */
export class GcTimeoutsError extends Error {
  readonly reason: FailureReason;

  constructor(reason: FailureReason, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GcTimeoutsError';
    this.reason = reason;
  }
}

/** A readable message for anything thrown, including non-Error values. */
export function getErrorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
