import {
  recommendationNote,
  thinStatus,
  type NoteFacts,
  type Recommendation,
  type RecommendationStatus,
  type RowFacts,
} from './recommend-row.js';
import type { TimeoutField } from './types.js';

/**
 * The recommendation as columns, one row per action and field, from the plan it was made from to
 * the end of `recommend`'s table. Over 100,000 actions an object per row (18 fields, then a second
 * copy of its note's facts for the table) was some 26 MB of live heap while the plan of the
 * recommended manifest was made, and the process's peak grows with what is live then; these
 * columns are some 6 MB, the strings being the plan's own.
 */
export interface RecommendNotes {
  /** Values kept for want of runs (too few, or none). */
  readonly thin: number;
  /** The row's note; undefined for an action and field the recommendation did not consider. */
  note(field: TimeoutField, actionId: string): string | undefined;
}

/** Stands for null in the integer columns, and for "held to no glob" in `heldTo`. */
const NULL = -1;
const ALONE = -2;
const int = (value: number | null): number => value ?? NULL;
const back = (value: number): number | null => (value === NULL ? null : value);

const FIELDS: readonly TimeoutField[] = ['timeoutSeconds', 'functionTimeoutSeconds'];
const SELECTORS: readonly Recommendation['selector'][] = ['id', 'name', 'match'];
/** The integer columns of a row, in `seconds`. */
const CURRENT = 0;
const OWN = 1;
const RAW = 2;
const HELD_TO = 3;
const WIDTH = 4;

export class RecommendationTable implements RecommendNotes {
  private length = 0;
  private readonly ids: string[] = [];
  private readonly names: string[] = [];
  private readonly integrations: string[] = [];
  private readonly fields: Uint8Array;
  private readonly selectors: Uint8Array;
  private readonly entryIndexes: Int32Array;
  private readonly runs: Int32Array;
  private readonly days: Float64Array;
  private readonly p99Ms: Float64Array;
  private readonly headrooms: Float64Array;
  private readonly seconds: Int32Array;
  // The bound that cut a value is one of a few texts, each kept once; 0 is none.
  private readonly clampTexts: string[] = [''];
  private readonly clamps: Uint16Array;
  // Flows that wait less than the p99 are rare: kept by row.
  private readonly flows = new Map<number, readonly string[]>();
  /** Row by action id, one map per field: made when a note is first asked for by id. */
  private byId: Record<TimeoutField, Map<string, number>> | undefined;

  constructor(readonly capacity: number) {
    this.fields = new Uint8Array(capacity);
    this.selectors = new Uint8Array(capacity);
    this.entryIndexes = new Int32Array(capacity);
    this.runs = new Int32Array(capacity);
    this.days = new Float64Array(capacity);
    this.p99Ms = new Float64Array(capacity);
    this.headrooms = new Float64Array(capacity);
    this.seconds = new Int32Array(capacity * WIDTH);
    this.clamps = new Uint16Array(capacity);
  }

  get size(): number {
    return this.length;
  }

  /** A row from its plan row's facts; returns its index. */
  add(f: RowFacts): number {
    const i = this.length;
    if (i >= this.capacity) throw new RangeError(`the table holds ${this.capacity} rows`);
    this.length += 1;
    this.ids.push(f.actionId);
    this.names.push(f.actionName);
    this.integrations.push(f.integrationName);
    this.fields[i] = FIELDS.indexOf(f.field);
    this.selectors[i] = SELECTORS.indexOf(f.selector);
    this.entryIndexes[i] = f.entryIndex;
    this.runs[i] = f.runs;
    this.days[i] = f.days ?? Number.NaN;
    this.p99Ms[i] = f.p99Ms ?? Number.NaN;
    this.headrooms[i] = f.headroom;
    const at = i * WIDTH;
    this.seconds[at + CURRENT] = int(f.current);
    this.seconds[at + OWN] = int(f.value);
    this.seconds[at + RAW] = f.raw;
    this.seconds[at + HELD_TO] = ALONE;
    if (f.clampedBy !== null) this.clamps[i] = this.clampIndex(f.clampedBy);
    if (f.flows.length > 0) this.flows.set(i, f.flows);
    this.byId = undefined;
    return i;
  }

