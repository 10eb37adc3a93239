import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { Exchange } from '../../simulator/index.js';

/**
 * The official SDK's models (schemas/genesys/, generated from purecloud-platform-client-v2's
 * index.d.ts) held against bodies on the wire: every response the simulator answers and every
 * request the gc-timeouts client sends. A field the SDK does not know, or a wrong type, is a
 * violation, as the fake GitHub is held against @octokit/openapi.
 */

const SCHEMAS = join(import.meta.dirname, '../../schemas/genesys');

interface RouteModels {
  request?: string;
  /** `Name[]` for a bare array of the model. */
  response?: string;
  /** The SDK declares the answer as a bare `Object` (no model to hold it against). */
  untyped?: true;
}

const ID = '[^/]+';
const A = '/api/v2/integrations/actions';
const JOBS = '/api/v2/analytics/actions/aggregates/jobs';
const ROUTES: [string, RegExp, RouteModels][] = [
  ['GET', new RegExp(`^${A}$`), { response: 'ActionEntityListing' }],
  ['GET', new RegExp(`^${A}/drafts$`), { response: 'ActionEntityListing' }],
  ['GET', new RegExp(`^${A}/categories$`), { response: 'CategoryEntityListing' }],
  ['GET', new RegExp(`^${A}/functions/runtimes$`), { response: 'FunctionRuntime[]' }],
  ['GET', new RegExp(`^${A}/${ID}$`), { response: 'Action' }],
  ['PATCH', new RegExp(`^${A}/${ID}$`), { request: 'UpdateActionInput', response: 'Action' }],
  ['GET', new RegExp(`^${A}/${ID}(/draft)?/templates/${ID}$`), {}],
  ['GET', new RegExp(`^${A}/${ID}/function$`), { response: 'FunctionConfig' }],
  ['POST', new RegExp(`^${A}/${ID}/draft$`), { response: 'Action' }],
  ['GET', new RegExp(`^${A}/${ID}/draft$`), { response: 'Action' }],
  ['PATCH', new RegExp(`^${A}/${ID}/draft$`), { request: 'UpdateDraftInput', response: 'Action' }],
  ['DELETE', new RegExp(`^${A}/${ID}/draft$`), {}],
  ['GET', new RegExp(`^${A}/${ID}/draft/function$`), { response: 'FunctionConfig' }],
  [
    'PUT',
    new RegExp(`^${A}/${ID}/draft/function$`),
    { request: 'Function', response: 'FunctionConfig' },
  ],
  ['GET', new RegExp(`^${A}/${ID}/draft/validation$`), { response: 'DraftValidationResult' }],
  [
    'POST',
    new RegExp(`^${A}/${ID}/draft/publish$`),
    { request: 'PublishDraftInput', response: 'Action' },
  ],
  ['GET', /^\/api\/v2\/integrations$/, { response: 'IntegrationEntityListing' }],
  ['GET', new RegExp(`^/api/v2/integrations/${ID}$`), { response: 'Integration' }],
  [
    'POST',
    /^\/api\/v2\/analytics\/actions\/aggregates\/query$/,
    { request: 'ActionAggregationQuery', response: 'ActionAggregateQueryResponse' },
  ],
  [
    'POST',
    new RegExp(`^${JOBS}$`),
    { request: 'ActionAsyncAggregationQuery', response: 'AsyncQueryResponse' },
  ],
  ['GET', new RegExp(`^${JOBS}/${ID}$`), { response: 'AsyncQueryStatus' }],
  ['DELETE', new RegExp(`^${JOBS}/${ID}$`), {}],
  ['GET', new RegExp(`^${JOBS}/${ID}/results$`), { response: 'ActionAsyncAggregateQueryResponse' }],
  [
    'GET',
    /^\/api\/v2\/architect\/dependencytracking\/consumingresources$/,
    { response: 'ConsumingResourcesEntityListing' },
  ],
  // getFlowLatestconfiguration returns `Object` in the SDK: a flow's configuration has no schema.
  ['GET', new RegExp(`^/api/v2/flows/${ID}/latestconfiguration$`), { untyped: true }],
];

