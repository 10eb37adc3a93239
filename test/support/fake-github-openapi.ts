// Validation of HTTP traffic against the committed subset of GitHub's OpenAPI description
// (test/openapi/github-subset.json, written by scripts/extract-github-openapi.mjs).
//
// The description is OpenAPI 3.0.3. Its Schema Objects are turned into JSON Schema (draft-07, ajv's
// default dialect) when loaded, in memory only:
// - `nullable: true` becomes `anyOf: [{ type: 'null' }, <the schema>]`, so null is accepted whatever the
//   schema's type, enum or composition (this is how GitHub and @octokit/openapi-types read it: e.g.
//   `state_reason` has an enum without null and is null on every open issue);
// - `discriminator` is dropped: the `oneOf` it annotates is still checked, which is stricter;
// - annotations (`example`, `x-*`) are dropped; everything else is kept as is.
// Formats: the subset uses `date-time`, `uri`, `email` and `int64`; all four are checked by the small
// validators below (no ajv-formats dependency). Any other format fails loudly at compile time.
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

const SUBSET_URL = new URL('../openapi/github-subset.json', import.meta.url);
const DOC_ID = 'https://gc-timeouts.invalid/github-subset.json';
/** Marks the `anyOf` that stands for `nullable: true`, to keep its noise out of error messages. */
const NULLABLE = 'x-gc-timeouts-nullable';
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** GitHub answers these on any route; the description lists them per operation only sometimes. */
const GENERIC_RESPONSES: Readonly<Record<string, string>> = {
  '400': '/components/schemas/basic-error',
  '401': '/components/schemas/basic-error',
  '403': '/components/schemas/basic-error',
  '404': '/components/schemas/basic-error',
  '422': '/components/schemas/validation-error',
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface SubsetHeader {
  package: string;
  version: string;
  integrity: string;
  source: string;
  operations: string[];
}

interface ParameterInfo {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schemaPointer: string;
  type: string | undefined;
}

interface ResponseInfo {
  /** JSON pointer of the application/json schema, or undefined when the response has no body. */
  schemaPointer: string | undefined;
  headers: { name: string; required: boolean; schemaPointer: string }[];
}

export interface OpenApiOperation {
  operationId: string;
  method: string;
  template: string;
  parameters: ParameterInfo[];
  requestBody: { required: boolean; schemaPointer: string } | undefined;
  responses: Map<string, ResponseInfo>;
  regex: RegExp;
  pathParamNames: string[];
  literalSegments: number;
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

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function pointer(...tokens: string[]): string {
  return tokens.map((t) => `/${pointerToken(t)}`).join('');
}

function getAt(doc: Json, ptr: string): Json | undefined {
  let node: Json | undefined = doc;
  for (const raw of ptr.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isObject(node)) node = node[token];
    else return undefined;
  }
  return node;
}

/** Follows a local `$ref` (for Response, Parameter and Header Objects) and returns its pointer. */
function deref(doc: Json, ptr: string): string {
  const node = getAt(doc, ptr);
  if (isObject(node) && typeof node.$ref === 'string') {
    if (!node.$ref.startsWith('#/')) throw new Error(`unsupported $ref ${node.$ref}`);
    return deref(doc, node.$ref.slice(1));
  }
  return ptr;
}

function normalizeSchema(node: Json): Json {
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (
      key === 'nullable' ||
      key === 'discriminator' ||
      key === 'example' ||
      key.startsWith('x-')
    ) {
      continue;
    }
    if ((key === 'properties' || key === 'patternProperties') && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeSchema(v)]));
    } else if ((key === 'allOf' || key === 'anyOf' || key === 'oneOf') && Array.isArray(value)) {
      out[key] = value.map(normalizeSchema);
    } else if (key === 'items' || key === 'not' || key === 'additionalProperties') {
      out[key] = normalizeSchema(value);
    } else {
      out[key] = value;
    }
  }
  return node.nullable === true ? { [NULLABLE]: true, anyOf: [{ type: 'null' }, out] } : out;
}