  /**
   * A glob entry is written with one value: the row says that value, not its own need, so what is
   * shown is what --write writes ("8 s, what its glob entry needs; alone: p99 1.2 s × 1.5 → 2 s").
   */
  holdTo(i: number, value: number | null): void {
    if (this.recommended(i) === value) return;
    this.seconds[i * WIDTH + HELD_TO] = int(value);
  }

  field(i: number): TimeoutField {
    return FIELDS[this.fields[i] ?? 0] ?? 'timeoutSeconds';
  }

  entryIndex(i: number): number {
    return this.entryIndexes[i] ?? 0;
  }

  selector(i: number): Recommendation['selector'] {
    return SELECTORS[this.selectors[i] ?? 0] ?? 'id';
  }

  /** Thin evidence keeps the value, unless the row's glob writes another over it. */
  status(i: number): RecommendationStatus {
    const alone = this.at(i, HELD_TO) === ALONE;
    const thin = alone ? thinStatus({ runs: this.runs[i] ?? 0, p99Ms: this.p99(i) }) : undefined;
    return thin ?? (this.recommended(i) === this.current(i) ? 'unchanged' : 'change');
  }

  current(i: number): number | null {
    return back(this.at(i, CURRENT));
  }

  /** The value to write: its glob's when held to it, else its own; `current` when too thin. */
  recommended(i: number): number | null {
    const held = this.at(i, HELD_TO);
    if (held !== ALONE) return back(held);
    return back(this.at(i, OWN)) ?? this.current(i);
  }

  get thin(): number {
    return this.counts().thin;
  }

  /** Rows to change, and values kept for want of runs (too few, or none). */
  counts(): { changes: number; thin: number } {
    let changes = 0;
    let thin = 0;
    for (let i = 0; i < this.length; i++) {
      const status = this.status(i);
      if (status === 'change') changes += 1;
      if (status === 'too-few-runs' || status === 'no-runs') thin += 1;
    }
    return { changes, thin };
  }

  note(field: TimeoutField, actionId: string): string | undefined {
    this.byId ??= this.index();
    const i = this.byId[field].get(actionId);
    return i === undefined ? undefined : recommendationNote(this.facts(i));
  }

  /** Row `i` as an object, for the few rows a PR comment shows and for tests. */
  row(i: number): Recommendation {
    const facts = this.facts(i);
    return {
      actionId: this.ids[i] ?? '',
      actionName: this.names[i] ?? '',
      integrationName: this.integrations[i] ?? '',
      field: this.field(i),
      entryIndex: this.entryIndex(i),
      selector: this.selector(i),
      current: facts.current,
      recommended: this.recommended(i),
      status: this.status(i),
      runs: facts.runs,
      days: facts.days,
      p99Ms: facts.p99Ms,
      clampedBy: facts.clampedBy,
      note: recommendationNote(facts),
    };
  }

  rows(limit = Infinity): Recommendation[] {
    const rows: Recommendation[] = [];
    for (let i = 0; i < Math.min(this.length, limit); i++) rows.push(this.row(i));
    return rows;
  }

  private at(i: number, column: number): number {
    return this.seconds[i * WIDTH + column] ?? NULL;
  }

  private p99(i: number): number | null {
    const p99 = this.p99Ms[i] ?? Number.NaN;
    return Number.isNaN(p99) ? null : p99;
  }

  private facts(i: number): NoteFacts {
    const held = this.at(i, HELD_TO);
    const day = this.days[i] ?? Number.NaN;
    const clamp = this.clamps[i] ?? 0;
    return {
      current: this.current(i),
      own: back(this.at(i, OWN)),
      raw: this.at(i, RAW),
      heldTo: held === ALONE ? undefined : back(held),
      runs: this.runs[i] ?? 0,
      days: Number.isNaN(day) ? null : day,
      p99Ms: this.p99(i),
      headroom: this.headrooms[i] ?? 0,
      clampedBy: clamp === 0 ? null : (this.clampTexts[clamp] ?? null),
      flows: this.flows.get(i) ?? [],
    };
  }

  private index(): Record<TimeoutField, Map<string, number>> {
    const byId = { timeoutSeconds: new Map<string, number>(), functionTimeoutSeconds: new Map() };
    for (let i = 0; i < this.length; i++) byId[this.field(i)].set(this.ids[i] ?? '', i);
    return byId;
  }

  private clampIndex(text: string): number {
    const known = this.clampTexts.indexOf(text);
    if (known > 0) return known;
    this.clampTexts.push(text);
    return this.clampTexts.length - 1;
  }
}
