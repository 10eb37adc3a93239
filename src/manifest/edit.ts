import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  stringify,
  type Document,
  type Node,
  type Range,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { GcTimeoutsError } from '../util/errors.js';

/**
 * Edits of a manifest as a reviewer wants to see them in a diff: the YAML document API finds each
 * node, and only the text of that node changes. The rest of the file, comments, blank lines, key
 * order, quoting and flow mappings, stays byte for byte what it was (re-dumping the document would
 * reflow it). New entries are written in the style of the entries already there.
 */

export type EditableField = 'timeoutSeconds' | 'functionTimeoutSeconds';

/** Set one timeout field of an existing entry (added to the entry when it lacks the field). */
export interface ValueEdit {
  entryIndex: number;
  field: EditableField;
  value: number | 'default';
}

/** An entry to write. Exactly one of id and name; keys are written in this order. */
export interface NewEntry {
  id?: string;
  name?: string;
  integration?: string;
  category?: string;
  timeoutSeconds?: number | 'default';
  functionTimeoutSeconds?: number;
  reason?: string;
  /** A trailing comment on the selector line, e.g. the name of an action selected by id. */
  comment?: string;
}

export interface ManifestEdits {
  values?: readonly ValueEdit[];
  /** Entries written right after the entry at `entryIndex` (a glob split into its actions). */
  insertAfter?: readonly { entryIndex: number; entries: readonly NewEntry[] }[];
  /** Entries appended at the end of `actions`. */
  append?: readonly NewEntry[];
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies the edits to manifest text; the manifest must parse (validate it first). */
export function editManifestText(text: string, edits: ManifestEdits): string {
  const doc = parseDocument(text, { version: '1.2' });
  if (doc.errors.length > 0) {
    throw new GcTimeoutsError('invalid-manifest', 'cannot edit a manifest that does not parse');
  }
  const style = styleOf(text, doc);
  const splices: Splice[] = [];
  for (const edit of edits.values ?? []) splices.push(valueSplice(text, doc, edit, style));
  for (const group of edits.insertAfter ?? []) {
    const item = entryNode(doc, group.entryIndex);
    splices.push(entriesAt(text, lineEndAfter(text, nodeEnd(item)), group.entries, style));
  }
  if (edits.append !== undefined && edits.append.length > 0) {
    splices.push(appendSplice(text, doc, edits.append, style));
  }
  return applySplices(text, splices);
}

interface Style {
  /** Spaces before `-` of an entry. */
  seqIndent: number;
  /** A blank line between entries. */
  blankBetween: boolean;
  singleQuote: boolean;
}

function styleOf(text: string, doc: Document): Style {
  const seq = doc.get('actions', true);
  const items = isSeq(seq) && seq.flow !== true ? (seq.items as Node[]) : [];
  const first = items[0];
  let seqIndent = 2;
  if (first?.range !== undefined && first.range !== null) {
    const lineStart = text.lastIndexOf('\n', first.range[0] - 1) + 1;
    const dash = text.indexOf('-', lineStart);
    if (dash >= lineStart && dash < first.range[0]) seqIndent = dash - lineStart;
  }
  const blankBetween = items.slice(1).some((item) => item.spaceBefore === true);
  const singles = (text.match(/:\s*'[^'\n]*'/g) ?? []).length;
  const doubles = (text.match(/:\s*"[^"\n]*"/g) ?? []).length;
  return { seqIndent, blankBetween, singleQuote: singles >= doubles };
}

function entryNode(doc: Document, index: number): YAMLMap {
  const seq = doc.get('actions', true);
  const item = isSeq(seq) ? seq.items[index] : undefined;
  if (!isMap(item)) {
    throw new GcTimeoutsError('usage', `actions[${index}] is not an entry of this manifest`);
  }
  return item;
}

function rangeOf(node: unknown): Range | undefined {
  return (node as Node | null | undefined)?.range ?? undefined;
}

function nodeEnd(node: Node): number {
  const range = rangeOf(node);
  if (range === undefined)
    throw new GcTimeoutsError('usage', 'the manifest node has no source position');
  return range[1];
}

/** The offset just past the line `offset` is on (a node's end may already sit past its newline). */
function lineEndAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

function scalarText(value: string | number, style: Style): string {
  if (typeof value === 'number') return String(value);
  return stringify(value, { singleQuote: style.singleQuote, lineWidth: 0 }).trimEnd();
}

function valueSplice(text: string, doc: Document, edit: ValueEdit, style: Style): Splice {
  const entry = entryNode(doc, edit.entryIndex);
  const rendered = scalarText(edit.value, style);
  const current = entry.get(edit.field, true);
  const range = isScalar(current) ? rangeOf(current) : undefined;
  if (range !== undefined) {
    const [start, end] = range;
    // A number is always plain (quoted it would be a string); `default` keeps the quotes it had.
    const keep = typeof edit.value === 'string' && typeof (current as Scalar).value === 'string';
    return { start, end, text: keep ? text.slice(start, end) : rendered };
  }
  if (current !== undefined) {
    throw new GcTimeoutsError('usage', `actions[${edit.entryIndex}].${edit.field} is not a value`);
  }
  return addedKeySplice(text, entry, edit.entryIndex, `${edit.field}: ${rendered}`);
}

/** A key the entry does not have yet: a line after its selector keys, or `, key: v` in a flow map. */
function addedKeySplice(text: string, entry: YAMLMap, index: number, pair: string): Splice {
  const pairs = entry.items;
  const lastValue = rangeOf(pairs[pairs.length - 1]?.value);
  if (entry.flow === true && lastValue !== undefined) {
    const at = lastValue[1];
    return { start: at, end: at, text: `, ${pair}` };
  }
  const selectors = new Set(['id', 'name', 'integration', 'category', 'match']);
  const anchor =
    [...pairs].reverse().find((p) => isScalar(p.key) && selectors.has(String(p.key.value))) ??
    pairs[pairs.length - 1];
  const key = pairs[0]?.key;
  const keyRange = isScalar(key) ? rangeOf(key) : undefined;
  if (anchor === undefined || keyRange === undefined) {
    throw new GcTimeoutsError('usage', `actions[${index}] has no key to write after`);
  }
  const keyStart = keyRange[0];
  const column = keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1);
  const after = anchor.value as Node | null;
  const at = lineEndAfter(text, after === null ? nodeEnd(anchor.key as Node) : nodeEnd(after));
  const lead = at === text.length && !text.endsWith('\n') ? '\n' : '';
  return { start: at, end: at, text: `${lead}${' '.repeat(column)}${pair}\n` };
}

const ENTRY_KEYS = [
  'id',
  'name',
  'integration',
  'category',
  'timeoutSeconds',
  'functionTimeoutSeconds',
  'reason',
] as const;

/** One entry as block YAML lines in the file's style, ending with a newline. */
function renderEntry(entry: NewEntry, style: Style): string {
  const pad = ' '.repeat(style.seqIndent);
  const lines: string[] = [];
  for (const key of ENTRY_KEYS) {
    const value = entry[key];
    if (value === undefined) continue;
    const comment = lines.length === 0 && entry.comment !== undefined ? ` # ${entry.comment}` : '';
    const prefix = lines.length === 0 ? `${pad}- ` : `${pad}  `;
    lines.push(`${prefix}${key}: ${scalarText(value, style)}${comment}`);
  }
  return `${lines.join('\n')}\n`;
}

function entriesAt(text: string, at: number, entries: readonly NewEntry[], style: Style): Splice {
  const gap = style.blankBetween ? '\n' : '';
  const lead = at === text.length && at > 0 && !text.endsWith('\n') ? '\n' : '';
  const body = entries.map((e) => `${gap}${renderEntry(e, style)}`).join('');
  return { start: at, end: at, text: `${lead}${body}` };
}

function appendSplice(
  text: string,
  doc: Document,
  entries: readonly NewEntry[],
  style: Style,
): Splice {
  const seq = doc.get('actions', true) as YAMLSeq | Node | null | undefined;
  if (isSeq(seq) && seq.flow !== true && seq.items.length > 0) {
    const last = seq.items[seq.items.length - 1] as Node;
    return entriesAt(text, lineEndAfter(text, nodeEnd(last)), entries, style);
  }
  // No entry to take the style from: entries one after another.
  const joined = entries.map((e) => renderEntry(e, style)).join('');
  const empty = isSeq(seq) && seq.items.length === 0 ? rangeOf(seq) : undefined;
  if (empty !== undefined) {
    // `actions: []` becomes a block list.
    const colon = text.lastIndexOf(':', empty[0]) + 1;
    return { start: colon, end: empty[1], text: `\n${joined.trimEnd()}` };
  }
  if (isScalar(seq) && seq.value === null) {
    const pair = (doc.contents as YAMLMap).items.find(
      (p) => isScalar(p.key) && p.key.value === 'actions',
    );
    const at = lineEndAfter(text, nodeEnd(pair?.key as Node));
    const lead = at === text.length && !text.endsWith('\n') ? '\n' : '';
    return { start: at, end: at, text: `${lead}${joined}` };
  }
  throw new GcTimeoutsError(
    'usage',
    'actions is written as a flow list ([...]); write it as a block list to let gc-timeouts add entries',
  );
}

function applySplices(text: string, splices: Splice[]): string {
  // From the end, so earlier offsets stay valid; insertions at one point keep their given order.
  const ordered = splices
    .map((s, i) => ({ ...s, i }))
    .sort((a, b) => b.start - a.start || b.i - a.i);
  let out = text;
  for (const s of ordered) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}
