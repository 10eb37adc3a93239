import { badRequest } from './errors.js';
import { isRecord, type JsonObject } from './json.js';
import type { ActionConfig, ActionContract, RequestConfig, ResponseConfig } from './types.js';

/** Parsers for request bodies. Each throws a 400 ApiError naming the offending field. */

export const ACTION_TIMEOUT_RANGE = { min: 1, max: 60 } as const;
/** GENESYS_API.md §1 leaves 15 or 60 open; the simulator enforces the stricter 15. */
export const FUNCTION_TIMEOUT_RANGE = { min: 1, max: 15 } as const;
export const FUNCTION_TIMEOUT_DEFAULT = 15;

export interface UpdateActionInput {
  name?: string;
  category?: string;
  config?: ActionConfig;
  version: number;
}

export interface UpdateDraftInput extends UpdateActionInput {
  contract?: ActionContract;
  secure?: boolean;
}

export interface FunctionInput {
  description: string;
  handler: string;
  runtime: string;
  timeoutSeconds: number;
}

export function requireObject(body: unknown, what: string): Record<string, unknown> {
  if (!isRecord(body)) throw badRequest(`The request body must be a JSON object (${what}).`);
  return body;
}

export function parseVersion(body: Record<string, unknown>): number {
  const version = body.version;
  if (version === undefined || version === null) {
    throw badRequest('version is required.', 'version', 'required');
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    throw badRequest('version must be an integer.', 'version');
  }
  return version;
}

function optionalText(
  body: Record<string, unknown>,
  field: string,
  max: number,
): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    throw badRequest(`${field} must be a non-empty string.`, field);
  }
  if (value.length > max) throw badRequest(`${field} must be at most ${max} characters.`, field);
  return value;
}

export function parseTimeout(
  value: unknown,
  field: string,
  range: { min: number; max: number },
): number {
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < range.min ||
    value > range.max
  ) {
    const error = badRequest(
      `${field} must be an integer from ${range.min} to ${range.max} seconds.`,
      field,
    );
    error.extras.messageWithParams = `${field} must be an integer from {min} to {max} seconds.`;
    error.extras.messageParams = { min: String(range.min), max: String(range.max) };
    throw error;
  }
  return value;
}

function stringMap(value: unknown, field: string): Record<string, string> {
  if (!isRecord(value)) throw badRequest(`${field} must be an object of strings.`, field);
  const result: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== 'string')
      throw badRequest(`${field}.${key} must be a string.`, `${field}.${key}`);
    result[key] = entry;
  }
  return result;
}

