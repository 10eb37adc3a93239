import { GcTimeoutsError, type FailureReason } from './errors.js';
import { GenesysApiError } from './genesys/errors.js';

/** The failure-reason a user acts on, for our own errors and for the API's. */
export function failureReason(error: unknown): FailureReason | undefined {
  if (error instanceof GcTimeoutsError) return error.reason;
  if (error instanceof GenesysApiError) {
    if (error.kind === 'auth' || error.kind === 'forbidden') return 'auth-failed';
    if (error.kind === 'rate-limited') return 'rate-limited';
  }
  return undefined;
}
