import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node as YamlNode,
} from 'yaml';

/**
 * The Call Data Actions of an Archy YAML flow file (GENESYS_API.md §13): `callData:` (and
 * `callSecureData:`) blocks name the integration under `category:` and the action under
 * `dataAction:`, by name. Pure: text in, calls with their line out. The YAML does not carry
 * Architect's "Use action's suggested timeout" checkbox, so its `timeout:` cannot tell whether the
 * flow waits its own timeout; the plan says so beside every call it shows.
 */

export interface ArchyCall {
  /** The file as named to the reader (relative to the workspace). */
  file: string;
  /** 1-based line of the `callData` key. */
  line: number;
  /** The flow's `name:` (under its top-level flow type key); null when it has none. */
  flow: string | null;
  /** The integration name (`category:` key), null when absent. */
  integration: string | null;
  action: string;
  /** The `timeout:` as written, in short words (`1 minute`, `PT30S`); null when absent. */
  timeout: string | null;
  secure: boolean;
}

export type ArchyParse = { ok: true; calls: ArchyCall[] } | { ok: false; message: string };

const CALL_KEYS = new Map([
  ['callData', false],
  ['callSecureData', true],
]);
/** Real flows nest decisions and loops deeply, but not this deep. */
const MAX_DEPTH = 400;

export function parseArchyFlow(text: string, file: string): ArchyParse {
  const lines = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text.replace(/^\uFEFF/, ''), {
      lineCounter: lines,
      prettyErrors: false,
      uniqueKeys: false,
      version: '1.2',
    });
  } catch {
    return { ok: false, message: 'too deeply nested to read' };
  }
  const error = doc.errors[0];
  if (error !== undefined) {
    const at = lines.linePos(error.pos[0]);
    return { ok: false, message: `not valid YAML (line ${at.line}): ${error.code}` };
  }
  const contents = doc.contents;
  if (!isMap(contents)) return { ok: true, calls: [] };
  const calls: ArchyCall[] = [];
  const flow = flowName(contents);
  const line = (offset: number | undefined): number => lines.linePos(offset ?? 0).line;
  walk(contents, 0, (key, value, keyNode) => {
    const secure = CALL_KEYS.get(key);
    if (secure === undefined || !isMap(value)) return;
    for (const target of targets(value)) {
      calls.push({
        file,
        line: line(keyNode.range?.[0]),
        flow,
        ...target,
        timeout: timeoutText(value),
        secure,
      });
    }
  });
  return { ok: true, calls };
}

type Visitor = (key: string, value: unknown, keyNode: YamlNode) => void;

function walk(node: unknown, depth: number, visitor: Visitor): void {
  if (depth > MAX_DEPTH || isAlias(node)) return;
  if (isSeq(node)) {
    for (const item of node.items) walk(item, depth + 1, visitor);
  } else if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      if (isScalar(pair.key) && typeof pair.key.value === 'string') {
        visitor(pair.key.value, pair.value, pair.key);
      }
      walk(pair.value, depth + 1, visitor);
    }
  }
}

/** `name:` under the first top-level key (`inboundCall:`, `commonModule:`, `workflow:` …). */
function flowName(root: YamlNode): string | null {
  if (!isMap(root)) return null;
  for (const pair of root.items) {
    const name = isMap(pair.value) ? pair.value.get('name') : undefined;
    if (typeof name === 'string' && name !== '') return name;
  }
  return null;
}

/** `category: {<integration>: {dataAction: {<action>: …}}}`, every pair of names it holds. */
function targets(call: YamlNode): { integration: string | null; action: string }[] {
  if (!isMap(call)) return [];
  const category = call.get('category', true);
  if (!isMap(category)) return actionsOf(call, null);
  return category.items.flatMap((pair) => {
    const integration = isScalar(pair.key) ? String(pair.key.value) : null;
    return isMap(pair.value) ? actionsOf(pair.value, integration) : [];
  });
}

function actionsOf(
  holder: YamlNode,
  integration: string | null,
): { integration: string | null; action: string }[] {
  if (!isMap(holder)) return [];
  const actions = holder.get('dataAction', true) ?? holder.get('secureDataAction', true);
  if (isMap(actions)) {
    return actions.items.flatMap((pair) =>
      isScalar(pair.key) && String(pair.key.value) !== ''
        ? [{ integration, action: String(pair.key.value) }]
        : [],
    );
  }
  return isScalar(actions) && typeof actions.value === 'string'
    ? [{ integration, action: actions.value }]
    : [];
}

const UNITS = ['days', 'hours', 'minutes', 'seconds'] as const;

/** `timeout: {lit: {minutes: 1}}` as `1 minute`; another shape as its short YAML-ish text. */
function timeoutText(call: YamlNode): string | null {
  if (!isMap(call)) return null;
  const timeout = call.get('timeout', true);
  if (timeout === undefined || timeout === null) return null;
  const lit = isMap(timeout) ? timeout.get('lit', true) : undefined;
  if (isMap(lit)) {
    const parts = UNITS.flatMap((unit) => {
      const v = lit.get(unit);
      if (typeof v !== 'number' && typeof v !== 'string') return [];
      const singular = unit.slice(0, -1);
      return [`${v} ${String(v) === '1' ? singular : unit}`];
    });
    if (parts.length > 0) return parts.join(' ');
  }
  const exp = isMap(timeout) ? timeout.get('exp') : undefined;
  const raw = isScalar(timeout)
    ? String(timeout.value)
    : typeof exp === 'string'
      ? `expression ${exp}`
      : 'not a literal';
  return raw.length > 60 ? `${raw.slice(0, 59)}…` : raw;
}
