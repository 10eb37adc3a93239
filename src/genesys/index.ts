export { createGenesysClient, type GenesysClient, type GenesysClientOptions } from './client.js';
export type { ClientEvent } from './events.js';
export {
  GenesysApiError,
  GenesysOperationError,
  isVersionMismatch,
  type GenesysErrorKind,
  type GenesysOperationErrorCode,
} from './errors.js';
export {
  buildTimeoutConfig,
  buildTimeoutPatch,
  isCustomAuthActionId,
  isStaticActionId,
  type TemplateFile,
} from './config-patch.js';
export {
  REGIONS,
  isRegionName,
  knownRegionSpellings,
  resolveEnvironment,
  type Environment,
  type RegionName,
} from './regions.js';
export type * from './types.js';
