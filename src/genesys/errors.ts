import { summarizeBody } from '../util/body.js';
import { forbiddenReading, grantHint, type ForbiddenReading } from './forbidden.js';
import type { ErrorBody } from './types.js';

export { forbiddenReading, grantHint, type ForbiddenReading };

/** What went wrong, in terms a caller can act on. */
export type GenesysErrorKind =
  | 'auth'
  | 'forbidden'
  | 'not-found'
  | 'version-mismatch'
  | 'rate-limited'
  | 'validation'
  | 'server'
  | 'network'
  | 'timeout'
  /** A 2xx answer that is not the model it stands for (null, a list that is not one, …). */
  | 'protocol';

export interface GenesysApiErrorInit {
  kind: GenesysErrorKind;
  /** The full, readable sentence (becomes `message`). */
  message: string;
  /** The server's own explanation (or the network cause), without method/path decoration. */
  apiMessage: string;
  method: string;
  /** Path and query of the request; never a header, never a credential. */
  path: string;
  status?: number | undefined;
  code?: string | undefined;
  correlationId?: string | undefined;
  /** How many attempts were made before giving up. */
  attempts?: number | undefined;
  /** For a 403: the permissions the answer names as missing. */
  missingPermissions?: string[] | undefined;
  /** For a 403: whether all of them, any one of them, or none are named (see forbiddenReading). */
  forbidden?: ForbiddenReading | undefined;
  cause?: unknown;
}

/** A failed call to Genesys Cloud (HTTP error answer, network failure, timeout or failed login). */
export class GenesysApiError extends Error {
  override readonly name = 'GenesysApiError';
  readonly kind: GenesysErrorKind;
  readonly status: number | undefined;
  /** Genesys `code` (e.g. `bad.request`), OAuth `error`, or a system code such as `ECONNRESET`. */
  readonly code: string | undefined;
  readonly apiMessage: string;
  readonly correlationId: string | undefined;
  readonly method: string;
  readonly path: string;
  readonly attempts: number;
  /** For a 403: the permissions its message names as missing (empty when it names none). */
  readonly missingPermissions: string[];
  /** For a 403: all of `missingPermissions` are needed, any one would do, or none are named. */
  readonly forbidden: ForbiddenReading | undefined;

  constructor(init: GenesysApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.apiMessage = init.apiMessage;
    this.correlationId = init.correlationId;
    this.method = init.method;
    this.path = init.path;
    this.attempts = init.attempts ?? 1;
    this.missingPermissions = init.missingPermissions ?? [];
    this.forbidden = init.forbidden;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      kind: this.kind,
      message: this.message,
      status: this.status,
      code: this.code,
      correlationId: this.correlationId,
      method: this.method,
      path: this.path,
      attempts: this.attempts,
      ...(this.missingPermissions.length > 0
        ? { missingPermissions: this.missingPermissions }
        : {}),
      ...(this.forbidden === undefined ? {} : { forbidden: this.forbidden }),
    };
  }
}

/** Why gc-timeouts refused or abandoned an operation on its own side. */
export type GenesysOperationErrorCode =
  | 'static-action'
  | 'custom-auth-action'
  | 'draft-exists'
  | 'function-zip-required'
  | 'function-runtime'
  | 'missing-config'
  | 'timeout-not-removed'
  | 'template-refused'
  | 'invalid-argument';

export class GenesysOperationError extends Error {
  override readonly name = 'GenesysOperationError';
  readonly code: GenesysOperationErrorCode;
  readonly actionId: string | undefined;

  constructor(
    code: GenesysOperationErrorCode,
    message: string,
    options: { actionId?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.actionId = options.actionId;
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message, actionId: this.actionId };
  }
}

/**
 * Every wording of a version mismatch seen (GENESYS_API.md §4, §12): Terraform's 400 "does not
 * match the current version", the swagger's "Version does not match current version." and other
 * services' "…must match the version number in the database.".
 */
const VERSION_MISMATCH_TEXT =
  /does not match (the )?current version|must match the version number in the database/i;
const GENERIC_MESSAGE =
  /^(bad request|invalid request|an? (internal )?error( has)? occurred\.?)?$/i;

/** GENESYS_API.md §4, §12: a version mismatch is a 409, or a 400 worded as one. */
export function kindForStatus(status: number, text: string): GenesysErrorKind {
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409) return 'version-mismatch';
  if (status === 400 && VERSION_MISMATCH_TEXT.test(text)) return 'version-mismatch';
  if (status === 429) return 'rate-limited';
  if (status === 408) return 'timeout';
  if (status >= 500) return 'server';
  return 'validation';
}

