/** JSON values as they travel over the wire, and the few generic operations the simulator needs. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy, so callers can never reach into the simulator's stored state. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

/**
 * Merges `patch` into `target` the way RFC 7386 (JSON Merge Patch) does: objects merge
 * recursively, `null` deletes, anything else replaces. Returns a new value.
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isRecord(patch)) return clone(patch);
  const result: Record<string, unknown> = isRecord(target) ? clone(target) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

/** The text of anything thrown, for the simulator's own messages (it shares no code with the product). */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : JSON.stringify(error);
}
