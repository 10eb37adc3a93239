// Validation of HTTP traffic against the committed subset of GitHub's OpenAPI description
// (test/openapi/github-subset.json, written by scripts/extract-github-openapi.mjs). The description is
// OpenAPI 3.0.3; openapi-schema.ts turns its Schema Objects into JSON Schema for ajv, and
// openapi-operations.ts reads its operations.
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { readOperations, type OpenApiOperation, type ParameterInfo } from './openapi-operations.js';
import {
  addFormats,
  formatErrors,
  isObject,
  normalizeDocument,
  type Json,
  type JsonObject,
} from './openapi-schema.js';

const SUBSET_URL = new URL('../../openapi/github-subset.json', import.meta.url);
const DOC_ID = 'https://gc-timeouts.invalid/github-subset.json';

/** GitHub answers these on any route; the description lists them per operation only sometimes. */
const GENERIC_RESPONSES: Readonly<Record<string, string>> = {
  '400': '/components/schemas/basic-error',
  '401': '/components/schemas/basic-error',
  '403': '/components/schemas/basic-error',
  '404': '/components/schemas/basic-error',
  '422': '/components/schemas/validation-error',
};

export interface SubsetHeader {
  package: string;
  version: string;
  integrity: string;
  source: string;
  operations: string[];
}

export interface RouteMatch {
  operation: OpenApiOperation;
  /** Raw, percent-decoded path parameter values. */
  rawPathParams: Record<string, string>;
}

export interface RequestCheck {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  /** Parsed JSON body (undefined when there was none or it did not parse). */
  body: unknown;
  bodyParseError: boolean;
  /** Violations GitHub would refuse with 400/422. */
  errors: string[];
  /** Query parameters the operation does not define (GitHub ignores them). */
  unknownQuery: string[];
}

