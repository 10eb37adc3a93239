/** What a plan comment carries for the apply step to find and check it. */
export interface PlanMarker {
  label: string;
  /**
   * The environment of the manifest the plan is of; absent without environments. Comments are
   * found by label and environment, so two environments of one manifest never share one.
   */
  environment?: string;
  region: string;
  manifest: string;
  fingerprint: string;
  /** Version of gc-timeouts that wrote the comment. */
  version: string;
  /** Number of changes (set + update + reset). */
  changes: number;
  errors: number;
  /** The commit that applied the plan: the comment is a record now, never edited again. */
  applied?: string;
  /** The workflow run that wrote the comment, and its workflow file: checked through the API. */
  run?: number;
  workflow?: string;
}

const KIND = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * `<!-- gc-timeouts:plan `, with the space, so a `plan-…` kind never matches `plan`. Throws on a
 * kind that could not be told apart from others or would break the comment (a programming error).
 */
export function markerPrefix(kind: string): string {
  if (!KIND.test(kind)) throw new TypeError(`invalid marker kind ${JSON.stringify(kind)}`);
  return `<!-- gc-timeouts:${kind} `;
}

export const MARKER_PREFIX: string = markerPrefix('plan');

/** A one-line HTML comment, invisible in rendered markdown, carrying `fields` as JSON. */
export function hiddenMarker(kind: string, fields: object): string {
  const json: unknown = JSON.stringify(fields);
  if (typeof json !== 'string') throw new TypeError('marker fields must be JSON-serialisable');
  return `${markerPrefix(kind)}${commentSafe(json)} -->`;
}

/**
 * The fields of the first well-formed marker of `kind` in `body`, or undefined. Never throws: a
 * comment body is whatever is on GitHub, including hand edits.
 */
export function parseHiddenMarker(kind: string, body: string): Record<string, unknown> | undefined {
  if (!KIND.test(kind)) return undefined;
  const prefix = markerPrefix(kind);
  for (let at = body.indexOf(prefix); at >= 0; at = body.indexOf(prefix, at + 1)) {
    const start = at + prefix.length;
    const end = body.indexOf('-->', start);
    if (end < 0) return undefined;
    const fields = parseObject(body.slice(start, end));
    if (fields !== undefined) return fields;
  }
  return undefined;
}

export function planMarker(fields: PlanMarker): string {
  // Only the known fields, in a fixed order: the marker is compared across runs.
  return hiddenMarker('plan', {
    label: fields.label,
    ...(fields.environment === undefined ? {} : { environment: fields.environment }),
    region: fields.region,
    manifest: fields.manifest,
    fingerprint: fields.fingerprint,
    version: fields.version,
    changes: fields.changes,
    errors: fields.errors,
    ...(fields.applied === undefined ? {} : { applied: fields.applied }),
    ...(fields.run === undefined ? {} : { run: fields.run }),
    ...(fields.workflow === undefined ? {} : { workflow: fields.workflow }),
  });
}

/** The plan marker in `body`, if there is one with every field of the right type; parsed once per comment. */
export function parsePlanMarker(body: string): PlanMarker | undefined {
  const f = parseHiddenMarker('plan', body);
  if (f === undefined) return undefined;
  const { label, region, manifest, fingerprint, version, changes, errors, applied } = f;
  const { run, workflow, environment } = f;
  if (
    (environment !== undefined && typeof environment !== 'string') ||
    (applied !== undefined && typeof applied !== 'string') ||
    (run !== undefined && !isCount(run)) ||
    (workflow !== undefined && typeof workflow !== 'string') ||
    typeof label !== 'string' ||
    typeof region !== 'string' ||
    typeof manifest !== 'string' ||
    typeof fingerprint !== 'string' ||
    typeof version !== 'string' ||
    !isCount(changes) ||
    !isCount(errors)
  ) {
    return undefined;
  }
  return {
    label,
    ...(environment === undefined ? {} : { environment }),
    ...{ region, manifest, fingerprint, version, changes, errors },
    ...(applied === undefined ? {} : { applied }),
    ...(run === undefined ? {} : { run }),
    ...(workflow === undefined ? {} : { workflow }),
  };
}

/**
 * `body` with its plan marker re-written to name the workflow run writing it, so the run that
 * reads the comment later can check who wrote it. The body must carry a plan marker.
 */
export function stampPlanMarker(body: string, run: { id: number; workflow: string }): string {
  const at = body.indexOf(MARKER_PREFIX);
  const end = at < 0 ? -1 : body.indexOf('-->', at);
  const marker = at < 0 ? undefined : parsePlanMarker(body.slice(at, end + 3));
  if (marker === undefined) throw new Error('the plan comment body lacks a plan marker');
  const stamped = planMarker({ ...marker, run: run.id, workflow: run.workflow });
  return `${body.slice(0, at)}${stamped}${body.slice(end + 3)}`;
}

/**
 * JSON.stringify never writes `<`, `>`, `@` or two hyphens in a row outside a string, so escaping
 * them everywhere only touches string contents: no value can close the comment (`-->`, `--!>`),
 * and an `@team` in a label is not a mention even to a scanner that reads comment sources.
 */
function commentSafe(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/@/g, '\\u0040')
    .replace(/-{2,}/g, (run) => '\\u002d'.repeat(run.length));
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
