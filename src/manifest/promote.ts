import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
  type YAMLMap,
} from 'yaml';
import { GcTimeoutsError } from '../util/errors.js';
import { quote } from '../util/text.js';
import {
  DEFAULT_KEY,
  entryInEnvironment,
  environmentNames,
  valueIn,
  type ValueField,
} from './environments.js';
import type { DocumentEntry, ManifestDocument } from './types.js';

/**
 * `promote --from dev --to prod`: the target environment's values in the manifest become the
 * source's, as an edit of the text that changes only the values it writes (comments, order and
 * quoting stay), so a promotion is reviewed as a pull request like any other change.
 */

type Value = number | 'default';

/** The source org's live value of each field an entry decides there; `mixed` when its actions disagree. */
export type EntryLiveValues = Partial<Record<ValueField, Value | 'mixed'>>;

export interface PromoteInput {
  /** The manifest file's text, and the valid document parsed from it (every environment). */
  text: string;
  document: ManifestDocument;
  from: string;
  to: string;
  /** Promote the source org's live timeouts instead of its manifest values: file entry index -> values. */
  live?: ReadonlyMap<number, EntryLiveValues>;
}

export interface PromoteChange {
  entryIndex: number;
  field: ValueField;
  /** The target's value before; undefined when it had none. */
  before: Value | undefined;
  after: Value;
}

export interface PromoteSkip {
  entryIndex: number;
  field?: ValueField;
  reason: string;
}

export interface PromoteResult {
  text: string;
  changes: PromoteChange[];
  skipped: PromoteSkip[];
}

const FIELDS: readonly ValueField[] = ['timeoutSeconds', 'functionTimeoutSeconds'];

interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Writes `to`'s values from `from`'s; returns the new text and every value it changed or left. */
export function promoteManifest(input: PromoteInput): PromoteResult {
  const { document, from, to } = input;
  const names = environmentNames(document);
  for (const name of [from, to]) {
    if (!names.includes(name))
      throw new GcTimeoutsError(
        'usage',
        `unknown environment ${quote(name)}: the manifest declares ${names.join(', ') || 'none'}`,
      );
  }
  if (from === to) throw new GcTimeoutsError('usage', 'promote needs two different environments');
  const doc = parseDocument(input.text, { version: '1.2' });
  if (doc.errors.length > 0)
    throw new GcTimeoutsError('invalid-manifest', 'cannot edit a manifest that does not parse');
  const result: PromoteResult = { text: input.text, changes: [], skipped: [] };
  const splices: Splice[] = [];
  document.actions.forEach((entry, index) => {
    if (!entryInEnvironment(entry, from)) return;
    if (!entryInEnvironment(entry, to)) {
      const reason = `exists in ${from} and not in ${to}; add ${to} to its environments to promote it`;
      result.skipped.push({ entryIndex: index, reason });
      return;
    }
    for (const field of FIELDS) {
      const change = promoteField(entry, index, field, input, result.skipped);
      if (change === undefined) continue;
      result.changes.push(change);
      splices.push(writeSplice(input.text, doc, index, field, to, change.after));
    }
  });
  result.text = applySplices(input.text, splices);
  return result;
}

function promoteField(
  entry: DocumentEntry,
  index: number,
  field: ValueField,
  input: PromoteInput,
  skipped: PromoteSkip[],
): PromoteChange | undefined {
  const source = sourceValue(entry, index, field, input, skipped);
  if (source === undefined) return undefined;
  const before = valueIn<Value>(entry[field], input.to)?.value;
  if (before === source) return undefined;
  return { entryIndex: index, field, before, after: source };
}

function sourceValue(
  entry: DocumentEntry,
  index: number,
  field: ValueField,
  input: PromoteInput,
  skipped: PromoteSkip[],
): Value | undefined {
  const manifest = valueIn<Value>(entry[field], input.from)?.value;
  if (manifest === undefined || input.live === undefined) return manifest;
  const live = input.live.get(index)?.[field];
  if (live === undefined) {
    const reason = `selects no action in ${input.from}'s org; nothing live to promote`;
    skipped.push({ entryIndex: index, field, reason });
    return undefined;
  }
  if (live === 'mixed') {
    const reason = `its actions in ${input.from}'s org have different live values; promote them one by one (entries by name)`;
    skipped.push({ entryIndex: index, field, reason });
    return undefined;
  }
  return live;
}

function entryNode(doc: Document, index: number): YAMLMap {
  const seq = doc.get('actions', true);
  const item = isSeq(seq) ? seq.items[index] : undefined;
  if (!isMap(item)) throw new GcTimeoutsError('usage', `actions[${index}] is not an entry`);
  return item;
}

function rangeOf(node: unknown): [number, number] {
  const range = (node as Node | null | undefined)?.range;
  if (range === undefined || range === null)
    throw new GcTimeoutsError('usage', 'the manifest node has no source position');
  return [range[0], range[1]];
}

/** The edit that gives `env` the value `value` in the entry's field, and touches nothing else. */
function writeSplice(
  text: string,
  doc: Document,
  index: number,
  field: ValueField,
  env: string,
  value: Value,
): Splice {
  const node: unknown = entryNode(doc, index).get(field, true);
  const rendered = String(value);
  if (isScalar(node)) {
    // One value for every environment: it stays the default, and `env` gets its own.
    const [start, end] = rangeOf(node);
    return {
      start,
      end,
      text: `{ ${DEFAULT_KEY}: ${text.slice(start, end)}, ${env}: ${rendered} }`,
    };
  }
  if (!isMap(node)) throw new GcTimeoutsError('usage', `actions[${index}].${field} is not a value`);
  const own = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === env);
  if (own !== undefined && isScalar(own.value)) {
    const [start, end] = rangeOf(own.value);
    return { start, end, text: rendered };
  }
  const last = node.items[node.items.length - 1];
  if (last === undefined) throw new GcTimeoutsError('usage', `actions[${index}].${field} is empty`);
  const [, lastEnd] = rangeOf(last.value);
  if (node.flow === true) return { start: lastEnd, end: lastEnd, text: `, ${env}: ${rendered}` };
  const [keyStart] = rangeOf(last.key);
  const column = keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1);
  // After the last pair's line, trailing comment included.
  const newline = text.indexOf('\n', lastEnd);
  const at = newline === -1 ? text.length : newline + 1;
  const lead = at === text.length && !text.endsWith('\n') ? '\n' : '';
  return { start: at, end: at, text: `${lead}${' '.repeat(column)}${env}: ${rendered}\n` };
}

function applySplices(text: string, splices: readonly Splice[]): string {
  let out = text;
  for (const s of [...splices].sort((a, b) => b.start - a.start))
    out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

/**
 * Gives environment `env` its own values in the file (`set --env`, `recommend --env --write`):
 * the same edit promote writes, so a value shared by every environment becomes
 * `{ default: <old>, env: <new> }` and the other environments keep theirs. Indices are the file's.
 */
export function writeEnvironmentValues(
  text: string,
  env: string,
  values: readonly { entryIndex: number; field: ValueField; value: Value }[],
): string {
  const doc = parseDocument(text, { version: '1.2' });
  if (doc.errors.length > 0)
    throw new GcTimeoutsError('invalid-manifest', 'cannot edit a manifest that does not parse');
  const splices = values.map((v) => writeSplice(text, doc, v.entryIndex, v.field, env, v.value));
  return applySplices(text, splices);
}