/**
 * Every answer that calls for a re-read before trying again: the mismatch kinds above, and a 408,
 * which Terraform retries as a mismatch (§12). A 408 keeps its kind (`timeout`): whether the
 * write happened is unknown, and only the re-read and re-check tell.
 */
export function isVersionMismatch(error: unknown): boolean {
  if (!(error instanceof GenesysApiError)) return false;
  return error.kind === 'version-mismatch' || error.status === 408;
}

/**
 * The most useful explanation in an ErrorBody: `message` is often just "Bad Request", while
 * `messageWithParams`, nested `errors` and `details` say what was wrong.
 */
export function describeErrorBody(body: ErrorBody | undefined): string {
  if (body === undefined) return '';
  const primary = withParams(body) ?? body.message ?? '';
  const extras: string[] = [];
  for (const nested of body.errors ?? []) {
    const text = describeErrorBody(nested);
    if (text !== '') extras.push(text);
  }
  for (const detail of body.details ?? []) {
    const parts = [detail.fieldName, detail.errorCode].filter((p) => p !== undefined && p !== '');
    if (parts.length > 0) extras.push(parts.join(': '));
  }
  const parts = GENERIC_MESSAGE.test(primary.trim()) ? [] : [primary.trim()];
  for (const extra of extras) if (!parts.includes(extra)) parts.push(extra);
  return parts.length > 0 ? parts.join('; ') : primary.trim();
}

function withParams(body: ErrorBody): string | undefined {
  const template = body.messageWithParams;
  if (template === undefined || template === '') return undefined;
  const params = body.messageParams ?? {};
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(params, key) ? String(params[key]) : whole,
  );
}

const PERMISSION = /\b[a-z][A-Za-z]*:[A-Za-z]+:[A-Za-z*]+\b/g;

/**
 * The permissions a 403 names (GENESYS_API.md §10), read from `message`, `messageWithParams` and
 * `messageParams`; never from `code`, whose value is not documented.
 */
export function permissionsNamed(body: ErrorBody | undefined): string[] {
  if (body === undefined) return [];
  const texts = [
    body.message ?? '',
    withParams(body) ?? '',
    ...Object.values(body.messageParams ?? {}),
  ];
  const found = new Set<string>();
  for (const text of texts)
    for (const match of String(text).match(PERMISSION) ?? []) found.add(match);
  return [...found];
}

export function parseErrorBody(text: string): ErrorBody | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export interface ErrorResponse {
  status: number;
  bodyText: string;
  /** Value of the `ININ-Correlation-ID` header, if any. */
  correlationHeader: string | undefined;
  method: string;
  path: string;
  attempts?: number;
}

/** Maps an HTTP error answer to a GenesysApiError. `scrub` removes credentials from server text. */
export function apiErrorFromResponse(
  response: ErrorResponse,
  scrub: (text: string) => string,
): GenesysApiError {
  const body = parseErrorBody(response.bodyText);
  const described = describeErrorBody(body);
  // Redacted before the cut: a cut through a secret leaves a fragment no redactor knows.
  const fallback = response.bodyText.trim() === '' ? '' : summarizeBody(response.bodyText, scrub);
  const apiMessage = scrub(described !== '' ? described : fallback || `HTTP ${response.status}`);
  const searchable = [
    apiMessage,
    body?.message ?? '',
    ...(body?.errors ?? []).map((e) => e.message),
  ];
  const kind = kindForStatus(response.status, searchable.join(' '));
  const correlationId = response.correlationHeader ?? body?.contextId;
  const code = body?.code;
  const retried =
    response.attempts !== undefined && response.attempts > 1
      ? ` after ${response.attempts} attempts`
      : '';
  const missingPermissions = kind === 'forbidden' ? permissionsNamed(body) : [];
  const forbidden = kind === 'forbidden' ? forbiddenReading(body, missingPermissions) : undefined;
  const hint = forbidden === undefined ? '' : `; ${grantHint(missingPermissions, forbidden)}`;
  const message =
    `${response.method} ${response.path} failed with ${response.status}` +
    `${code === undefined ? '' : ` ${code}`}${retried}: ${apiMessage}${hint}` +
    `${correlationId === undefined ? '' : ` (correlation id ${correlationId})`}`;
  return new GenesysApiError({
    kind,
    message,
    apiMessage,
    method: response.method,
    path: response.path,
    status: response.status,
    code,
    correlationId,
    attempts: response.attempts,
    missingPermissions,
    forbidden,
  });
}
