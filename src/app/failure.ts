import { GcTimeoutsError, getErrorMessage, type FailureReason } from '../util/errors.js';
import { GenesysApiError, GenesysOperationError } from '../genesys/errors.js';

/** The failure-reason a user acts on, for our own errors and for the API's; undefined for a bug. */
export function failureReason(error: unknown): FailureReason | undefined {
  if (error instanceof GcTimeoutsError) return error.reason;
  if (error instanceof GenesysOperationError) return 'api-error';
  if (!(error instanceof GenesysApiError)) return undefined;
  switch (error.kind) {
    case 'auth':
    case 'forbidden':
      return 'auth-failed';
    case 'rate-limited':
      return 'rate-limited';
    case 'network':
      return 'network-error';
    case 'timeout':
      return 'timeout';
    case 'protocol':
      return 'protocol-error';
    case 'server':
      return error.apiMessage === 'invalid JSON' ? 'protocol-error' : 'server-error';
    default:
      return 'api-error';
  }
}

const LABELS: Partial<Record<FailureReason, string>> = {
  'network-error': 'network error',
  timeout: 'timed out',
  'server-error': 'server error',
  'protocol-error': 'protocol error',
  'api-error': 'API error',
};

/**
 * The failure as one line, named for what it is: `network error: …`, `server error: …`; only a
 * failure nobody expected (a bug) reads `unexpected error: …`.
 */
export function describeFailure(error: unknown): string {
  const reason = failureReason(error);
  const message = getErrorMessage(error);
  if (reason === undefined) return `unexpected error: ${message}`;
  const label = LABELS[reason];
  return label === undefined ? message : `${label}: ${message}`;
}
