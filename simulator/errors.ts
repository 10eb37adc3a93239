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
 * The three answers a version mismatch may get (GENESYS_API.md §4): the swagger's 409; a 400 whose
 * message Terraform recognises by "does not match the current version"; and a 400 worded as the
 * swagger's description, "Version does not match current version.".
 */
export function versionMismatch(
  style: VersionMismatchStyle,
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
  return new ApiError(409, 'conflict', swagger, { messageParams, messageWithParams: swagger });
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);
}
