/** What kind of action this is, as far as timeouts go (GENESYS_API.md §3). */
export type ActionKind = 'custom' | 'function' | 'static' | 'custom-auth';

/** One live data action, normalised for planning. A timeout is null when the platform default applies. */
export interface LiveAction {
  id: string;
  name: string;
  category: string;
  integrationId: string;
  integrationName: string;
  /** `integrationType.id`, e.g. `custom-rest-actions`; undefined when the integration is unknown. */
  integrationType: string | undefined;
  kind: ActionKind;
  version: number;
  secure: boolean;
  /** `config.timeoutSeconds`; null is the platform default (the API's absent or 0). */
  timeoutSeconds: number | null;
  /** Published `function.timeoutSeconds` of a function action; null for the default or any other kind. */
  functionTimeoutSeconds: number | null;
}

/** The org as read at plan time. */
export interface LiveOrg {
  region: string;
  actions: LiveAction[];
  /**
   * Why the integrations could not be read (e.g. the OAuth client lacks
   * integrations:integration:view); then integration names and types are unknown, so function
   * data actions cannot be told apart. Absent when they were read.
   */
  integrationsUnreadable?: string;
}

export type TimeoutField = 'timeoutSeconds' | 'functionTimeoutSeconds';

export type ChangeOp = 'set' | 'update' | 'reset';
export type PlanOp = ChangeOp | 'unchanged' | 'unmanaged';

export function isChange(op: PlanOp): op is ChangeOp {
  return op === 'set' || op === 'update' || op === 'reset';
}

/** One action and field in the plan: what it is now, what the manifest wants, and which line decided. */
export interface PlanEntry {
  op: PlanOp;
  actionId: string;
  actionName: string;
  integrationId: string;
  integrationName: string;
  category: string;
  field: TimeoutField;
  /** Live value at plan time; null is the platform default. */
  from: number | null;
  /** Desired value; null is the platform default. Equal to `from` for unchanged and unmanaged rows. */
  to: number | null;
  /**
   * The action's version at plan time. Apply re-reads the action and compares both: a `from` that
   * moved is someone's edit of this timeout (version-conflict); a version that moved with `from`
   * unchanged is an edit of another field, which the write keeps.
   */
  version: number;
  /** The manifest entry that decided this row (null for unmanaged rows). */
  entryIndex: number | null;
  line: number | null;
  selector: 'id' | 'name' | 'match' | null;
  reason: string | null;
  /** Observed execution time of the action (analytics), for managed rows; null when unknown. */
  latency: ObservedLatency | null;
  /**
   * The Architect flows that use the action (dependency tracking, as of its last build), on rows
   * that change; null when not read (other rows, or without architect:dependencyTracking:view).
   */
  usedBy: PlanFlow[] | null;
  /**
   * The share of the action's runs that failed over the latency window (analytics grouped by
   * errorType and responseStatus); absent when not read.
   */
  failures?: ObservedFailures;
  /** Where flow files kept in the repository (Archy YAML) call the action; absent when none named. */
  calledFrom?: RepoFlowCall[];
}

/** Runs of the action over `days` days and those that failed, by errorType/responseStatus as given. */
export interface ObservedFailures {
  days: number;
  runs: number;
  failed: number;
  /** The failed runs per (errorType, responseStatus), largest first; values as the API gave them. */
  groups: { errorType: string | null; responseStatus: string | null; count: number }[];
}

/** A `callData` block of an Archy YAML flow file in the repository that calls the action. */
export interface RepoFlowCall {
  /** The file, relative to the workspace, and the 1-based line of its `callData` key. */
  file: string;
  line: number;
  /** The flow's name in the file, when it has one. */
  flow: string | null;
  /** The `timeout` the YAML gives, as written (e.g. `1 minute`); null when absent. */
  timeout: string | null;
}

