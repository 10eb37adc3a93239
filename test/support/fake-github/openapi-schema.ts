// OpenAPI 3.0.3 Schema Objects as JSON Schema (draft-07, ajv's default dialect), in memory only:
// - `nullable: true` becomes `anyOf: [{ type: 'null' }, <the schema>]`, so null is accepted whatever the
//   schema's type, enum or composition (this is how GitHub and @octokit/openapi-types read it: e.g.
//   `state_reason` has an enum without null and is null on every open issue);
// - `discriminator` is dropped: the `oneOf` it annotates is still checked, which is stricter;
// - annotations (`example`, `x-*`) are dropped; everything else is kept as is.
// Formats: the subset uses `date-time`, `uri`, `email` and `int64`; all four are checked by the small
// validators below (no ajv-formats dependency). Any other format fails loudly at compile time.
import type { Ajv, ErrorObject } from 'ajv';

/** Marks the `anyOf` that stands for `nullable: true`, to keep its noise out of error messages. */
const NULLABLE = 'x-gc-timeouts-nullable';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointer(...tokens: string[]): string {
  return tokens.map((t) => `/${pointerToken(t)}`).join('');
}

export function getAt(doc: Json, ptr: string): Json | undefined {
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
export function deref(doc: Json, ptr: string): string {
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
export function normalizeDocument(node: Json, key?: string): Json {
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

export function addFormats(ajv: Ajv): void {
  ajv.addFormat('date-time', { type: 'string', validate: isDateTime });
  ajv.addFormat('uri', { type: 'string', validate: isUri });
  ajv.addFormat('email', { type: 'string', validate: isEmail });
  ajv.addFormat('int64', {
    type: 'number',
    validate: (n: number) => Number.isSafeInteger(n),
  });
}

/**
 * Readable messages. The errors of a nullable wrapper itself ("must be null", "must match a schema in
 * anyOf") are left out: when a nullable value is wrong, the errors of the wrapped schema say why.
 */
export function formatErrors(where: string, errors: ErrorObject[] | null | undefined): string[] {
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
