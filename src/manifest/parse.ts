import {
  isCollection,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type YAMLError,
} from 'yaml';
import { noCheckpoint, type Checkpoint } from './checkpoint.js';
import { quote } from '../util/text.js';
import { MAX_NESTING, tooDeepAt } from './depth.js';
import { ManifestSource } from './source.js';
import type { Diagnostic } from './types.js';

/** Manifests are small; anything larger is a mistake or an attack, and is refused unread. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;
/** Anchors are fine for sharing a value or two; this many expansions is a billion-laughs file. */
export const MAX_ALIAS_EXPANSIONS = 100;

export type ParseResult =
  { ok: true; data: unknown; source: ManifestSource } | { ok: false; diagnostics: Diagnostic[] };

/** Layer 1: the text as YAML. Syntax, duplicate keys, unknown tags, alias bombs, emptiness. */
export function parseManifestText(
  text: string,
  file: string,
  checkpoint: Checkpoint = noCheckpoint,
): ParseResult {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_MANIFEST_BYTES) return { ok: false, diagnostics: [oversize(file, bytes)] };

  const yaml = text.replace(/^\uFEFF/, '');
  const lines = new LineCounter();
  const deep = tooDeepAt(yaml);
  if (deep !== undefined) return tooDeep(file, yaml, deep);
  const doc = parseDocument(yaml, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
    version: '1.2',
  });
  checkpoint();
  const source = ManifestSource.of(file, doc, lines);
  const errors = [...doc.errors, ...doc.warnings];
  const overflow = errors.find((error) => /call stack/i.test(error.message));
  if (overflow !== undefined) return tooDeep(file, yaml, overflow.pos[0]);
  const problems = errors.map((error) => {
    checkpoint();
    return yamlDiagnostic(error, source, yaml, doc);
  });
  if (problems.length > 0) return { ok: false, diagnostics: problems };
  const complex = complexKey(doc, source);
  if (complex !== undefined) return { ok: false, diagnostics: [complex] };

  if (doc.contents === null) {
    return fail(
      file,
      1,
      1,
      'the manifest is empty: it needs at least `version: 1` and `actions:`',
      'empty',
    );
  }

  let firstAlias: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      firstAlias ??= node.range?.[0];
      return visit.BREAK;
    },
  });
  try {
    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
    checkpoint();
    return { ok: true, data, source };
  } catch (error) {
    if (error instanceof ReferenceError && firstAlias !== undefined) {
      const at = source.positionOfOffset(firstAlias);
      const message = `YAML aliases expand to more than ${MAX_ALIAS_EXPANSIONS} nodes; refusing a file that looks like an alias bomb`;
      return fail(file, at.line, at.column, message, 'alias-limit');
    }
    throw error;
  }
}

function yamlDiagnostic(
  error: YAMLError,
  source: ManifestSource,
  yaml: string,
  doc: Document,
): Diagnostic {
  const at = source.positionOfOffset(errorOffset(error, doc));
  return {
    severity: 'error',
    rule: error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax',
    file: source.file,
    line: at.line,
    column: at.column,
    path: '',
    message: yamlMessage(error, keyAt(yaml, error.pos[0])),
  };
}

function yamlMessage(error: YAMLError, near: string): string {
  const text = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '');
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return `duplicate key ${quote(near)}: it is already set earlier in the same mapping`;
    case 'MISSING_CHAR':
      return /quote/.test(text)
        ? `YAML syntax error: the quoted text that starts here is never closed (missing closing ${text.includes("'") ? "'" : '"'} quote)`
        : `YAML syntax error: ${lowerFirst(text)}`;
    case 'MULTIPLE_DOCS':
      return 'the manifest must be a single YAML document, but `---` starts a second one';
    case 'TAG_RESOLVE_FAILED':
      return `YAML syntax error: ${text.replace(/^Unresolved tag/, 'unknown tag')}`;
    default:
      return `YAML syntax error: ${lowerFirst(text)}`;
  }
}

/** yaml puts a missing closing quote at the end of the file; the problem is the opening quote. */
function errorOffset(error: YAMLError, doc: Document): number {
  if (error.code !== 'MISSING_CHAR' || !/quote/.test(error.message)) return error.pos[0];
  let opening: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      const [start, end] = node.range ?? [];
      if (quoted && start !== undefined && end !== undefined && end >= error.pos[0]) {
        opening = start;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return opening ?? error.pos[0];
}

/**
 * A list or mapping used as a key (`? [a, b]`) has no JSON form: yaml would stringify it and warn
 * on stderr. It is refused where it is written instead.
 */
function complexKey(doc: Document, source: ManifestSource): Diagnostic | undefined {
  let found: Diagnostic | undefined;
  visit(doc, {
    Pair(_key, pair) {
      if (!isCollection(pair.key)) return undefined;
      const at = source.positionOfOffset(pair.key.range?.[0] ?? 0);
      const kind = isSeq(pair.key) ? 'a list' : 'a mapping';
      const message = `a key must be plain text, but this key is ${kind}`;
      found = {
        severity: 'error',
        rule: 'complex-key',
        file: source.file,
        ...at,
        path: '',
        message,
      };
      return visit.BREAK;
    },
  });
  return found;
}

function tooDeep(file: string, yaml: string, offset: number): ParseResult {
  const lines = new LineCounter();
  parseAllLines(yaml, lines);
  const { line, col } = lines.linePos(offset);
  const message = `the manifest is nested too deeply (more than ${MAX_NESTING} levels of lists and mappings; a manifest needs 4)`;
  return fail(file, line, col, message, 'nesting');
}

/** Fills a LineCounter without parsing: the text is too deep to parse. */
function parseAllLines(text: string, lines: LineCounter): void {
  lines.addNewLine(0);
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
    lines.addNewLine(at + 1);
}

/** The finding for a file over the size limit, which is refused before it is read or parsed. */
export function oversize(file: string, bytes: number | undefined): Diagnostic {
  const size = bytes === undefined ? 'over 1 MiB' : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  const message = `the manifest is ${size}; the limit is 1 MiB (is this the right file?)`;
  return { severity: 'error', rule: 'file-size', file, line: 1, column: 1, path: '', message };
}

function fail(
  file: string,
  line: number,
  column: number,
  message: string,
  rule: string,
): ParseResult {
  return {
    ok: false,
    diagnostics: [{ severity: 'error', rule, file, line, column, path: '', message }],
  };
}

/** The key written at `offset`: yaml reports a duplicate key by its first character only. */
function keyAt(yaml: string, offset: number): string {
  const match = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^:,{}\n]+)/.exec(yaml.slice(offset));
  const raw = (match?.[1] ?? '').trim();
  return raw.startsWith('"') || raw.startsWith("'") ? raw.slice(1, -1) : raw;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
