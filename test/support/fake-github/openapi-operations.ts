// The operations of the (normalized) description: their parameters, request body and responses as
// JSON pointers to schemas, and a regular expression for each path template.
import { deref, getAt, isObject, pointer, type Json, type JsonObject } from './openapi-schema.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface ParameterInfo {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schemaPointer: string;
  type: string | undefined;
}

export interface ResponseInfo {
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

/** The parameters of the path item and of the operation, in that order. */
function readParameters(
  doc: Json,
  template: string,
  item: JsonObject,
  method: string,
  op: JsonObject,
): ParameterInfo[] {
  const declared = [
    ...(Array.isArray(item.parameters) ? item.parameters.map((_, i) => ['parameters', i]) : []),
    ...(Array.isArray(op.parameters) ? op.parameters.map((_, i) => [method, 'parameters', i]) : []),
  ];
  const parameters: ParameterInfo[] = [];
  for (const tokens of declared) {
    const ptr = deref(doc, pointer('paths', template, ...tokens.map(String)));
    const param = getAt(doc, ptr);
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
  return parameters;
}

function readRequestBody(
  doc: Json,
  opPtr: string,
  op: JsonObject,
): OpenApiOperation['requestBody'] {
  if (!isObject(op.requestBody)) return undefined;
  const ptr = deref(doc, `${opPtr}/requestBody`);
  const body = getAt(doc, ptr);
  if (isObject(body) && isObject(body.content) && isObject(body.content['application/json'])) {
    return {
      required: body.required === true,
      schemaPointer: `${ptr}${pointer('content', 'application/json', 'schema')}`,
    };
  }
  return undefined;
}

function readResponse(doc: Json, ptr: string): ResponseInfo {
  const resolved = deref(doc, ptr);
  const response = getAt(doc, resolved);
  const info: ResponseInfo = { schemaPointer: undefined, headers: [] };
  if (!isObject(response)) return info;
  if (isObject(response.content) && isObject(response.content['application/json'])) {
    info.schemaPointer = `${resolved}${pointer('content', 'application/json', 'schema')}`;
  }
  if (isObject(response.headers)) {
    for (const name of Object.keys(response.headers)) {
      const hPtr = deref(doc, `${resolved}${pointer('headers', name)}`);
      const header = getAt(doc, hPtr);
      info.headers.push({
        name: name.toLowerCase(),
        required: isObject(header) && header.required === true,
        schemaPointer: `${hPtr}/schema`,
      });
    }
  }
  return info;
}

function readResponses(doc: Json, opPtr: string, op: JsonObject): Map<string, ResponseInfo> {
  const responses = new Map<string, ResponseInfo>();
  if (isObject(op.responses)) {
    for (const status of Object.keys(op.responses)) {
      responses.set(status, readResponse(doc, `${opPtr}${pointer('responses', status)}`));
    }
  }
  return responses;
}

/** The template as a regular expression; a path parameter marked x-multi-segment may hold slashes. */
function pathPattern(
  doc: Json,
  segments: string[],
  parameters: ParameterInfo[],
): { regex: RegExp; pathParamNames: string[] } {
  const pathParamNames: string[] = [];
  const multi = new Set(
    parameters
      .filter((p) => p.in === 'path')
      .filter((p) => {
        const def = getAt(doc, p.schemaPointer.replace(/\/schema$/, ''));
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
  return { regex: new RegExp(`^/${source}$`), pathParamNames };
}

function readOperation(
  doc: Json,
  template: string,
  item: JsonObject,
  method: string,
  op: JsonObject,
  operationId: string,
): OpenApiOperation {
  const opPtr = pointer('paths', template, method);
  const parameters = readParameters(doc, template, item, method, op);
  const segments = template.split('/').slice(1);
  const { regex, pathParamNames } = pathPattern(doc, segments, parameters);
  return {
    operationId,
    method: method.toUpperCase(),
    template,
    parameters,
    requestBody: readRequestBody(doc, opPtr, op),
    responses: readResponses(doc, opPtr, op),
    regex,
    pathParamNames,
    literalSegments: segments.filter((s) => !s.startsWith('{')).length,
  };
}

/** Every operation of the description, in the order of its paths and methods. */
export function readOperations(doc: Json): OpenApiOperation[] {
  const paths = getAt(doc, '/paths');
  if (!isObject(paths)) throw new Error('github-subset.json has no paths');
  const operations: OpenApiOperation[] = [];
  for (const [template, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op) || typeof op.operationId !== 'string') continue;
      operations.push(readOperation(doc, template, item, method, op, op.operationId));
    }
  }
  return operations;
}