/** Normalizes every Schema Object of the description (see the header comment). */
function normalizeDocument(node: Json, key?: string): Json {
  if (Array.isArray(node)) return node.map((v) => normalizeDocument(v));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'examples' || k === 'example') continue;
    if (k === 'schema' && isObject(v)) out[k] = normalizeSchema(v);
    else if (key === 'components' && k === 'schemas' && isObject(v)) {
      out[k] = Object.fromEntries(Object.entries(v).map(([n, s]) => [n, normalizeSchema(s)]));
    } else out[k] = normalizeDocument(v, k);
  }
  return out;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;

function isDateTime(value: string): boolean {
  return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

function isUri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) && URL.canParse(value);
}

function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

/**
 * Readable messages. The errors of a nullable wrapper itself ("must be null", "must match a schema in
 * anyOf") are left out: when a nullable value is wrong, the errors of the wrapped schema say why.
 */
function formatErrors(where: string, errors: ErrorObject[] | null | undefined): string[] {
  const relevant = (errors ?? []).filter(
    (e) =>
      !(e.keyword === 'type' && e.params.type === 'null') &&
      !(e.keyword === 'anyOf' && isObject(e.parentSchema) && e.parentSchema[NULLABLE] === true),
  );
  return relevant.slice(0, 12).map((e) => {
    const params =
      'additionalProperty' in e.params
        ? ` (${String(e.params.additionalProperty)})`
        : 'allowedValues' in e.params
          ? ` (${JSON.stringify(e.params.allowedValues)})`
          : '';
    return `${where}${e.instancePath} ${e.message ?? 'is invalid'}${params}`;
  });
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
    this.ajv.addFormat('date-time', { type: 'string', validate: isDateTime });
    this.ajv.addFormat('uri', { type: 'string', validate: isUri });
    this.ajv.addFormat('email', { type: 'string', validate: isEmail });
    this.ajv.addFormat('int64', {
      type: 'number',
      validate: (n: number) => Number.isSafeInteger(n),
    });
    this.ajv.addSchema(this.doc as JsonObject, DOC_ID);
    this.operations = this.readOperations();
  }

  private readOperations(): OpenApiOperation[] {
    const paths = getAt(this.doc, '/paths');
    if (!isObject(paths)) throw new Error('github-subset.json has no paths');
    const operations: OpenApiOperation[] = [];
    for (const [template, item] of Object.entries(paths)) {
      if (!isObject(item)) continue;
      for (const method of METHODS) {
        const op = item[method];
        if (!isObject(op) || typeof op.operationId !== 'string') continue;
        const opPtr = pointer('paths', template, method);
        const parameters: ParameterInfo[] = [];
        const declared = [
          ...(Array.isArray(item.parameters)
            ? item.parameters.map((_, i) => ['parameters', i])
            : []),
          ...(Array.isArray(op.parameters)
            ? op.parameters.map((_, i) => [method, 'parameters', i])
            : []),
        ];
        for (const tokens of declared) {
          const ptr = deref(this.doc, pointer('paths', template, ...tokens.map(String)));
          const param = getAt(this.doc, ptr);
          if (!isObject(param) || typeof param.name !== 'string') continue;
          const schema = param.schema;
          parameters.push({
            name: param.name,
            in: param.in as ParameterInfo['in'],
            required: param.required === true,
            schemaPointer: `${ptr}/schema`,
            type: isObject(schema) && typeof schema.type === 'string' ? schema.type : undefined,
          });
        }
        let requestBody: OpenApiOperation['requestBody'];
        if (isObject(op.requestBody)) {
          const ptr = deref(this.doc, `${opPtr}/requestBody`);
          const body = getAt(this.doc, ptr);
          if (
            isObject(body) &&
            isObject(body.content) &&
            isObject(body.content['application/json'])
          ) {
            requestBody = {
              required: body.required === true,
              schemaPointer: `${ptr}${pointer('content', 'application/json', 'schema')}`,
            };
          }
        }
        const responses = new Map<string, ResponseInfo>();
        if (isObject(op.responses)) {
          for (const status of Object.keys(op.responses)) {
            responses.set(status, this.readResponse(`${opPtr}${pointer('responses', status)}`));
          }
        }
        const segments = template.split('/').slice(1);
        const pathParamNames: string[] = [];
        const multi = new Set(
          parameters
            .filter((p) => p.in === 'path')
            .filter((p) => {
              const def = getAt(this.doc, p.schemaPointer.replace(/\/schema$/, ''));
              return isObject(def) && def['x-multi-segment'] === true;
            })
            .map((p) => p.name),
        );
        const source = segments
          .map((segment) => {
            const m = /^\{([^}]+)\}$/.exec(segment);
            if (!m?.[1]) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            pathParamNames.push(m[1]);
            return multi.has(m[1]) ? '(.+)' : '([^/]+)';
          })
          .join('/');
        operations.push({
          operationId: op.operationId,
          method: method.toUpperCase(),
          template,
          parameters,
          requestBody,
          responses,
          regex: new RegExp(`^/${source}$`),
          pathParamNames,
          literalSegments: segments.filter((s) => !s.startsWith('{')).length,
        });
      }
    }
    return operations;
  }

  private readResponse(ptr: string): ResponseInfo {
    const resolved = deref(this.doc, ptr);
    const response = getAt(this.doc, resolved);
    const info: ResponseInfo = { schemaPointer: undefined, headers: [] };
    if (!isObject(response)) return info;
    if (isObject(response.content) && isObject(response.content['application/json'])) {
      info.schemaPointer = `${resolved}${pointer('content', 'application/json', 'schema')}`;
    }
    if (isObject(response.headers)) {
      for (const name of Object.keys(response.headers)) {
        const hPtr = deref(this.doc, `${resolved}${pointer('headers', name)}`);
        const header = getAt(this.doc, hPtr);
        info.headers.push({
          name: name.toLowerCase(),
          required: isObject(header) && header.required === true,
          schemaPointer: `${hPtr}/schema`,
        });
      }
    }
    return info;
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
    const { operation } = route;
    const result: RequestCheck = {
      params: {},
      query: {},
      body: undefined,
      bodyParseError: false,
      errors: [],
      unknownQuery: [],
    };
    for (const param of operation.parameters) {
      if (param.in === 'path') {
        const raw = route.rawPathParams[param.name] ?? '';
        const value = coerce(raw, param.type);
        result.params[param.name] = value;
        result.errors.push(
          ...this.check(param.schemaPointer, value, `path parameter ${param.name}`),
        );
      } else if (param.in === 'query') {
        const all = searchParams.getAll(param.name);
        if (all.length === 0) {
          if (param.required) result.errors.push(`query parameter ${param.name} is required`);
          continue;
        }
        if (all.length > 1 && param.type !== 'array') {
          result.errors.push(`query parameter ${param.name} is repeated`);
        }
        const value = coerce(all[0] ?? '', param.type);
        result.query[param.name] = value;
        result.errors.push(
          ...this.check(param.schemaPointer, value, `query parameter ${param.name}`),
        );
      }
    }
    const known = new Set(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name));
    for (const name of new Set(searchParams.keys())) {
      if (!known.has(name)) result.unknownQuery.push(name);
    }

    const hasBody = rawBody.length > 0;
    if (!operation.requestBody) {
      if (hasBody) result.errors.push('request body is not defined for this operation');
      return result;
    }
    if (!hasBody) {
      if (operation.requestBody.required) result.errors.push('request body is required');
      return result;
    }
    if (!/^application\/json\b/i.test(contentType ?? '')) {
      result.errors.push(`request content-type ${contentType ?? '(none)'} is not application/json`);
    }
    try {
      result.body = JSON.parse(rawBody) as unknown;
    } catch {
      result.bodyParseError = true;
      result.errors.push('request body is not valid JSON');
      return result;
    }
    result.errors.push(
      ...this.check(operation.requestBody.schemaPointer, result.body, 'request body'),
    );
    return result;
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
