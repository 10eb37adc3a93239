import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import schema from '../../schemas/gc-timeouts.schema.json' with { type: 'json' };
import { quoteList, suggest } from '../util/suggest.js';
import { quote } from '../util/text.js';
import { formatPath, fromJsonPointer, type PathSegment } from './paths.js';
import type { ManifestSource } from './source.js';
import type { Diagnostic } from './types.js';
import { noCheckpoint, type Checkpoint } from './checkpoint.js';
// Compiled from the schema at build time (scripts/generate-schema-validator.mjs): no start pays for
// Ajv's compiler, and neither bundle carries it.
import compiled from '../generated/manifest-schema-validator.generated.js';

export { schema as manifestSchema };

function validator(): ValidateFunction {
  return compiled;
}

/** Layer 2: the JSON Schema, every error at once, each pointing at its YAML key or value. */
export function checkSchema(
  data: unknown,
  source: ManifestSource,
  checkpoint: Checkpoint = noCheckpoint,
): Diagnostic[] {
  const validate = validator();
  if (validate(data)) return [];
  checkpoint();
  const findings = humanize(validate.errors ?? [], data);
  checkpoint();
  const diagnostics = findings.map(({ path, target, message }) => {
    checkpoint();
    const at = source.locate(path, target);
    return {
      severity: 'error' as const,
      rule: 'schema',
      file: source.file,
      line: at.line,
      column: at.column,
      path: formatPath(path),
      message: source.withAnchorNote(message, path),
    };
  });
  return dedupe(diagnostics).sort((a, b) => a.line - b.line || a.column - b.column);
}

interface Finding {
  path: PathSegment[];
  target: 'value' | 'key';
  message: string;
}

const SELECTORS = ['id', 'name', 'match'] as const;
const TIMEOUT_KEYS = ['timeoutSeconds', 'functionTimeoutSeconds'] as const;
const ALL_ENTRY_KEYS = Object.keys(schema.$defs.entry.properties);

/**
 * ajv speaks in schema terms ("must match exactly one schema in oneOf"); people need to hear which
 * key is wrong and what would be right. Composite keywords are explained once, and the noise of
 * their failed branches is dropped.
 */
function humanize(errors: ErrorObject[], data: unknown): Finding[] {
  // A set of the composites' schema paths, so each error looks up its own prefixes instead of
  // comparing itself with every composite (10,000 errors would take seconds).
  const composites = new Set(
    errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.schemaPath),
  );
  const isBranchNoise = (e: ErrorObject): boolean => {
    for (let at = e.schemaPath.indexOf('/'); at >= 0; at = e.schemaPath.indexOf('/', at + 1)) {
      if (composites.has(e.schemaPath.slice(0, at))) return true;
    }
    return false;
  };
  // An unknown key that is a typo of a missing one already says what is wrong; "sets no timeout"
  // or "has no selector" on top of it would be the same mistake told twice.
  const typos = new Set(
    errors
      .filter((e) => e.keyword === 'additionalProperties')
      .flatMap((e) => {
        const key = String((e.params as Record<string, unknown>)['additionalProperty']);
        return suggest(key, ALL_ENTRY_KEYS, 1).map((s) => `${e.instancePath}|${s}`);
      }),
  );
  const explainedByTypo = (e: ErrorObject): boolean => {
    const wanted =
      e.schemaPath === '#/$defs/entry/anyOf'
        ? TIMEOUT_KEYS
        : e.schemaPath === '#/$defs/entry/oneOf'
          ? SELECTORS
          : [];
    return (
      wanted.some((key) => typos.has(`${e.instancePath}|${key}`)) &&
      !hasAny(valueAt(data, fromJsonPointer(e.instancePath, data)), wanted)
    );
  };
  // `if` only says its `then`/`else` failed; their own errors say how.
  return errors
    .filter((e) => e.keyword !== 'if' && !isBranchNoise(e) && !explainedByTypo(e))
    .flatMap((e) => explain(e, data));
}

function hasAny(value: unknown, keys: readonly string[]): boolean {
  return isObject(value) && keys.some((k) => k in value);
}

