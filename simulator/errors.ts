import type { VersionMismatchStyle } from './knobs.js';

/** Genesys ErrorBody (GENESYS_API.md §1, §4): every non-2xx API answer carries one. */
export interface Detail {
  errorCode?: string;
  fieldName?: string;
  entityId?: string;
  entityName?: string;
}

export interface ErrorBody {
  message: string;
  code: string;
  status: number;
  entityId?: string;
  entityName?: string;
  messageWithParams?: string;
  messageParams?: Record<string, string>;
  contextId: string;
  details: Detail[];
  errors: ErrorBody[];
  limit?: { key: string; namespace: string; value: number };
}

export interface ApiErrorExtras {
  details?: Detail[];
  entityId?: string;
  messageWithParams?: string;
  messageParams?: Record<string, string>;
  limit?: { key: string; namespace: string; value: number };
  /** Sent as the `Retry-After` header (seconds). */
  retryAfterSeconds?: number;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extras: ApiErrorExtras = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(contextId: string): ErrorBody {
    const body: ErrorBody = {
      message: this.message,
      code: this.code,
      status: this.status,
      contextId,
      details: this.extras.details ?? [],
      errors: [],
    };
    if (this.extras.entityId !== undefined) body.entityId = this.extras.entityId;
    if (this.extras.messageWithParams !== undefined) {
      body.messageWithParams = this.extras.messageWithParams;
    }
    if (this.extras.messageParams !== undefined) body.messageParams = this.extras.messageParams;
    if (this.extras.limit !== undefined) body.limit = this.extras.limit;
    return body;
  }
}

export function badRequest(
  message: string,
  fieldName?: string,
  errorCode = 'invalid.value',
): ApiError {
  const details = fieldName === undefined ? [] : [{ errorCode, fieldName }];
  return new ApiError(400, 'bad.request', message, { details });
}

export function notFound(entityId?: string): ApiError {
  return new ApiError(
    404,
    'not.found',
    'The requested resource was not found.',
    entityId === undefined ? {} : { entityId },
  );
}

/**
 * The answers a version mismatch may get (GENESYS_API.md §4, §12): the swagger's 409; a 400 whose
 * message Terraform recognises by "does not match the current version"; a 400 worded as the
 * swagger's description, "Version does not match current version."; other services' 409 "…must
 * match the version number in the database."; and a bare 408.
 */
export function versionMismatch(
  style: Exclude<VersionMismatchStyle, 'rotate'>,
  sent: number,
  current: number,
): ApiError {
  const messageParams = { sent: String(sent), current: String(current) };
  const swagger = 'Version does not match current version.';
  if (style === '400') {
    const template =
      'The version supplied ({sent}) does not match the current version ({current}).';
    return new ApiError(400, 'bad.request', fill(template, messageParams), {
      messageParams,
      messageWithParams: template,
      details: [{ errorCode: 'version.mismatch', fieldName: 'version' }],
    });
  }
  if (style === '400-swagger') {
    return new ApiError(400, 'bad.request', swagger, { messageWithParams: swagger });
  }
  if (style === '409-database') {
    // The wording of other Genesys services (GENESYS_API.md §12).
    const database =
      'The version number of the modified resource must match the version number in the database.';
    return new ApiError(409, 'conflict', database, { messageWithParams: database });
  }
  if (style === '408') {
    // Terraform retries a 408 as a mismatch (§12): the body says nothing about versions.
    return new ApiError(
      408,
      'client.timeout',
      'The client did not produce a request within the time that the server was prepared to wait.',
    );
  }
  return new ApiError(409, 'conflict', swagger, { messageParams, messageWithParams: swagger });
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);
}
