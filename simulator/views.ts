import type { JsonObject } from './json.js';
import { hashString } from './prng.js';
import type {
  ActionConfig,
  FunctionSettings,
  IntegrationTypeId,
  StoredAction,
  StoredDraft,
  StoredIntegration,
} from './types.js';

/** Renders stored state as the API's JSON models (GENESYS_API.md §1). Always fresh objects. */

export const ACTIONS_PATH = '/api/v2/integrations/actions';

export const TEMPLATE_FILES = {
  request: 'requesttemplate.vm',
  success: 'successtemplate.vm',
} as const;

export interface ActionViewOptions {
  includeConfig: boolean;
  expandContract: boolean;
  inlineTemplates: boolean;
  /** The listing's config when it lacks what the single GET carries (knob listingConfig: lean). */
  lean?: boolean;
}

export function actionPath(id: string): string {
  return `${ACTIONS_PATH}/${encodeURIComponent(id)}`;
}

export function draftPath(id: string): string {
  return `${actionPath(id)}/draft`;
}

/**
 * Template text is referenced by `…TemplateUri` and, unless inline templates are enabled,
 * not returned at all: the strict reading of GENESYS_API.md §2.2.
 */
export function configView(
  config: ActionConfig,
  base: string,
  inline: boolean,
  lean = false,
): JsonObject {
  const out: JsonObject = {};
  if (config.timeoutSeconds !== undefined) out.timeoutSeconds = config.timeoutSeconds;
  const { request, response } = config;
  if (request !== undefined) {
    const view: JsonObject = {};
    if (request.requestUrlTemplate !== undefined)
      view.requestUrlTemplate = request.requestUrlTemplate;
    if (request.requestType !== undefined) view.requestType = request.requestType;
    if (request.headers !== undefined && !lean) view.headers = { ...request.headers };
    if (request.requestTemplate !== undefined) {
      if (inline) view.requestTemplate = request.requestTemplate;
      view.requestTemplateUri = `${base}/templates/${TEMPLATE_FILES.request}`;
    }
    out.request = view;
  }
  if (response !== undefined) {
    const view: JsonObject = {};
    if (response.translationMap !== undefined) view.translationMap = { ...response.translationMap };
    if (response.translationMapDefaults !== undefined && !lean) {
      view.translationMapDefaults = { ...response.translationMapDefaults };
    }
    if (response.successTemplate !== undefined) {
      if (inline) view.successTemplate = response.successTemplate;
      view.successTemplateUri = `${base}/templates/${TEMPLATE_FILES.success}`;
    }
    out.response = view;
  }
  return out;
}

export function actionView(
  action: StoredAction | StoredDraft,
  base: string,
  options: ActionViewOptions,
): JsonObject {
  const out: JsonObject = {
    id: action.id,
    name: action.name,
    integrationId: action.integrationId,
    category: action.category,
  };
  if (options.expandContract)
    out.contract = structuredClone(action.contract) as unknown as JsonObject;
  out.version = action.version;
  out.secure = action.secure;
  if (options.includeConfig)
    out.config = configView(action.config, base, options.inlineTemplates, options.lean === true);
  out.selfUri = base;
  return out;
}

export function functionId(actionId: string): string {
  return `${hashString(`fn:${actionId}`).toString(16).padStart(8, '0')}-${hashString(actionId).toString(16).padStart(8, '0')}`;
}

/** FunctionConfig: the function settings, its zip, and the (always empty) upload history. */
export function functionConfigView(
  actionId: string,
  fn: FunctionSettings,
  selfUri: string,
): JsonObject {
  const id = functionId(actionId);
  const func: JsonObject = {
    id,
    name: actionId,
    description: fn.description,
    dateCreated: fn.dateCreated,
    handler: fn.handler,
    runtime: fn.runtime,
    timeoutSeconds: fn.timeoutSeconds,
  };
  const out: JsonObject = { id, function: func };
  if (fn.zip !== undefined) {
    func.zipId = fn.zip.id;
    out.zip = { ...fn.zip };
  }
  out.uploadExceptionHistory = [];
  out.selfUri = selfUri;
  return out;
}

const TYPE_NAMES: Record<IntegrationTypeId, string> = {
  'custom-rest-actions': 'Web Services Data Actions',
  'purecloud-data-actions': 'Genesys Cloud Data Actions',
  'function-data-actions': 'Function Data Actions',
};

export function integrationView(integration: StoredIntegration): JsonObject {
  const out: JsonObject = {
    id: integration.id,
    name: integration.name,
    integrationType: {
      id: integration.typeId,
      name: TYPE_NAMES[integration.typeId],
      description: `${TYPE_NAMES[integration.typeId]} integration`,
      provider: 'clientapps',
      category: 'Data Actions',
      selfUri: `/api/v2/integrations/types/${integration.typeId}`,
    },
  };
  if (integration.notes !== undefined) out.notes = integration.notes;
  out.intendedState = 'ENABLED';
  out.reportedState = {
    code: 'ACTIVE',
    effective: 'Active',
    lastUpdated: '2026-03-02T09:15:00.000Z',
  };
  out.selfUri = `/api/v2/integrations/${integration.id}`;
  return out;
}

export const FUNCTION_RUNTIMES = [
  {
    name: 'nodejs22.x',
    description: 'Node.js 22',
    status: 'Available',
    dateEndOfLife: '2028-04-30T00:00:00.000Z',
  },
  {
    name: 'nodejs20.x',
    description: 'Node.js 20',
    status: 'Available',
    dateEndOfLife: '2027-04-30T00:00:00.000Z',
  },
  {
    name: 'nodejs18.x',
    description: 'Node.js 18',
    status: 'Deprecated',
    dateEndOfLife: '2025-09-01T00:00:00.000Z',
  },
];

export const AVAILABLE_RUNTIMES: ReadonlySet<string> = new Set(
  FUNCTION_RUNTIMES.filter((r) => r.status === 'Available').map((r) => r.name),
);
