import type { JsonObject } from '../json.js';
import type {
  ActionConfig,
  ActionContract,
  FunctionSettings,
  StoredAction,
  StoredIntegration,
} from '../types.js';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean';
export type Fields = Record<string, FieldType>;

/** A compact description of a data action; the builders expand it into a full, realistic one. */
export interface ActionSpec {
  id: string;
  name: string;
  version: number;
  timeoutSeconds?: number;
  secure?: boolean;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  input: Fields;
  output: Fields;
  /** callsPerDay, p50, p95, p99 (ms). */
  latency: readonly [number, number, number, number];
}

const DEFAULT_BY_TYPE: Record<FieldType, string> = {
  string: '""',
  integer: '0',
  number: '0',
  boolean: 'false',
};

const SEED_DATE = '2026-03-02T09:15:00.000Z';

/** Velocity for the request body: GETs pass the raw request, writes build a JSON document. */
export function requestTemplateFor(method: string, input: Fields): string {
  if (method === 'GET' || method === 'DELETE') return '${input.rawRequest}';
  const fields = Object.entries(input).map(([name, type]) =>
    type === 'string' ? `  "${name}": "\${input.${name}}"` : `  "${name}": \${input.${name}}`,
  );
  return `{\n${fields.join(',\n')}\n}`;
}

export function successTemplateFor(output: Fields): string {
  const fields = Object.keys(output).map((name) => `"${name}": \${${name}}`);
  return `{${fields.join(', ')}}`;
}

function schema(title: string, fields: Fields, required: boolean): JsonObject {
  const properties: JsonObject = {};
  for (const [name, type] of Object.entries(fields)) properties[name] = { type };
  const result: JsonObject = {
    $schema: 'http://json-schema.org/draft-04/schema#',
    title,
    type: 'object',
    properties,
    additionalProperties: true,
  };
  const first = Object.keys(fields)[0];
  if (required && first !== undefined) result.required = [first];
  return result;
}

export function contractFor(name: string, input: Fields, output: Fields): ActionContract {
  return {
    input: { inputSchema: schema(`${name} Request`, input, true) },
    output: { successSchema: schema(`${name} Response`, output, false) },
  };
}

export function configFor(spec: ActionSpec, headers: Record<string, string>): ActionConfig {
  const translationMap: Record<string, string> = {};
  const translationMapDefaults: Record<string, string> = {};
  for (const [name, type] of Object.entries(spec.output)) {
    translationMap[name] = `$.${name}`;
    translationMapDefaults[name] = DEFAULT_BY_TYPE[type];
  }
  const config: ActionConfig = {
    request: {
      requestUrlTemplate: spec.url,
      requestType: spec.method,
      headers: { ...headers },
      requestTemplate: requestTemplateFor(spec.method, spec.input),
    },
    response: {
      translationMap,
      translationMapDefaults,
      successTemplate: successTemplateFor(spec.output),
    },
  };
  if (spec.timeoutSeconds !== undefined) config.timeoutSeconds = spec.timeoutSeconds;
  return config;
}

export const REST_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };
export const GENESYS_HEADERS = {
  UserAgent: 'PureCloudIntegrations/1.0',
  'Content-Type': 'application/json',
};

export function buildAction(
  integration: StoredIntegration,
  category: string,
  spec: ActionSpec,
  headers: Record<string, string>,
): StoredAction {
  const [callsPerDay, p50Ms, p95Ms, p99Ms] = spec.latency;
  return {
    id: spec.id,
    name: spec.name,
    integrationId: integration.id,
    category,
    version: spec.version,
    secure: spec.secure ?? false,
    config: configFor(spec, headers),
    contract: contractFor(spec.name, spec.input, spec.output),
    latency: { callsPerDay, p50Ms, p95Ms, p99Ms },
  };
}

/** A function data action: its request URL holds the function's id rather than a URL. */
export function buildFunctionAction(
  integration: StoredIntegration,
  category: string,
  spec: ActionSpec,
  fn: { description: string; handler: string; runtime: string; timeoutSeconds: number },
): StoredAction {
  const action = buildAction(integration, category, spec, {});
  const zipId = `zip-${spec.id.slice(-12)}`;
  const settings: FunctionSettings = {
    ...fn,
    dateCreated: SEED_DATE,
    zip: { id: zipId, name: `${zipId}.zip`, status: 'Available', dateCreated: SEED_DATE },
  };
  action.function = settings;
  return action;
}

/** The auto-generated action a `userDefinedOAuth` integration uses to fetch its token. */
export function buildCustomAuthAction(
  integration: StoredIntegration,
  tokenUrl: string,
): StoredAction {
  return {
    id: `customAuth_-_${integration.id}`,
    name: `${integration.name} Custom Authentication`,
    integrationId: integration.id,
    category: integration.name,
    version: 1,
    secure: false,
    config: {
      request: {
        requestUrlTemplate: tokenUrl,
        requestType: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        requestTemplate:
          'grant_type=client_credentials&client_id=${credentials.clientId}&client_secret=${credentials.clientSecret}',
      },
      response: {
        translationMap: { tokenValue: '$.access_token', tokenType: '$.token_type' },
        translationMapDefaults: {},
        successTemplate: '{"token": ${tokenValue}, "tokenType": ${tokenType}}',
      },
    },
    contract: contractFor('Custom Authentication', {}, { token: 'string', tokenType: 'string' }),
    latency: { callsPerDay: 24, p50Ms: 300, p95Ms: 700, p99Ms: 900 },
  };
}