/** A flow that calls the action: one per flow, whatever the number of its versions that do. */
export interface PlanFlow {
  id: string;
  name: string;
  /** The flow type, e.g. INBOUNDCALLFLOW, INQUEUECALLFLOW, BOTFLOW. */
  type: string;
  /**
   * What the flow waits when it calls the action (its latest configuration, GENESYS_API.md §13);
   * absent when the configuration was not read (no permission, beyond the bound, evidence off).
   */
  waits?: FlowWait;
}

/**
 * What a flow's Call Data / Call Secure Data Actions for one action wait. `action`: every call uses
 * the action's suggested timeout; `own`: at least one call waits its own `seconds` (the shortest);
 * `unknown`: the configuration did not read as expected, `why` says how.
 */
export interface FlowWait {
  kind: 'action' | 'own' | 'unknown';
  /** `own`: the shortest wait of the calls that set their own; otherwise null. */
  seconds: number | null;
  /** Calls of the action found in the flow, and how many of them set their own wait. */
  calls: number;
  ownCalls: number;
  /** `unknown`: why; otherwise null. */
  why: string | null;
}

/** `tTotalExecution` of the action over the last `days` days, in milliseconds. */
export interface ObservedLatency {
  days: number;
  count: number;
  p95Ms: number | null;
  p99Ms: number | null;
}

export type ProblemCode =
  | 'manifest'
  | 'unknown-id'
  | 'unknown-name'
  | 'ambiguous-name'
  | 'static-action'
  | 'custom-auth-action'
  | 'not-a-function-action'
  | 'duplicate-target'
  | 'no-match'
  | 'unmanaged'
  | 'max-changes'
  | 'policy'
  | 'latency'
  | 'flow-override'
  | 'integrations-unreadable';

export interface PlanProblem {
  severity: 'error' | 'warning';
  code: ProblemCode;
  message: string;
  line: number | null;
  column: number | null;
  entryIndex: number | null;
  actionId: string | null;
}

export interface PlanCounts {
  set: number;
  update: number;
  reset: number;
  unchanged: number;
  unmanaged: number;
  /** set + update + reset. */
  changes: number;
  /** Distinct actions with at least one change. */
  changedActions: number;
  errors: number;
  warnings: number;
}

/** The plan document (format 1): everything a reviewer, the apply step and a script need. */
export interface Plan {
  format: 1;
  tool: { name: 'gc-timeouts'; version: string };
  label: string;
  manifest: string;
  /**
   * The environment of the manifest this plan is of (`--env`, the Action's environment input);
   * absent for a manifest without environments. A saved plan is applied to this environment only.
   */
  environment?: string;
  region: string;
  /**
   * The API host the live org was read from (`api.mypurecloud.com`, or a proxy's or the
   * simulator's host). A saved plan applies only against the same host.
   */
  apiHost?: string;
  /** sha256 of the canonical list of (action id, field, from, to) of the changes. */
  fingerprint: string;
  counts: PlanCounts;
  /** Every row, in a deterministic order: changes first, then unchanged, then unmanaged. */
  entries: PlanEntry[];
  errors: PlanProblem[];
  warnings: PlanProblem[];
  /** Why evidence is missing (flows, latency), each said once; never a problem with the manifest. */
  notes: string[];
}

export type ApplyStatus = 'applied' | 'already-applied' | 'failed';
export type ApplyFailure =
  | 'version-conflict'
  | 'verify-failed'
  | 'refused'
  | 'rate-limited'
  | 'auth-failed'
  | 'api-error'
  /** Never tried: the run deadline passed, or the circuit breaker stopped the apply first. */
  | 'not-attempted';

/** What happened to one planned change. */
export interface ApplyResult {
  actionId: string;
  actionName: string;
  integrationName: string;
  field: TimeoutField;
  from: number | null;
  to: number | null;
  status: ApplyStatus;
  reason: ApplyFailure | null;
  message: string | null;
}

export interface ApplyReport {
  /** The fingerprint of the plan that was applied. */
  fingerprint: string;
  results: ApplyResult[];
  counts: { applied: number; alreadyApplied: number; failed: number };
}