function coerce(value: string, type: string | undefined): unknown {
  if ((type === 'integer' || type === 'number') && /^-?\d+(?:\.\d+)?$/.test(value)) {
    return Number(value);
  }
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

export class GitHubOpenApi {
  readonly header: SubsetHeader;
  readonly operations: OpenApiOperation[];
  private readonly doc: Json;
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(raw: JsonObject) {
    const header = raw['x-gc-timeouts-subset'];
    if (!isObject(header)) throw new Error('github-subset.json has no x-gc-timeouts-subset header');
    this.header = header as unknown as SubsetHeader;
    this.doc = normalizeDocument(raw);
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, verbose: true });
    addFormats(this.ajv);
    this.ajv.addSchema(this.doc as JsonObject, DOC_ID);
    this.operations = readOperations(this.doc);
  }

  /** The validator of the schema at a JSON pointer of the (normalized) description. */
  validator(ptr: string): ValidateFunction {
    let validate = this.validators.get(ptr);
    if (!validate) {
      const fragment = ptr
        .split('/')
        .map((t) => encodeURIComponent(t))
        .join('/');
      validate = this.ajv.compile({ $ref: `${DOC_ID}#${fragment}` });
      this.validators.set(ptr, validate);
    }
    return validate;
  }

  /** Validates `value` against the schema at `ptr`; returns readable errors prefixed by `where`. */
  check(ptr: string, value: unknown, where: string): string[] {
    const validate = this.validator(ptr);
    return validate(value) ? [] : formatErrors(where, validate.errors);
  }

  /** The operation for a method and path; among matching templates, the most literal one wins. */
  match(method: string, pathname: string): RouteMatch | undefined {
    let best: RouteMatch | undefined;
    for (const operation of this.operations) {
      if (operation.method !== method.toUpperCase()) continue;
      const m = operation.regex.exec(pathname);
      if (!m) continue;
      if (best && best.operation.literalSegments >= operation.literalSegments) continue;
      const rawPathParams: Record<string, string> = {};
      operation.pathParamNames.forEach((name, i) => {
        rawPathParams[name] = decodeURIComponent(m[i + 1] ?? '');
      });
      best = { operation, rawPathParams };
    }
    return best;
  }

  /** Checks path and query parameters and the JSON body of a request against its operation. */
  checkRequest(
    route: RouteMatch,
    searchParams: URLSearchParams,
    contentType: string | undefined,
    rawBody: string,
  ): RequestCheck {
    const result: RequestCheck = {
      params: {},
      query: {},
      body: undefined,
      bodyParseError: false,
      errors: [],
      unknownQuery: [],
    };
    for (const param of route.operation.parameters) {
      if (param.in === 'path') this.checkPathParameter(route, param, result);
      else if (param.in === 'query') this.checkQueryParameter(searchParams, param, result);
    }
    const known = new Set(
      route.operation.parameters.filter((p) => p.in === 'query').map((p) => p.name),
    );
    for (const name of new Set(searchParams.keys())) {
      if (!known.has(name)) result.unknownQuery.push(name);
    }
    this.checkBody(route.operation, contentType, rawBody, result);
    return result;
  }

  private checkPathParameter(route: RouteMatch, param: ParameterInfo, result: RequestCheck): void {
    const raw = route.rawPathParams[param.name] ?? '';
    const value = coerce(raw, param.type);
    result.params[param.name] = value;
    result.errors.push(...this.check(param.schemaPointer, value, `path parameter ${param.name}`));
  }

  private checkQueryParameter(
    searchParams: URLSearchParams,
    param: ParameterInfo,
    result: RequestCheck,
  ): void {
    const all = searchParams.getAll(param.name);
    if (all.length === 0) {
      if (param.required) result.errors.push(`query parameter ${param.name} is required`);
      return;
    }
    if (all.length > 1 && param.type !== 'array') {
      result.errors.push(`query parameter ${param.name} is repeated`);
    }
    const value = coerce(all[0] ?? '', param.type);
    result.query[param.name] = value;
    result.errors.push(...this.check(param.schemaPointer, value, `query parameter ${param.name}`));
  }

  private checkBody(
    operation: OpenApiOperation,
    contentType: string | undefined,
    rawBody: string,
    result: RequestCheck,
  ): void {
    const hasBody = rawBody.length > 0;
    if (!operation.requestBody) {
      if (hasBody) result.errors.push('request body is not defined for this operation');
      return;
    }
    if (!hasBody) {
      if (operation.requestBody.required) result.errors.push('request body is required');
      return;
    }
    if (!/^application\/json\b/i.test(contentType ?? '')) {
      result.errors.push(`request content-type ${contentType ?? '(none)'} is not application/json`);
    }
    try {
      result.body = JSON.parse(rawBody) as unknown;
    } catch {
      result.bodyParseError = true;
      result.errors.push('request body is not valid JSON');
      return;
    }
    result.errors.push(
      ...this.check(operation.requestBody.schemaPointer, result.body, 'request body'),
    );
  }

  /**
   * Checks a response: its status must be declared by the operation (or be one GitHub sends on any
   * route, see GENERIC_RESPONSES), its JSON body must match that response's schema and its declared
   * headers theirs.
   */
  checkResponse(
    operation: OpenApiOperation | undefined,
    status: number,
    headers: Record<string, string>,
    body: unknown,
  ): string[] {
    const code = String(status);
    let info = operation?.responses.get(code) ?? operation?.responses.get(`${code[0]}XX`);
    info ??= operation?.responses.get('default');
    if (!info) {
      const generic = GENERIC_RESPONSES[code];
      if (!generic) {
        return [`response status ${code} is not declared for ${operation?.operationId ?? 'route'}`];
      }
      info = { schemaPointer: generic, headers: [] };
    }
    const errors: string[] = [];
    if (info.schemaPointer === undefined) {
      if (body !== undefined) errors.push(`response ${code} must not have a body`);
    } else if (body === undefined) {
      errors.push(`response ${code} must have a JSON body`);
    } else {
      errors.push(...this.check(info.schemaPointer, body, `response ${code} body`));
    }
    const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    for (const header of info.headers) {
      const value = lower[header.name];
      if (value === undefined) {
        if (header.required) errors.push(`response header ${header.name} is required`);
        continue;
      }
      errors.push(...this.check(header.schemaPointer, value, `response header ${header.name}`));
    }
    return errors;
  }
}

let cached: GitHubOpenApi | undefined;

/** The committed subset of GitHub's OpenAPI description, loaded once per process. */
export function loadGitHubOpenApi(): GitHubOpenApi {
  cached ??= new GitHubOpenApi(JSON.parse(readFileSync(SUBSET_URL, 'utf8')) as JsonObject);
  return cached;
}
