import { LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import { ManifestSource } from './source.js';
import type { Diagnostic } from './types.js';

/** Manifests are small; anything larger is a mistake or an attack, and is refused unread. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;
/** Anchors are fine for sharing a value or two; this many expansions is a billion-laughs file. */
export const MAX_ALIAS_EXPANSIONS = 100;

export type ParseResult =
  { ok: true; data: unknown; source: ManifestSource } | { ok: false; diagnostics: Diagnostic[] };

/** Layer 1: the text as YAML. Syntax, duplicate keys, unknown tags, alias bombs, emptiness. */
export function parseManifestText(text: string, file: string): ParseResult {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_MANIFEST_BYTES) return { ok: false, diagnostics: [oversize(file, bytes)] };

  const yaml = text.replace(/^\uFEFF/, '');
  const lines = new LineCounter();
  const doc = parseDocument(yaml, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
    version: '1.2',
  });
  const source = new ManifestSource(file, doc, lines);
  const problems = [...doc.errors, ...doc.warnings].map((error) =>
    yamlDiagnostic(error, source, yaml),
  );
  if (problems.length > 0) return { ok: false, diagnostics: problems };

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

function yamlDiagnostic(error: YAMLError, source: ManifestSource, yaml: string): Diagnostic {
  const at = source.positionOfOffset(error.pos[0]);
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
      return `duplicate key ${JSON.stringify(near)}: it is already set earlier in the same mapping`;
    case 'MULTIPLE_DOCS':
      return 'the manifest must be a single YAML document, but `---` starts a second one';
    case 'TAG_RESOLVE_FAILED':
      return `YAML syntax error: ${text.replace(/^Unresolved tag/, 'unknown tag')}`;
    default:
      return `YAML syntax error: ${lowerFirst(text)}`;
  }
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
