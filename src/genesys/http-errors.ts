import { summarizeBody } from '../util/body.js';
import { apiErrorFromResponse, GenesysApiError } from './errors.js';
import { formatSeconds } from './retry.js';
import type { SecretRedactor } from './secrets.js';
import { DEADLINE_CODE, type RawResponse, type TransportFailure } from './transport.js';

/**
 * The GenesysApiError for each way an API call can end badly: an answer that is not JSON or not
 * a shape Genesys Cloud sends, an error status, a transport failure, or the run deadline.
 */

/** What the errors say of the call's setting: the host, the request timeout, and what to scrub. */
export interface ErrorContext {
  apiHost: string;
  requestTimeoutMs: number;
  redactor: SecretRedactor;
}

export function notJsonError(
  method: string,
  path: string,
  res: RawResponse,
  context: Pick<ErrorContext, 'redactor'>,
): GenesysApiError {
  return new GenesysApiError({
    kind: 'server',
    message: `${method} ${path} answered ${res.status} with a body that is not JSON: ${summarizeBody(res.text, (t) => context.redactor.scrub(t))}`,
    apiMessage: 'invalid JSON',
    method,
    path,
    status: res.status,
  });
}

export function shapeError(
  method: string,
  path: string,
  res: RawResponse,
  problem: string,
): GenesysApiError {
  return new GenesysApiError({
    kind: 'protocol',
    message: `${method} ${path} answered ${res.status} with a body Genesys Cloud does not send: ${problem}`,
    apiMessage: problem,
    method,
    path,
    status: res.status,
  });
}

/** The call was cut off by the run deadline; a write on the wire may or may not have landed. */
export function deadlineError(
  method: string,
  path: string,
  writeInFlight: boolean,
): GenesysApiError {
  const unsure = writeInFlight ? '; it was already sent, so it may or may not have been made' : '';
  return new GenesysApiError({
    kind: 'timeout',
    message: `${method} ${path} abandoned: the run deadline passed${unsure}`,
    apiMessage: 'the run deadline passed',
    method,
    path,
    code: DEADLINE_CODE,
  });
}

function responseError(
  method: string,
  path: string,
  response: RawResponse,
  attempts: number,
  context: Pick<ErrorContext, 'redactor'>,
): GenesysApiError {
  const header = response.headers['inin-correlation-id'];
  return apiErrorFromResponse(
    {
      status: response.status,
      bodyText: response.text,
      correlationHeader: Array.isArray(header) ? header[0] : header,
      method,
      path,
      attempts,
    },
    (s) => context.redactor.scrub(s),
  );
}

export function transportError(
  method: string,
  path: string,
  failure: TransportFailure,
  attempts: number,
  context: ErrorContext,
): GenesysApiError {
  const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
  if (failure.type === 'timeout') {
    const limit = formatSeconds(context.requestTimeoutMs);
    return new GenesysApiError({
      kind: 'timeout',
      message: `${method} ${path} timed out after ${limit}${tries}`,
      apiMessage: `no complete response within ${limit}`,
      method,
      path,
      attempts,
    });
  }
  const detail = context.redactor.scrub(failure.detail);
  return new GenesysApiError({
    kind: 'network',
    message: `${method} ${path} failed: could not talk to ${context.apiHost} (${detail})${tries}`,
    apiMessage: detail,
    method,
    path,
    code: failure.code,
    attempts,
  });
}

/** The error of an attempt that is not retried: its error status, or its transport failure. */
export function lastAttemptError(
  method: string,
  path: string,
  attempt: { response: RawResponse } | { failure: TransportFailure },
  attempts: number,
  context: ErrorContext,
): GenesysApiError {
  if ('response' in attempt)
    return responseError(method, path, attempt.response, attempts, context);
  return transportError(method, path, attempt.failure, attempts, context);
}
