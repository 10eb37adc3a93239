import type { FaultKind } from './faults.js';

/**
 * What the simulator saw: one entry per /oauth and /api/v2 request, for tests that prove what a
 * client did. Never holds a credential: tokens appear only as labels (`token#3`), the
 * Authorization header is not recorded, and only `grant_type` of an OAuth body is kept.
 */
export interface RequestLogEntry {
  seq: number;
  time: string;
  method: string;
  path: string;
  query: Record<string, string>;
  /** The HTTP status answered; null while pending, or for a reset or stalled request. */
  status: number | null;
  token?: string;
  body?: unknown;
  fault?: FaultKind;
}

const MAX_ENTRIES = 200_000;
const SECRET_QUERY = /token|secret|password|authorization|credential/i;

export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private seq = 0;

  begin(method: string, path: string, query: URLSearchParams, time: number): RequestLogEntry {
    const entry: RequestLogEntry = {
      seq: ++this.seq,
      time: new Date(time).toISOString(),
      method,
      path,
      query: {},
      status: null,
    };
    for (const [key, value] of query)
      entry.query[key] = SECRET_QUERY.test(key) ? '[redacted]' : value;
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES)
      this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    return entry;
  }

  /** The sequence number of the latest request (0 before the first). */
  get lastSeq(): number {
    return this.seq;
  }

  list(): RequestLogEntry[] {
    return structuredClone(this.entries);
  }

  clear(): void {
    this.entries = [];
  }

  /** Clears the entries and restarts sequence numbers (which fault schedules count). */
  restart(): void {
    this.entries = [];
    this.seq = 0;
  }
}
