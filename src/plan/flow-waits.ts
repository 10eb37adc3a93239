import type { FlowWait } from './types.js';

/**
 * What a flow waits when it calls a data action, read from its latest configuration
 * (GENESYS_API.md §13). The configuration has no published schema: every field is read as
 * evidence, and any shape this reader does not expect gives `unknown` with the reason, never an
 * exception. Pure: the JSON is walked as `unknown`.
 */

/** `__type` of Architect's Call Data Action and Call Secure Data Action, as observed. */
const CALL_TYPES = new Set(['DataAction', 'SecureAction']);

/** A flow is a tree of modest depth; far deeper is not a flow, and a stack must not overflow. */
const MAX_DEPTH = 200;
/** Nodes visited at most per configuration (a large flow has a few hundred thousand). */
const MAX_NODES = 2_000_000;

/** One Call Data Action for the action: its checkbox and its own timeout, as read. */
type CallReading =
  { kind: 'action' } | { kind: 'own'; seconds: number } | { kind: 'unknown'; why: string };

interface Walk {
  actionId: string;
  calls: CallReading[];
  /** Call actions whose action id could not be read: they might call this action. */
  unreadable: number;
  nodes: number;
  tooLarge: boolean;
}

/** The wait of the calls of `actionId` in one flow configuration. */
export function readFlowWait(config: unknown, actionId: string): FlowWait {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    return unknown('the configuration is not a JSON object');
  }
  const walk: Walk = { actionId, calls: [], unreadable: 0, nodes: 0, tooLarge: false };
  visit(config, 0, walk);
  if (walk.tooLarge) return unknown('the configuration is too large or too deep to read');
  return summarize(walk);
}

function visit(node: unknown, depth: number, walk: Walk): void {
  if (typeof node !== 'object' || node === null) return;
  walk.nodes += 1;
  if (depth > MAX_DEPTH || walk.nodes > MAX_NODES) {
    walk.tooLarge = true;
    return;
  }
  if (Array.isArray(node)) {
    for (const item of node) visit(item, depth + 1, walk);
    return;
  }
  const record = node as Record<string, unknown>;
  if (typeof record['__type'] === 'string' && CALL_TYPES.has(record['__type'])) {
    const id = record['actionId'];
    if (typeof id !== 'string' || id === '') walk.unreadable += 1;
    else if (id === walk.actionId) walk.calls.push(readCall(record));
  }
  for (const value of Object.values(record)) visit(value, depth + 1, walk);
}

/** The checkbox first: the flow's own `timeout` applies only when it is cleared (§13). */
function readCall(call: Record<string, unknown>): CallReading {
  const suggested = call['useSuggestedTimeout'];
  if (suggested === true) return { kind: 'action' };
  if (suggested !== false) {
    return { kind: 'unknown', why: 'a call has no readable useSuggestedTimeout' };
  }
  const text = timeoutText(call['timeout']);
  if (text === undefined)
    return { kind: 'unknown', why: 'a call sets its own timeout in a shape not understood' };
  const seconds = parseFlowDuration(text);
  if (seconds === undefined) {
    return { kind: 'unknown', why: `a call's own timeout ${quoteShort(text)} is not a duration` };
  }
  return { kind: 'own', seconds };
}

/** `{text: "P0D0H1M0S0F"}` as observed, or the bare string. */
function timeoutText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const text = (value as Record<string, unknown>)['text'];
    if (typeof text === 'string') return text;
  }
  return undefined;
}

const ARCHITECT_DURATION =
  /^P(?:(\d{1,6})D)?(?:(\d{1,6})H)?(?:(\d{1,6})M)?(?:(\d{1,6}(?:\.\d{1,9})?)S)?(?:(\d{1,9})F)?$/;
const ISO_DURATION =
  /^P(?:(\d{1,6})D)?(?:T(?:(\d{1,6})H)?(?:(\d{1,6})M)?(?:(\d{1,6}(?:\.\d{1,9})?)S)?)?$/;

/**
 * Seconds of an Architect duration literal (`P0D0H1M0S0F`: days, hours, minutes, seconds and a
 * fraction) or an ISO-8601 one (`PT1M30S`); undefined for anything else, such as an expression.
 * The `F` part's unit is not documented: its digits are read as a decimal fraction of a second
 * (`5F` is 0.5 s), which changes a whole-second reading by less than one second whichever it is.
 */
export function parseFlowDuration(text: string): number | undefined {
  const trimmed = text.trim().toUpperCase();
  if (trimmed === 'P' || trimmed === 'PT') return undefined;
  const architect = ARCHITECT_DURATION.exec(trimmed);
  const iso = architect === null ? ISO_DURATION.exec(trimmed) : null;
  const parts = architect ?? iso;
  if (parts === null || parts.slice(1).every((p) => p === undefined)) return undefined;
  const n = (i: number): number => (parts[i] === undefined ? 0 : Number(parts[i]));
  const fraction = architect !== null && parts[5] !== undefined ? Number(`0.${parts[5]}`) : 0;
  const seconds = n(1) * 86_400 + n(2) * 3_600 + n(3) * 60 + n(4) + fraction;
  return Number.isFinite(seconds) ? Math.round(seconds * 1000) / 1000 : undefined;
}

function summarize(walk: Walk): FlowWait {
  const { calls } = walk;
  const unknownCall = calls.find((c) => c.kind === 'unknown');
  if (unknownCall !== undefined) return unknown(unknownCall.why, calls.length);
  if (calls.length === 0) {
    return unknown(
      walk.unreadable > 0
        ? `${walk.unreadable} Call Data Action${walk.unreadable === 1 ? ' has' : 's have'} no readable action id`
        : 'no Call Data Action for this action was found in its latest configuration',
    );
  }
  if (walk.unreadable > 0) {
    return unknown('some Call Data Actions have no readable action id', calls.length);
  }
  const own = calls.flatMap((c) => (c.kind === 'own' ? [c.seconds] : []));
  if (own.length === 0) {
    return { kind: 'action', seconds: null, calls: calls.length, ownCalls: 0, why: null };
  }
  return {
    kind: 'own',
    seconds: Math.min(...own),
    calls: calls.length,
    ownCalls: own.length,
    why: null,
  };
}

function unknown(why: string, calls = 0): FlowWait {
  return { kind: 'unknown', seconds: null, calls, ownCalls: 0, why };
}

function quoteShort(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return JSON.stringify(short);
}