function optionalString(
  source: Record<string, unknown>,
  key: string,
  field: string,
): string | undefined {
  const value = source[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string')
    throw badRequest(`${field}.${key} must be a string.`, `${field}.${key}`);
  return value;
}

/**
 * An ActionConfig as a client sent it. Only the model's fields survive; `…TemplateUri` fields
 * are dropped because the server derives them, so a client that sends only the Uri has sent
 * no template at all.
 */
export function parseActionConfig(value: unknown, field = 'config'): ActionConfig {
  if (!isRecord(value)) throw badRequest(`${field} must be an object.`, field);
  const config: ActionConfig = {};
  if (value.timeoutSeconds !== undefined && value.timeoutSeconds !== null) {
    config.timeoutSeconds = parseTimeout(
      value.timeoutSeconds,
      `${field}.timeoutSeconds`,
      ACTION_TIMEOUT_RANGE,
    );
  }
  if (value.request !== undefined && value.request !== null) {
    const raw = value.request;
    if (!isRecord(raw)) throw badRequest(`${field}.request must be an object.`, `${field}.request`);
    const request: RequestConfig = {};
    const where = `${field}.request`;
    const url = optionalString(raw, 'requestUrlTemplate', where);
    if (url !== undefined) request.requestUrlTemplate = url;
    const type = optionalString(raw, 'requestType', where);
    if (type !== undefined) {
      if (!['GET', 'PUT', 'POST', 'PATCH', 'DELETE'].includes(type)) {
        throw badRequest(
          `${where}.requestType must be GET, PUT, POST, PATCH or DELETE.`,
          `${where}.requestType`,
        );
      }
      request.requestType = type;
    }
    if (raw.headers !== undefined && raw.headers !== null)
      request.headers = stringMap(raw.headers, `${where}.headers`);
    const template = optionalString(raw, 'requestTemplate', where);
    if (template !== undefined) request.requestTemplate = template;
    config.request = request;
  }
  if (value.response !== undefined && value.response !== null) {
    const raw = value.response;
    const where = `${field}.response`;
    if (!isRecord(raw)) throw badRequest(`${where} must be an object.`, where);
    const response: ResponseConfig = {};
    if (raw.translationMap !== undefined && raw.translationMap !== null) {
      response.translationMap = stringMap(raw.translationMap, `${where}.translationMap`);
    }
    if (raw.translationMapDefaults !== undefined && raw.translationMapDefaults !== null) {
      response.translationMapDefaults = stringMap(
        raw.translationMapDefaults,
        `${where}.translationMapDefaults`,
      );
    }
    const template = optionalString(raw, 'successTemplate', where);
    if (template !== undefined) response.successTemplate = template;
    config.response = response;
  }
  return config;
}

export function parseContract(value: unknown): ActionContract {
  if (!isRecord(value) || !isRecord(value.input) || !isRecord(value.output)) {
    throw badRequest('contract must have input and output.', 'contract');
  }
  const inputSchema = value.input.inputSchema;
  const successSchema = value.output.successSchema;
  if (!isRecord(inputSchema))
    throw badRequest(
      'contract.input.inputSchema is required.',
      'contract.input.inputSchema',
      'required',
    );
  if (!isRecord(successSchema))
    throw badRequest(
      'contract.output.successSchema is required.',
      'contract.output.successSchema',
      'required',
    );
  return {
    input: { inputSchema: structuredClone(inputSchema) as JsonObject },
    output: { successSchema: structuredClone(successSchema) as JsonObject },
  };
}

/** UpdateActionInput: unknown fields (`contract`, `secure`, …) are not part of it and are ignored. */
export function parseUpdateActionInput(body: unknown): UpdateActionInput {
  const raw = requireObject(body, 'UpdateActionInput');
  const input: UpdateActionInput = { version: parseVersion(raw) };
  const name = optionalText(raw, 'name', 256);
  if (name !== undefined) input.name = name;
  const category = optionalText(raw, 'category', 256);
  if (category !== undefined) input.category = category;
  if (raw.config !== undefined && raw.config !== null) input.config = parseActionConfig(raw.config);
  return input;
}

export function parseUpdateDraftInput(body: unknown): UpdateDraftInput {
  const input: UpdateDraftInput = parseUpdateActionInput(body);
  const raw = body as Record<string, unknown>;
  if (raw.contract !== undefined && raw.contract !== null)
    input.contract = parseContract(raw.contract);
  if (raw.secure !== undefined && raw.secure !== null) {
    if (typeof raw.secure !== 'boolean') throw badRequest('secure must be a boolean.', 'secure');
    input.secure = raw.secure;
  }
  return input;
}

/**
 * A function cannot be created on or moved to a Deprecated runtime (GENESYS_API.md §12); whether
 * one already on it may change its timeout is open: `allow-same` lets it keep that runtime,
 * `refuse` refuses any change until it moves to an Available one.
 */
export interface RuntimeRule {
  current: string;
  deprecated: 'allow-same' | 'refuse';
}

function checkRuntime(runtime: string, runtimes: ReadonlySet<string>, rule?: RuntimeRule): void {
  if (rule?.deprecated === 'refuse' && !runtimes.has(rule.current)) {
    throw badRequest(
      `The function's runtime "${rule.current}" is deprecated; move it to an available runtime before changing it.`,
      'runtime',
      'runtime.deprecated',
    );
  }
  if (runtimes.has(runtime) || (rule?.deprecated === 'allow-same' && runtime === rule.current))
    return;
  throw badRequest(`runtime "${runtime}" is not an available function runtime.`, 'runtime');
}

export function parseFunctionInput(
  body: unknown,
  runtimes: ReadonlySet<string>,
  rule?: RuntimeRule,
): FunctionInput {
  const raw = requireObject(body, 'Function');
  const required = (field: 'description' | 'handler' | 'runtime', max: number): string => {
    const value = optionalText(raw, field, max);
    if (value === undefined) throw badRequest(`${field} is required.`, field, 'required');
    return value;
  };
  const description = required('description', 255);
  const handler = required('handler', 512);
  const runtime = required('runtime', 64);
  checkRuntime(runtime, runtimes, rule);
  const timeoutSeconds =
    raw.timeoutSeconds === undefined || raw.timeoutSeconds === null
      ? FUNCTION_TIMEOUT_DEFAULT
      : parseTimeout(raw.timeoutSeconds, 'timeoutSeconds', FUNCTION_TIMEOUT_RANGE);
  return { description, handler, runtime, timeoutSeconds };
}
