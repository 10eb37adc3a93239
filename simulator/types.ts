import type { JsonObject } from './json.js';

/** The stored state of the simulated org. Field names follow the API models (GENESYS_API.md §1). */

export interface RequestConfig {
  requestUrlTemplate?: string;
  requestType?: string;
  headers?: Record<string, string>;
  requestTemplate?: string;
}

export interface ResponseConfig {
  translationMap?: Record<string, string>;
  translationMapDefaults?: Record<string, string>;
  successTemplate?: string;
}

export interface ActionConfig {
  timeoutSeconds?: number;
  request?: RequestConfig;
  response?: ResponseConfig;
}

export interface ActionContract {
  input: { inputSchema: JsonObject };
  output: { successSchema: JsonObject };
}

/** Observed execution latency of an action, the source of the analytics answers. */
export interface LatencyProfile {
  callsPerDay: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

export interface FunctionZip {
  id: string;
  name: string;
  status: string;
  dateCreated: string;
}

/** The settings of a function data action's function (FunctionConfig.function plus its zip). */
export interface FunctionSettings {
  description: string;
  handler: string;
  runtime: string;
  timeoutSeconds: number;
  dateCreated: string;
  zip?: FunctionZip;
}

export interface StoredAction {
  id: string;
  name: string;
  integrationId: string;
  category: string;
  version: number;
  secure: boolean;
  config: ActionConfig;
  contract: ActionContract;
  latency: LatencyProfile;
  function?: FunctionSettings;
}

/** A draft of a published action; its `version` counts edits of the draft, not of the action. */
export interface StoredDraft {
  id: string;
  name: string;
  integrationId: string;
  category: string;
  version: number;
  secure: boolean;
  config: ActionConfig;
  contract: ActionContract;
  function?: FunctionSettings;
}

export type IntegrationTypeId =
  'custom-rest-actions' | 'purecloud-data-actions' | 'function-data-actions';

export interface StoredIntegration {
  id: string;
  name: string;
  typeId: IntegrationTypeId;
  notes?: string;
  /** The credential type of a web services integration; `userDefinedOAuth` enables custom auth. */
  credentialType?: string;
}

export interface SeedData {
  integrations: StoredIntegration[];
  actions: StoredAction[];
}

export type ActionKind = 'custom' | 'static' | 'customAuth';

export function actionKind(id: string): ActionKind {
  if (id.startsWith('static')) return 'static';
  if (id.startsWith('customAuth_-_')) return 'customAuth';
  return 'custom';
}

/** One version of an Architect flow and the data actions it calls. */
export interface StoredFlow {
  id: string;
  name: string;
  /** A flow type of the dependency type enum, e.g. INBOUNDCALLFLOW. */
  type: string;
  version: string;
  deleted?: boolean;
  dataActionIds: string[];
}