export function modelsFor(method: string, path: string): RouteModels | undefined {
  return ROUTES.find(([m, re]) => m === method && re.test(path))?.[2];
}

/**
 * The one place the client leaves the SDK's models on purpose: a removal of the timeout sent again
 * as `timeoutSeconds: null`, which a JSON merge deletes, to an org that merges PATCH config and
 * kept the key the first PATCH left out (GENESYS_API.md §2.4; src/genesys/actions.ts). The SDKs
 * cannot send a null (they omit it), so this is counted apart and said in the summary.
 */
function allowedDeviation(model: string, body: unknown): unknown {
  if (model !== 'UpdateActionInput' || typeof body !== 'object' || body === null) return undefined;
  const config = (body as { config?: Record<string, unknown> }).config;
  if (config?.timeoutSeconds !== null) return undefined;
  const { timeoutSeconds: _null, ...rest } = config;
  return { ...body, config: rest };
}

/** Bodies checked so far, by model. */
export type ContractCounts = Record<string, number>;

/**
 * Compiled once per worker: the integration tests share a module cache between files, and the
 * setup file makes a checker for each file.
 */
let validators: Map<string, ValidateFunction> | undefined;

function compiled(): Map<string, ValidateFunction> {
  if (validators !== undefined) return validators;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const made = new Map<string, ValidateFunction>();
  for (const file of readdirSync(SCHEMAS)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const schema = JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8')) as { title: string };
    made.set(schema.title, ajv.compile(schema));
  }
  validators = made;
  return made;
}

export class ContractChecker {
  readonly counts: ContractCounts = {};
  private violations: string[] = [];

  /** The models there are schemas for. */
  models(): string[] {
    return [...compiled().keys()];
  }

  /** Problems found in `body` as the model (`Name[]`: an array of it); [] when it conforms. */
  problems(model: string, body: unknown): string[] {
    const array = model.endsWith('[]');
    const name = array ? model.slice(0, -2) : model;
    const validate = compiled().get(name);
    if (validate === undefined) return [`no schema for ${name}`];
    const deviation = allowedDeviation(model, body);
    if (deviation !== undefined) {
      const key = `${model} (timeoutSeconds: null, merge removal)`;
      this.counts[key] = (this.counts[key] ?? 0) + 1;
      body = deviation;
    }
    const items = array ? (Array.isArray(body) ? body : [undefined]) : [body];
    this.counts[model] = (this.counts[model] ?? 0) + 1;
    return items.flatMap((item, i) =>
      validate(item)
        ? []
        : (validate.errors ?? []).map(
            (e) =>
              `${array ? `[${i}]` : ''}${e.instancePath || '/'} ${e.message ?? 'is invalid'}` +
              (e.keyword === 'additionalProperties'
                ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})`
                : ''),
          ),
    );
  }

  /** Checks one exchange: the answer always, the request when the gc-timeouts client sent it. */
  check(exchange: Exchange): void {
    const where = `${exchange.method} ${exchange.path} → ${exchange.status}`;
    const route = modelsFor(exchange.method, exchange.path);
    const fromClient = exchange.userAgent.startsWith('gc-timeouts');
    if (fromClient && route?.request !== undefined && exchange.requestBody !== undefined) {
      for (const p of this.problems(route.request, exchange.requestBody))
        this.violations.push(`${where}: request ${route.request}${p}`);
    }
    if (exchange.responseBody === undefined) return;
    if (exchange.lie === true) return;
    if (exchange.status < 400 && route?.untyped === true) return;
    const model = exchange.status >= 400 ? 'ErrorBody' : route?.response;
    if (model === undefined) {
      this.violations.push(`${where}: a JSON answer on a route with no SDK model`);
      return;
    }
    for (const p of this.problems(model, exchange.responseBody))
      this.violations.push(`${where}: response ${model}${p}`);
  }

  takeViolations(): string[] {
    const out = this.violations;
    this.violations = [];
    return out;
  }
}