function explain(error: ErrorObject, data: unknown): Finding[] {
  const path = fromJsonPointer(error.instancePath, data);
  const where = formatPath(path) || 'the manifest';
  const value = valueAt(data, path);
  const params = error.params as Record<string, unknown>;
  const at = (message: string, target: 'value' | 'key' = 'value'): Finding[] => [
    { path, target, message },
  ];

  switch (error.keyword) {
    case 'oneOf':
      if (error.schemaPath === '#/$defs/entry/oneOf') return selectorProblem(path, value);
      break;
    case 'anyOf': {
      const message = anyOfMessage(error.schemaPath, where, value);
      if (message !== undefined) return at(message);
      break;
    }
    case 'additionalProperties':
      return unknownKey(error, path, where);
    case 'required':
      return at(
        `${where} is missing the required key ${JSON.stringify(params['missingProperty'])}`,
      );
    case 'dependentRequired': {
      const key = String(params['property']);
      return [
        {
          path: [...path, key],
          target: 'key',
          message: `${where}.${key} only narrows a name selector: add name, or put ${key} inside match`,
        },
      ];
    }
    case 'type':
      return at(`${where} must be ${article(String(params['type']))} (got ${describe(value)})`);
    case 'const':
      return at(
        `${where} must be ${JSON.stringify(params['allowedValue'])} (got ${describe(value)})`,
      );
    case 'enum':
      return at(enumMessage(where, value, params['allowedValues'] as unknown[]));
    case 'minimum':
    case 'maximum':
      return at(`${where} must be ${range(error)} (got ${describe(value)})`);
    case 'exclusiveMinimum':
      return at(`${where} must be more than ${String(params['limit'])} (got ${describe(value)})`);
    case 'pattern':
      // The schema's only pattern is the YYYY-MM-DD of acceptDrift.until.
      return at(`${where} must be a date written YYYY-MM-DD (got ${describe(value)})`);
    case 'minLength':
      return at(`${where} must not be empty`);
    case 'maxLength':
      return at(
        `${where} must be at most ${String(params['limit'])} characters (got ${String(value).length})`,
      );
    case 'minProperties':
      return at(`${where} needs at least one of name, category or integration`);
  }
  return at(`${where} ${error.message ?? 'is invalid'}`);
}

function anyOfMessage(schemaPath: string, where: string, value: unknown): string | undefined {
  if (schemaPath === '#/$defs/entry/anyOf')
    return `${where} sets no timeout: add timeoutSeconds (1-60 or default) or functionTimeoutSeconds (1-15)`;
  // The value itself, or one environment's value in a `{ default: 30, prod: 15 }` mapping.
  if (/\/timeoutSeconds\/(?:else\/|then\/additionalProperties\/)?anyOf$/.test(schemaPath))
    return `${where} must be a whole number of seconds from 1 to 60, or default (got ${describe(value)})`;
  return undefined;
}

function unknownKey(error: ErrorObject, path: PathSegment[], where: string): Finding[] {
  const key = String((error.params as Record<string, unknown>)['additionalProperty']);
  const allowed = Object.keys(
    schemaAt(error.schemaPath.replace(/\/additionalProperties$/, '/properties')) ?? {},
  );
  const hint = suggest(key, allowed, 1);
  const tail =
    hint.length > 0
      ? `; did you mean ${quoteList(hint)}?`
      : `; allowed keys are ${quoteList(allowed, 'and')}`;
  const message = `${where} has an unknown key ${quote(key)}${tail}`;
  return [{ path: [...path, key], target: 'key', message }];
}

/** "between 1 and 60" when the schema states both bounds, else the one that failed. */
function range(error: ErrorObject): string {
  const bounds = schemaAt(error.schemaPath.replace(/\/(minimum|maximum)$/, '')) as
    { minimum?: number; maximum?: number } | undefined;
  const limit = String((error.params as Record<string, unknown>)['limit']);
  return bounds?.minimum !== undefined && bounds.maximum !== undefined
    ? `between ${bounds.minimum} and ${bounds.maximum}`
    : `${error.keyword === 'minimum' ? 'at least' : 'at most'} ${limit}`;
}

function selectorProblem(path: PathSegment[], entry: unknown): Finding[] {
  const where = formatPath(path);
  // File order, so the finding points at the selector that came second.
  const present = isObject(entry)
    ? Object.keys(entry).filter((k) => (SELECTORS as readonly string[]).includes(k))
    : [];
  if (present.length === 0) {
    return [
      {
        path,
        target: 'value',
        message: `${where} has no selector: add exactly one of id, name or match`,
      },
    ];
  }
  const second = present[1] ?? present[0] ?? 'id';
  return [
    {
      path: [...path, second],
      target: 'key',
      message: `${where} has more than one selector (${present.join(', ')}): use exactly one of id, name or match`,
    },
  ];
}

function enumMessage(where: string, value: unknown, allowed: unknown[]): string {
  const names = allowed.map(String);
  const hint = typeof value === 'string' ? suggest(value, names, 1) : [];
  const list = names.length > 8 ? `${quoteList(names.slice(0, 3), 'or')}, ...` : quoteList(names);
  const mean = hint.length > 0 ? `; did you mean ${quoteList(hint)}?` : '';
  if (where === 'org.region') {
    return `org.region must be a Genesys Cloud region such as "us-east-1" or an environment host such as "mypurecloud.com" (got ${describe(value)}${mean})`;
  }
  return `${where} must be one of ${list} (got ${describe(value)}${mean})`;
}

function schemaAt(schemaPath: string): unknown {
  let node: unknown = schema;
  for (const raw of schemaPath.replace(/^#\/?/, '').split('/')) {
    if (raw === '') continue;
    if (!isObject(node)) return undefined;
    node = node[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let node = data;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (isObject(node)) node = node[String(segment)];
    else return undefined;
  }
  return node;
}

/** How a value reads in a message: strings quoted, structures named by kind. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return quote(value, 60);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

function article(type: string): string {
  const names: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    integer: 'a whole number',
    number: 'a number',
    string: 'a string',
    boolean: 'true or false',
  };
  return names[type] ?? `a ${type}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.line}:${d.column}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
