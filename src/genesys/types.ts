/**
 * Genesys Cloud models used by gc-timeouts, with the exact JSON names of GENESYS_API.md §1.
 * Only the fields the tool reads or must carry back are typed; unknown fields still round-trip because
 * config objects are copied generically (see config-patch.ts).
 */

export interface RequestConfig {
  requestUrlTemplate?: string;
  requestTemplate?: string;
  requestTemplateUri?: string;
  requestType?: string;
  headers?: Record<string, string>;
}

export interface ResponseConfig {
  translationMap?: Record<string, string>;
  translationMapDefaults?: Record<string, string>;
  successTemplate?: string;
  successTemplateUri?: string;
}

export interface ActionConfig {
  /** 1-60 s; absent (or 0) means the platform default applies (§2.2, §7). */
  timeoutSeconds?: number;
  request?: RequestConfig;
  response?: ResponseConfig;
}

export interface ActionInput {
  inputSchema?: unknown;
  inputSchemaFlattened?: unknown;
  inputSchemaUri?: string;
}

export interface ActionOutput {
  successSchema?: unknown;
  successSchemaUri?: string;
  errorSchema?: unknown;
  errorSchemaUri?: string;
  successSchemaFlattened?: unknown;
  errorSchemaFlattened?: unknown;
}

export interface ActionContract {
  output?: ActionOutput;
  input?: ActionInput;
}

export interface Action {
  id: string;
  name: string;
  integrationId?: string;
  category?: string;
  /** Only with `expand=contract`. */
  contract?: ActionContract;
  version: number;
  secure?: boolean;
  /** Only with `includeConfig=true`. */
  config?: ActionConfig;
  selfUri?: string;
}

/** Body of PATCH /api/v2/integrations/actions/{id}. `contract` and `secure` are not part of it. */
export interface UpdateActionInput {
  category?: string;
  name?: string;
  /** `timeoutSeconds: null` removes the timeout where PATCH merges config (JSON merge). */
  config?: ActionConfig | (Omit<ActionConfig, 'timeoutSeconds'> & { timeoutSeconds: null });
  version: number;
}

export interface UpdateDraftInput {
  category?: string;
  name?: string;
  config?: ActionConfig;
  contract?: ActionContract;
  secure?: boolean;
  version: number;
}

export interface PublishDraftInput {
  version: number;
}

/** The JSON model `Function` (named so to avoid shadowing the global). */
export interface FunctionSettings {
  id?: string;
  name?: string;
  description: string;
  dateCreated?: string;
  zipId?: string;
  handler: string;
  runtime: string;
  timeoutSeconds?: number;
}

export interface FunctionZipConfig {
  status?: string;
  id?: string;
  name?: string;
  dateCreated?: string;
  errorMessage?: string;
  requestId?: string;
}

export interface FunctionConfig {
  id?: string;
  function?: FunctionSettings;
  zip?: FunctionZipConfig;
  uploadExceptionHistory?: FunctionZipConfig[];
  selfUri?: string;
}

export interface IntegrationType {
  id: string;
  name?: string;
  description?: string;
  provider?: string;
  category?: string;
}

export interface Integration {
  id: string;
  name?: string;
  integrationType?: IntegrationType;
  notes?: string;
  /** ENABLED, DISABLED or DELETED (GENESYS_API.md §1); typed as string to take what comes. */
  intendedState?: string;
  config?: unknown;
  reportedState?: unknown;
  attributes?: Record<string, string>;
  selfUri?: string;
}

/** ActionEntityListing / IntegrationEntityListing. */
export interface EntityListing<T> {
  entities?: T[];
  pageSize?: number;
  pageNumber?: number;
  total?: number;
  pageCount?: number;
  firstUri?: string;
  lastUri?: string;
  selfUri?: string;
  nextUri?: string;
  previousUri?: string;
}

export interface ErrorDetail {
  errorCode?: string;
  fieldName?: string;
  entityId?: string;
  entityName?: string;
}

/** The JSON body of every non-2xx API answer. */
export interface ErrorBody {
  message?: string;
  code?: string;
  status?: number;
  entityId?: string;
  entityName?: string;
  messageWithParams?: string;
  messageParams?: Record<string, string>;
  contextId?: string;
  details?: ErrorDetail[];
  errors?: ErrorBody[];
  limit?: { key?: string; namespace?: string; value?: number };
}

/**
 * `tTotalExecution` statistics of one action over the queried interval, in milliseconds: what the
 * product uses of them (runs, p95, p99). The answer's min, max and sum are dropped as it is folded;
 * 100,000 actions' worth of unused numbers is megabytes held through the plan.
 */
export interface LatencyStats {
  count: number;
  /** Made with both percentiles, undefined when not given: one shape for every summary. */
  p95?: number | undefined;
  p99?: number | undefined;
}

/**
 * What makes a parsed JSON answer unusable as the Genesys model it stands for, as "where: what",
 * or undefined. A 200 can come from something that is not Genesys (a proxy, a stub, a broken
 * gateway): `null`, `{"entities": null}` or an action with `config: null` are named here instead of
 * failing later as "Cannot read properties of null".
 */
export function answerShapeProblem(value: unknown, path: string): string | undefined {
  if (value === null || typeof value !== 'object') {
    return `the answer is ${value === null ? 'null' : `a bare ${typeof value}`}, not a JSON object`;
  }
  if (Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const actions = path.startsWith('/api/v2/integrations/actions');
  if ('entities' in record) {
    const entities = record.entities;
    if (!Array.isArray(entities)) return `entities is ${describe(entities)}, not a list`;
    for (const [index, entity] of entities.entries()) {
      if (entity === null || typeof entity !== 'object' || Array.isArray(entity)) {
        return `entities[${index}] is ${describe(entity)}, not an object`;
      }
      const problem = actions ? actionProblem(entity as Record<string, unknown>) : undefined;
      if (problem !== undefined) return `entities[${index}].${problem}`;
    }
    return undefined;
  }
  return actions ? actionProblem(record) : undefined;
}

function actionProblem(action: Record<string, unknown>): string | undefined {
  if ('id' in action && typeof action.id !== 'string') return `id is ${describe(action.id)}`;
  if ('config' in action) {
    const config = action.config;
    if (config === null || typeof config !== 'object' || Array.isArray(config)) {
      return `config is ${describe(config)}, not an object`;
    }
    for (const part of ['request', 'response'] as const) {
      const section = (config as Record<string, unknown>)[part];
      if (section !== undefined && (section === null || typeof section !== 'object')) {
        return `config.${part} is ${describe(section)}, not an object`;
      }
    }
  }
  return undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
